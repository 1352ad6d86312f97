import * as Prisma from "@/generated/prisma/enums";
import { expect, test } from "vitest";
import {
  ARGUMENT_RELATION_LABEL,
  ARGUMENT_RELATION_TYPES,
  ARGUMENT_ROLE_LABEL,
  ARGUMENT_ROLES,
  ARGUMENT_STATUS_LABEL,
  ARGUMENT_STATUSES,
  QUESTION_ANSWER_LABEL,
  QUESTION_ANSWERS,
} from "./argument-vocabulary";

test.each([
  ["ArgumentRole", ARGUMENT_ROLES, Prisma.ArgumentRole, ARGUMENT_ROLE_LABEL],
  ["ArgumentStatus", ARGUMENT_STATUSES, Prisma.ArgumentStatus, ARGUMENT_STATUS_LABEL],
  ["QuestionAnswer", QUESTION_ANSWERS, Prisma.QuestionAnswer, QUESTION_ANSWER_LABEL],
  ["ArgumentRelationType", ARGUMENT_RELATION_TYPES, Prisma.ArgumentRelationType, ARGUMENT_RELATION_LABEL],
])("the values of %s equal the Prisma enum, each with a label", (_name, values, prismaEnum, labels) => {
  expect([...values]).toEqual(Object.values(prismaEnum));
  expect(Object.keys(labels)).toEqual([...values]);
});
