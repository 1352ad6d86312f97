import { z } from "zod";
import { VERDICTS } from "@/lib/domain/verdict";
import { REVIEW_STATUSES } from "@/lib/domain/workflow";
import { MAX_RATIONALE_LENGTH } from "./limits";

export const UNIT_KINDS = ["CLAIM", "PREMISE", "EVIDENCE", "CONTEXT"] as const;
export { REVIEW_STATUSES };

const version = z.number({ message: "The version you read is required." }).int().positive();
const offset = z.number({ message: "Offsets are character positions (numbers)." }).int().min(0);
const rationale = z
  .string()
  .max(MAX_RATIONALE_LENGTH, `Keep the rationale under ${MAX_RATIONALE_LENGTH} characters.`)
  .nullish()
  .transform((v) => (v?.trim() ? v.trim() : null));

export const ZSetVerdictInput = z.object({
  version,
  verdict: z.enum(VERDICTS, { message: "Choose Supported, Disputed, Opinion or Unreviewed." }),
  rationale,
});
export type TSetVerdictInput = z.input<typeof ZSetVerdictInput>;

/** PATCH /api/v1/units/{id}: any subset of the fields, with the version read. */
export const ZUpdateUnitInput = z.object({
  version,
  verdict: z.enum(VERDICTS, { message: "Choose Supported, Disputed, Opinion or Unreviewed." }).optional(),
  rationale: rationale.optional(),
  kind: z.enum(UNIT_KINDS, { message: "Kind is one of CLAIM, PREMISE, EVIDENCE, CONTEXT." }).optional(),
  /** The claim's normalised wording; empty or null goes back to the exact words. */
  text: z
    .string()
    .max(2000, "Keep the wording under 2000 characters.")
    .nullish()
    .transform((v) => (v === undefined ? undefined : v?.trim() ? v.trim() : null)),
  status: z.enum(REVIEW_STATUSES).optional(),
  assigneeId: z.string().nullish(),
});
export type TUpdateUnitInput = z.input<typeof ZUpdateUnitInput>;

export const ZCreateUnitInput = z
  .object({ start: offset, end: offset, kind: z.enum(UNIT_KINDS).default("CLAIM") })
  .refine((v) => v.end > v.start, { message: "Select some text first: the end must come after the start.", path: ["end"] });
export type TCreateUnitInput = z.input<typeof ZCreateUnitInput>;

export const ZSplitUnitInput = z.object({ version, at: offset });
export type TSplitUnitInput = z.input<typeof ZSplitUnitInput>;

export const ZMergeUnitsInput = z.object({ version, nextId: z.string().min(1), nextVersion: version });
export type TMergeUnitsInput = z.input<typeof ZMergeUnitsInput>;

export const ZDeleteUnitInput = z.object({ version });
export type TDeleteUnitInput = z.input<typeof ZDeleteUnitInput>;
