import "server-only";
import { AppError } from "@/lib/domain/errors";
import { verdictProblem } from "@/lib/domain/verdict";
import { ZSetVerdictInput, type TSetVerdictInput } from "@/lib/validation/unit";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireUnitAccess } from "../guards";
import { toUnitView } from "../views";

export interface SetVerdictOptions {
  userId: string;
  unitId: string;
  input: TSetVerdictInput;
}

/**
 * Mark a claim Supported / Disputed / Opinion (or back to Unreviewed) with a rationale.
 * The write carries the version the reviewer read; a stale version is refused with the
 * current unit, so nobody's verdict is silently overwritten.
 */
export async function setVerdict({ userId, unitId, input }: SetVerdictOptions) {
  const { version, verdict, rationale } = ZSetVerdictInput.parse(input);
  const problem = verdictProblem(verdict, rationale);
  if (problem) throw new AppError("VALIDATION", problem, { fields: { rationale: [problem] } });

  return db.$transaction(async (tx) => {
    const { unit, workspaceId } = await requireUnitAccess(tx, userId, unitId, "unit.review");
    const { count } = await tx.unit.updateMany({
      where: { id: unitId, version },
      data: { verdict, rationale, version: { increment: 1 } },
    });
    if (count === 0) {
      const current = await tx.unit.findUnique({ where: { id: unitId } });
      throw new AppError(
        "VERSION_CONFLICT",
        "Someone else changed this claim after you opened it. Their version is shown; review it and save again.",
        { current: current && toUnitView(current) },
      );
    }
    const updated = await tx.unit.findUniqueOrThrow({ where: { id: unitId } });
    await recordChange(tx, {
      workspaceId,
      actorId: userId,
      action: "unit.verdict",
      entityType: "unit",
      entityId: unitId,
      documentId: unit.documentId,
      before: { verdict: unit.verdict, rationale: unit.rationale, version: unit.version },
      after: { verdict: updated.verdict, rationale: updated.rationale, version: updated.version },
    });
    return updated;
  });
}
