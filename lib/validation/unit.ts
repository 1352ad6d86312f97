import { z } from "zod";
import { ZText } from "./text";
import { UNIT_KINDS, VERDICTS } from "@/lib/domain/vocabulary";
import { ZId } from "./ids";
import { MAX_RATIONALE_LENGTH } from "./limits";

const unitId = ZId("The unit");
const version = z.number({ message: "The version you read is required." }).int().positive();
const offset = z.number({ message: "Offsets are character positions (numbers)." }).int().min(0);
const rationale = ZText()
  .max(MAX_RATIONALE_LENGTH, `Keep the rationale under ${MAX_RATIONALE_LENGTH} characters.`)
  .nullish()
  .transform((v) => (v?.trim() ? v.trim() : null));

export const ZSetVerdictInput = z.object({
  unitId,
  version,
  verdict: z.enum(VERDICTS, { message: "Choose Supported, Disputed, Opinion or Unreviewed." }),
  rationale,
});
export type TSetVerdictInput = z.input<typeof ZSetVerdictInput>;

/** PATCH /api/v1/units/{id}: any subset of the fields, with the version read. */
export const ZUpdateUnitInput = z.object({
  unitId,
  version,
  verdict: z.enum(VERDICTS, { message: "Choose Supported, Disputed, Opinion or Unreviewed." }).optional(),
  rationale: rationale.optional(),
  kind: z.enum(UNIT_KINDS, { message: `Kind is one of ${UNIT_KINDS.join(", ")}.` }).optional(),
  /** The claim's normalised wording; empty or null goes back to the exact words. */
  text: ZText()
    .max(2000, "Keep the wording under 2000 characters.")
    .nullish()
    .transform((v) => (v === undefined ? undefined : v?.trim() ? v.trim() : null)),
  assigneeId: ZText().nullish(),
});
export type TUpdateUnitInput = z.input<typeof ZUpdateUnitInput>;

export const ZCreateUnitInput = z
  .object({ documentId: ZId("The document"), start: offset, end: offset, kind: z.enum(UNIT_KINDS).default("CLAIM") })
  .refine((v) => v.end > v.start, { message: "Select some text first: the end must come after the start.", path: ["end"] });
export type TCreateUnitInput = z.input<typeof ZCreateUnitInput>;

export const ZSplitUnitInput = z.object({ unitId, version, at: offset });
export type TSplitUnitInput = z.input<typeof ZSplitUnitInput>;

export const ZMergeUnitsInput = z.object({ unitId, version, nextId: ZId("The next unit"), nextVersion: version });
export type TMergeUnitsInput = z.input<typeof ZMergeUnitsInput>;

export const ZDeleteUnitInput = z.object({ unitId, version });
export type TDeleteUnitInput = z.input<typeof ZDeleteUnitInput>;

/** Reads of one unit (details, similar claims). */
export const ZUnitRef = z.object({ unitId });

/**
 * POST /api/v1/units/{id}/transitions: move a claim through the workflow. Submitting a verdict is
 * PATCH /units/{id} (or setVerdict); here: start (-> IN_REVIEW), approve (-> APPROVED), reopen
 * (-> OPEN), and adjudicate a double review (NEEDS_ADJUDICATION -> REVIEWED, with the decision).
 */
export const ZTransitionUnitInput = z.object({
  unitId,
  version,
  to: z.enum(["OPEN", "IN_REVIEW", "REVIEWED", "APPROVED"], { message: "Move a claim to OPEN, IN_REVIEW, REVIEWED (adjudication) or APPROVED." }),
  /** Adjudication only: the editor's decision, the verdict of record. */
  verdict: z.enum(VERDICTS, { message: "Choose Supported, Disputed, Opinion or Unreviewed." }).optional(),
  rationale,
});
