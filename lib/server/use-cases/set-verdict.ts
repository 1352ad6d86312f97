import "server-only";
import { ZSetVerdictInput, type TSetVerdictInput } from "@/lib/validation/unit";
import { updateUnit } from "./update-unit";

/**
 * Mark a claim Supported / Disputed / Opinion (or back to Unreviewed) with a rationale: the
 * reviewer's form of updateUnit (same version check, Activity row and change event).
 */
export async function setVerdict({ userId, unitId, input }: { userId: string; unitId: string; input: TSetVerdictInput }) {
  const { version, verdict, rationale } = ZSetVerdictInput.parse(input);
  return updateUnit({ userId, unitId, input: { version, verdict, rationale } });
}
