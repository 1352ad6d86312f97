import "server-only";
import { AppError } from "@/lib/domain/errors";
import type { Action } from "@/lib/domain/policy";
import type { UnitKind, Verdict } from "@/lib/domain/vocabulary";
import type { UnitView } from "@/lib/domain/views";
import { applyAssignments, requireReviewers } from "./assignments";
import { recordChange } from "./changes";
import { db } from "./db";
import { requireUnitAccess } from "./guards";
import { submitVerdict } from "./verdicts";
import { versionConflict } from "./versioning";
import { toUnitView, unitIncludeFor } from "./view-mappers";

/** Parsed unit fields a write may change (undefined: unchanged). */
export interface UnitChanges {
  verdict?: Verdict;
  rationale?: string | null;
  kind?: UnitKind;
  text?: string | null;
  assigneeId?: string | null;
}

/**
 * The one versioned write of a unit, shared by setVerdict and updateUnit (PATCH). Each field
 * group needs its permission (verdict/rationale: review, under the workflow table; kind/wording:
 * edit; assignee: assign, through the one assignment path). The write carries the version the
 * caller read; a stale one is refused with the current unit, so nobody's change is overwritten.
 * All groups are one transaction: the unit's version moves once per group.
 */
export async function writeUnit({
  userId,
  unitId,
  version,
  changes,
}: {
  userId: string;
  unitId: string;
  version: number;
  changes: UnitChanges;
}): Promise<UnitView> {
  const has = (k: keyof UnitChanges) => changes[k] !== undefined;
  const reviewing = has("verdict") || has("rationale");
  const editing = has("kind") || has("text");
  const assigning = has("assigneeId");
  if (!reviewing && !editing && !assigning) throw new AppError("VALIDATION", "Nothing to change: send at least one field besides version.");
  const needs: Action[] = [
    ...(reviewing ? ["unit.review" as const] : []),
    ...(editing ? ["unit.edit" as const] : []),
    ...(assigning ? ["unit.assign" as const] : []),
  ];

  return db.$transaction(async (tx) => {
    const access = await requireUnitAccess(tx, userId, unitId, needs);
    const { workspaceId } = access;
    let unit = access.unit;
    if (unit.version !== version) throw await versionConflict(tx, unitId);
    const reread = async () => (unit = await tx.unit.findUniqueOrThrow({ where: { id: unitId } }));

    if (assigning) {
      if (changes.assigneeId) await requireReviewers(tx, workspaceId, [changes.assigneeId]);
      await applyAssignments(tx, { workspaceId, actorId: userId }, [{ unit, slot: "first", assigneeId: changes.assigneeId ?? null }]);
      await reread();
    }
    if (editing) {
      const fields = { kind: changes.kind, text: changes.text };
      const { count } = await tx.unit.updateMany({ where: { id: unitId, version: unit.version }, data: { ...fields, version: { increment: 1 } } });
      if (count === 0) throw await versionConflict(tx, unitId);
      const keys = (["kind", "text"] as const).filter((k) => fields[k] !== undefined);
      const pick = (u: typeof unit, v: number) => ({ ...Object.fromEntries(keys.map((k) => [k, u[k]])), version: v });
      await recordChange(tx, {
        workspaceId,
        actorId: userId,
        action: "unit.update",
        entityType: "unit",
        entityId: unitId,
        documentId: unit.documentId,
        before: pick(unit, unit.version),
        after: { ...Object.fromEntries(keys.map((k) => [k, fields[k]])), version: unit.version + 1 },
      });
      await reread();
    }
    if (reviewing) {
      await submitVerdict(tx, userId, { ...access, unit }, unit.version, { verdict: changes.verdict, rationale: changes.rationale });
    }
    return toUnitView(await tx.unit.findUniqueOrThrow({ where: { id: unitId }, include: unitIncludeFor(userId) }));
  });
}
