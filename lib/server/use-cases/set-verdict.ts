import "server-only";
import { ZSetVerdictInput } from "@/lib/validation/unit";
import { writeUnit } from "../unit-writes";
import { defineUseCase } from "../use-case";

/**
 * Mark a claim Supported / Disputed / Opinion (or back to Unreviewed) with a rationale: the
 * reviewer's form of a unit write (same version check, Activity row and change event).
 */
export const setVerdict = defineUseCase(ZSetVerdictInput, ({ userId, input: { unitId, version, verdict, rationale } }) =>
  writeUnit({ userId, unitId, version, changes: { verdict, rationale } }),
);
