import "server-only";
import { reviewBlocker } from "@/lib/domain/arguments";
import { AppError } from "@/lib/domain/errors";
import type { Action } from "@/lib/domain/policy";
import { ZUpdateArgumentInput } from "@/lib/validation/argument";
import { argumentConflict, bumpVersion, readArgument, replaceStatements, resolveStatements } from "../arguments";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireArgumentAccess } from "../guards";
import { defineUseCase } from "../use-case";

/**
 * Change an argument: its structure, title and scheme (editors), or its status (reviewers: marking
 * it reviewed needs a sound structure and every critical question answered). One version bump.
 */
export const updateArgument = defineUseCase(ZUpdateArgumentInput, ({ userId, input: { argumentId, version, status, ...changes } }) => {
  const editing = changes.title !== undefined || changes.schemeId !== undefined || changes.statements !== undefined;
  if (!editing && status === undefined) throw new AppError("VALIDATION", "Nothing to change: send at least one field besides version.");
  const needs: Action[] = [...(editing ? ["argument.edit" as const] : []), ...(status !== undefined ? ["argument.review" as const] : [])];
  return db.$transaction(async (tx) => {
    const { argument, workspaceId } = await requireArgumentAccess(tx, userId, argumentId, needs);
    if (argument.version !== version) throw await argumentConflict(tx, argumentId);
    const before = await readArgument(tx, argumentId);
    const rows = changes.statements ? await resolveStatements(tx, argument.documentId, changes.statements) : null;
    if (rows) await replaceStatements(tx, argumentId, rows);
    // A changed structure or scheme needs a fresh look: a reviewed argument goes back to draft.
    const nextStatus = status ?? (editing && before.status === "REVIEWED" ? "DRAFT" : undefined);
    await bumpVersion(tx, argumentId, version, { title: changes.title, schemeId: changes.schemeId, status: nextStatus });
    const after = await readArgument(tx, argumentId);
    if (after.status === "REVIEWED" && before.status !== "REVIEWED") {
      const blocker = reviewBlocker(after);
      if (blocker) throw new AppError("VALIDATION", `This argument cannot be marked reviewed yet: ${blocker}`, { fields: { status: [blocker] } });
    }
    const pick = (v: typeof before) => ({
      title: v.title,
      ...(changes.schemeId !== undefined ? { schemeId: v.schemeId } : {}),
      ...(nextStatus !== undefined ? { status: v.status } : {}),
      ...(rows ? { statements: v.statements.map((s) => ({ role: s.role, text: s.text, unitId: s.unitId, implicit: s.implicit })) } : {}),
      version: v.version,
    });
    await recordChange(tx, {
      workspaceId,
      actorId: userId,
      action: "argument.update",
      entityType: "argument",
      entityId: argumentId,
      documentId: argument.documentId,
      before: pick(before),
      after: pick(after),
    });
    return after;
  });
});
