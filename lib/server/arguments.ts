import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { structureProblems, defaultRoles, type ArgumentRelationView, type ArgumentView, type InferenceStep } from "@/lib/domain/arguments";
import { AppError, notFound } from "@/lib/domain/errors";
import type { TStatementInput } from "@/lib/validation/argument";
import type { DbTx } from "./db";

/** Everything an ArgumentView shows, in one query. */
export const ARGUMENT_INCLUDE = {
  createdBy: { select: { id: true, name: true } },
  statements: { orderBy: { position: "asc" }, include: { undermines: true } },
  answers: { include: { answeredBy: { select: { id: true, name: true } } } },
  relationsFrom: true,
  relationsTo: true,
} satisfies Prisma.ArgumentInclude;
type ArgumentRow = Prisma.ArgumentGetPayload<{ include: typeof ARGUMENT_INCLUDE }>;
type RelationRow = Prisma.ArgumentRelationGetPayload<object>;

export function toArgumentRelationView(r: RelationRow): ArgumentRelationView {
  return {
    id: r.id,
    type: r.type,
    from: { argumentId: r.fromArgumentId, unitId: r.fromUnitId, text: r.fromText },
    to: { argumentId: r.toArgumentId, statementId: r.toStatementId, unitId: r.toUnitId },
    questionId: r.questionId,
    createdAt: r.createdAt.toISOString(),
  };
}

/** The stored `inference` JSON as steps; anything else (never written so) reads as none. */
function inferenceSteps(v: Prisma.JsonValue): InferenceStep[] | null {
  if (!Array.isArray(v)) return null;
  return v.map((x) => {
    const step = (x ?? {}) as { rules?: unknown; data?: unknown };
    const rules = Array.isArray(step.rules) ? step.rules.filter((r): r is string => typeof r === "string") : [];
    const data = step.data && typeof step.data === "object" && !Array.isArray(step.data) ? (step.data as Record<string, unknown>) : null;
    return { rules, data };
  });
}

export function toArgumentView(a: ArgumentRow): ArgumentView {
  const relations = new Map<string, RelationRow>();
  for (const r of [...a.relationsFrom, ...a.relationsTo, ...a.statements.flatMap((s) => s.undermines)]) relations.set(r.id, r);
  return {
    id: a.id,
    documentId: a.documentId,
    title: a.title,
    label: a.label,
    inference: inferenceSteps(a.inference),
    schemeId: a.schemeId,
    status: a.status,
    version: a.version,
    createdBy: a.createdBy,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    statements: a.statements.map((s) => ({ id: s.id, position: s.position, role: s.role, unitId: s.unitId, text: s.text, implicit: s.implicit })),
    answers: a.answers
      .filter((x) => x.schemeId === a.schemeId)
      .map((x) => ({ questionId: x.questionId, answer: x.answer, note: x.note, answeredBy: x.answeredBy, updatedAt: x.updatedAt.toISOString() })),
    relations: [...relations.values()].sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime()).map(toArgumentRelationView),
  };
}

export async function readArgument(tx: DbTx, argumentId: string): Promise<ArgumentView> {
  return toArgumentView(await tx.argument.findUniqueOrThrow({ where: { id: argumentId }, include: ARGUMENT_INCLUDE }));
}

/** The 409 for a write that carried a stale version: it holds the current argument to compare. */
export async function argumentConflict(tx: DbTx, argumentId: string): Promise<AppError> {
  const current = await tx.argument.findUnique({ where: { id: argumentId }, include: ARGUMENT_INCLUDE });
  if (!current) return notFound("The argument");
  return new AppError("VERSION_CONFLICT", "Someone else changed this argument after you opened it. Their version is shown; review it and save again.", {
    current: toArgumentView(current),
  });
}

/** Bumps the version the caller read, or throws the 409 with the current argument. */
export async function bumpVersion(tx: DbTx, argumentId: string, version: number, data: Prisma.ArgumentUpdateManyMutationInput = {}): Promise<void> {
  const { count } = await tx.argument.updateMany({ where: { id: argumentId, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw await argumentConflict(tx, argumentId);
}

/**
 * Statements as stored: roles defaulted (the last is the conclusion), the structure checked, each
 * unit looked up inside this document only (a unit elsewhere reads as one that does not exist) and
 * its words copied, so the statement keeps them if the unit is deleted later.
 */
export async function resolveStatements(tx: DbTx, documentId: string, input: TStatementInput[]) {
  const roles = defaultRoles(input.length);
  const drafts = input.map((s, i) => ({ ...s, role: s.role ?? roles[i]! }));
  const problems = structureProblems(drafts);
  if (problems.length) throw new AppError("VALIDATION", problems[0]!, { fields: { statements: problems } });
  const unitIds = [...new Set(drafts.flatMap((s) => (s.unitId ? [s.unitId] : [])))];
  const units = await tx.unit.findMany({ where: { documentId, id: { in: unitIds } }, select: { id: true, text: true, quoteExact: true } });
  const words = new Map(units.map((u) => [u.id, u.text ?? u.quoteExact]));
  const missing = unitIds.filter((id) => !words.has(id));
  if (missing.length)
    throw new AppError("VALIDATION", "Every statement's unit must be a unit of this document.", { fields: { statements: ["Not a unit of this document."] } });
  return drafts.map((s, position) => ({
    id: s.id,
    position,
    role: s.role,
    unitId: s.unitId ?? null,
    text: s.unitId ? words.get(s.unitId)! : s.text!,
    implicit: !s.unitId,
  }));
}

/** Replace an argument's statements, keeping those whose id is sent (their undermines stay attached). */
export async function replaceStatements(tx: DbTx, argumentId: string, rows: Awaited<ReturnType<typeof resolveStatements>>): Promise<void> {
  const existing = new Set((await tx.argumentStatement.findMany({ where: { argumentId }, select: { id: true } })).map((s) => s.id));
  const kept = rows.filter((r) => r.id && existing.has(r.id));
  if (rows.some((r) => r.id && !existing.has(r.id))) throw new AppError("VALIDATION", "A statement id does not belong to this argument.");
  await tx.argumentStatement.deleteMany({ where: { argumentId, id: { notIn: kept.map((r) => r.id!) } } });
  for (const { id, ...data } of kept) await tx.argumentStatement.update({ where: { id: id! }, data });
  const fresh = rows.filter((r) => !r.id).map((r) => statementData(argumentId, r));
  if (fresh.length) await tx.argumentStatement.createMany({ data: fresh });
}

/** A resolved statement as a row to insert (its id, if any, is for matching only). */
export function statementData(argumentId: string, r: Awaited<ReturnType<typeof resolveStatements>>[number]) {
  return { argumentId, position: r.position, role: r.role, unitId: r.unitId, text: r.text, implicit: r.implicit };
}
