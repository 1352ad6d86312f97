// The vocabulary is written by hand (pure modules may not import generated Prisma code), so it
// is checked here against the enums Prisma generates from prisma/schema.prisma: same values, in
// the schema's order (forms and filters list them in that order).
import * as Prisma from "@/generated/prisma/enums";
import { expect, test } from "vitest";
import {
  ORIGIN_LABEL,
  ORIGINS,
  RELATION_LABEL,
  RELATION_TYPES,
  REVIEW_STATUS_LABEL,
  REVIEW_STATUSES,
  ROLE_LABEL,
  ROLES,
  STANCE_LABEL,
  STANCES,
  UNIT_KIND_LABEL,
  UNIT_KINDS,
  VERDICT_LABEL,
  VERDICTS,
} from "./vocabulary";

test.each([
  ["UnitKind", UNIT_KINDS, Prisma.UnitKind],
  ["Verdict", VERDICTS, Prisma.Verdict],
  ["ReviewStatus", REVIEW_STATUSES, Prisma.ReviewStatus],
  ["RelationType", RELATION_TYPES, Prisma.RelationType],
  ["Stance", STANCES, Prisma.Stance],
  ["Origin", ORIGINS, Prisma.Origin],
  ["Role", ROLES, Prisma.Role],
])("the values of %s equal the Prisma enum", (_name, values, prismaEnum) => {
  expect([...values]).toEqual(Object.values(prismaEnum));
});

test.each([
  ["unit kinds", UNIT_KINDS, UNIT_KIND_LABEL],
  ["verdicts", VERDICTS, VERDICT_LABEL],
  ["review statuses", REVIEW_STATUSES, REVIEW_STATUS_LABEL],
  ["relation types", RELATION_TYPES, RELATION_LABEL],
  ["stances", STANCES, STANCE_LABEL],
  ["origins", ORIGINS, ORIGIN_LABEL],
  ["roles", ROLES, ROLE_LABEL],
])("every one of the %s has a label, and only they do", (_name, values, labels: Record<string, string | Record<string, string>>) => {
  expect(Object.keys(labels).sort()).toEqual([...values].sort());
  const words = Object.values(labels).flatMap((l) => (typeof l === "string" ? [l] : Object.values(l)));
  for (const word of words) expect(word.trim()).not.toBe("");
});
