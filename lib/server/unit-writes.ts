import "server-only";
import { AppError } from "@/lib/domain/errors";
import type { Action } from "@/lib/domain/policy";
import { verdictProblem } from "@/lib/domain/verdict";
import type { UnitView } from "@/lib/domain/views";
import type { TUpdateUnitInput } from "@/lib/validation/unit";
import { recordChange } from "./changes";
import { db } from "./db";
import { requireUnitAccess } from "./guards";
import { versionConflict } from "./versioning";
import { toUnitView, UNIT_COUNTS } from "./view-mappers";

/** Parsed unit fields a write may change (undefined: unchanged). */
export type UnitChanges = Partial<Omit<Exclude<TUpdateUnitInput, undefined>, "unitId" | "version">> & { rationale?: string | null; text?: string | null };

/**
 * The one versioned write of a unit's own fields, shared by setVerdict and updateUnit. Each
 * field group needs its permission (verdict/rationale: review; kind/wording/status: edit;
 * assignee: assign); the write carries the version the caller read and a stale one is refused
 * with the current unit, so nobody's change is silently overwritten.
 */
export async function writeUnit({ userId, unitId, version, changes }: { userId: string; unitId: string; version: number; changes: UnitChanges }): Promise<UnitView> {
  const fields = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as UnitChanges;
  if (Object.keys(fields).length === 0) throw new AppError("VALIDATION", "Nothing to change: send at least one field besides version.");
  const reviewing = "verdict" in fields || "rationale" in fields;
  const editing = "kind" in fields || "text" in fields || "status" in fields;
  const needs: Action[] = [...(reviewing ? ["unit.review" as const] : []), ...(editing ? ["unit.edit" as const] : []), ...("assigneeId" in fields ? ["unit.assign" as const] : [])];

  return db.$transaction(async (tx) => {
    const { unit, workspaceId } = await requireUnitAccess(tx, userId, unitId, needs);
    if (reviewing) {
      const problem = verdictProblem(fields.verdict ?? unit.verdict, fields.rationale !== undefined ? fields.rationale : unit.rationale);
      if (problem) throw new AppError("VALIDATION", problem, { fields: { rationale: [problem] } });
    }
    if (fields.assigneeId) {
      const member = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId: fields.assigneeId } } });
      if (!member) throw new AppError("VALIDATION", "The assignee is not a member of this workspace.", { fields: { assigneeId: ["Not a member of this workspace."] } });
    }
    const { count } = await tx.unit.updateMany({ where: { id: unitId, version }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) throw await versionConflict(tx, unitId);
    const updated = await tx.unit.findUniqueOrThrow({ where: { id: unitId }, include: UNIT_COUNTS });
    const pick = (u: typeof unit) => Object.fromEntries([...Object.keys(fields), "version"].map((k) => [k, u[k as keyof typeof u] ?? null]));
    await recordChange(tx, {
      workspaceId,
      actorId: userId,
      action: reviewing && !editing && !("assigneeId" in fields) ? "unit.verdict" : "unit.update",
      entityType: "unit",
      entityId: unitId,
      documentId: unit.documentId,
      before: pick(unit),
      after: pick(updated),
    });
    return toUnitView(updated);
  });
}
