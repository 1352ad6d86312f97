import { z } from "zod";
import { ZText } from "./text";
import type { UnitFilters } from "@/lib/domain/filters";
import { REVIEW_STATUSES, UNIT_KINDS, VERDICTS } from "@/lib/domain/vocabulary";

const list = <T extends readonly [string, ...string[]]>(values: T, name: string) =>
  ZText()
    .optional()
    .transform((v) => (v ? v.split(",").map((s) => s.trim().toUpperCase()) : undefined))
    .pipe(z.array(z.enum(values, { message: `${name} is one of ${values.join(", ")}.` })).optional());

/** Query parameters of GET /api/v1/documents/{id}/units, as UnitFilters. */
export const ZUnitQuery = z
  .object({
    kind: list(UNIT_KINDS, "kind"),
    verdict: list(VERDICTS, "verdict"),
    status: list(REVIEW_STATUSES, "status"),
    assignee: ZText().min(1).optional(),
    sources: z.enum(["with", "without"]).optional(),
    minCheckworthy: z.coerce.number().min(0).max(1).optional(),
  })
  .transform((q): UnitFilters => ({
    kinds: q.kind,
    verdicts: q.verdict,
    statuses: q.status,
    assignee: q.assignee,
    sources: q.sources,
    minCheckworthy: q.minCheckworthy,
  }));
