import "server-only";
import { AppError, notFound } from "@/lib/domain/errors";
import { can, type Action } from "@/lib/domain/policy";
import type { Role } from "@/lib/domain/vocabulary";
import type { DbTx } from "./db";

// One guard per kind of record. Each loads the record only through the caller's memberships (a
// record outside them does not exist: NOT_FOUND, never FORBIDDEN), then asks the permission table
// once for every action the write needs.

const FORBIDDEN_MESSAGE: Partial<Record<Action, string>> = {
  "document.create": "Your role in this workspace does not allow importing documents.",
  "unit.review": "Your role in this workspace does not allow reviewing claims.",
};

type Needs = Action | readonly Action[];

function assertAllowed(role: Role, needs: Needs): void {
  for (const action of typeof needs === "string" ? [needs] : needs) {
    if (!can(role, action)) {
      throw new AppError("FORBIDDEN", FORBIDDEN_MESSAGE[action] ?? "Your role in this workspace does not allow this.");
    }
  }
}

/** The caller's role, selected alongside a record reached through its workspace. */
const myRole = (userId: string) => ({ memberships: { where: { userId }, select: { role: true } } }) as const;
const visibleTo = (userId: string) => ({ memberships: { some: { userId } } }) as const;

/** The caller's membership, checked against the permission table. Not a member: NOT_FOUND. */
export async function requireMembership(tx: DbTx, userId: string, workspaceId: string, needs: Needs) {
  const membership = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } } });
  if (!membership) throw notFound("The workspace");
  assertAllowed(membership.role, needs);
  return membership;
}

/** A document the caller may act on. Outside the caller's workspaces it does not exist (404). */
export async function requireDocumentAccess(tx: DbTx, userId: string, documentId: string, needs: Needs) {
  const doc = await tx.document.findFirst({
    where: { id: documentId, workspace: visibleTo(userId) },
    select: { id: true, workspaceId: true, workspace: { select: myRole(userId) } },
  });
  const role = doc?.workspace.memberships[0]?.role;
  if (!doc || !role) throw notFound("The document");
  assertAllowed(role, needs);
  return { documentId: doc.id, workspaceId: doc.workspaceId, role };
}

/** Prisma `include` fragment: the record's document (its review mode), its workspace (its settings) and the caller's role there. */
const viaDocument = (userId: string) =>
  ({ document: { select: { workspaceId: true, doubleReview: true, workspace: { select: { assignedOnly: true, ...myRole(userId) } } } } }) as const;
type ViaDocument = { document: { workspaceId: string; doubleReview: boolean; workspace: { assignedOnly: boolean; memberships: { role: Role }[] } } };

/** A record found through the caller's memberships, checked against the table; else NOT_FOUND. */
function admit<T extends ViaDocument>(record: T | null, what: string, needs: Needs) {
  const role = record?.document.workspace.memberships[0]?.role;
  if (!record || !role) throw notFound(what);
  assertAllowed(role, needs);
  const { document, ...rest } = record;
  return { record: rest, workspaceId: document.workspaceId, role, assignedOnly: document.workspace.assignedOnly, doubleReview: document.doubleReview };
}

/**
 * Review work (verdicts, sources) on a claim: with the workspace setting "reviewers work only on
 * claims assigned to them", or on a double-reviewed document, a REVIEWER must be one of the
 * claim's assigned reviewers. Editors and owners are not bound (they may adjudicate, annotate).
 */
export function assertAssignedWork(
  userId: string,
  access: { role: Role; assignedOnly: boolean; doubleReview: boolean; unit: { assigneeId: string | null; secondAssigneeId: string | null } },
): void {
  if (access.role !== "REVIEWER" || !(access.assignedOnly || access.doubleReview)) return;
  if (access.unit.assigneeId === userId || access.unit.secondAssigneeId === userId) return;
  throw new AppError(
    "FORBIDDEN",
    access.doubleReview
      ? "In double review only the claim's two assigned reviewers work on it."
      : "In this workspace reviewers work only on claims assigned to them.",
  );
}

/** A unit the caller may act on, with its document's workspace; 404 outside their workspaces. */
export async function requireUnitAccess(tx: DbTx, userId: string, unitId: string, needs: Needs) {
  const unit = await tx.unit.findFirst({ where: { id: unitId, document: { workspace: visibleTo(userId) } }, include: viaDocument(userId) });
  const { record, ...access } = admit(unit, "The claim", needs);
  return { unit: record, ...access };
}

/** A relation the caller may act on, with its document's workspace; 404 outside their workspaces. */
export async function requireRelationAccess(tx: DbTx, userId: string, relationId: string, needs: Needs) {
  const relation = await tx.relation.findFirst({ where: { id: relationId, document: { workspace: visibleTo(userId) } }, include: viaDocument(userId) });
  const { record, ...access } = admit(relation, "The relation", needs);
  return { relation: record, ...access };
}

/** A comment the caller may act on, with its unit's document and workspace; 404 outside their workspaces. */
export async function requireCommentAccess(tx: DbTx, userId: string, commentId: string, needs: Needs) {
  const comment = await tx.comment.findFirst({
    where: { id: commentId, unit: { document: { workspace: visibleTo(userId) } } },
    include: { unit: { select: { documentId: true, ...viaDocument(userId) } } },
  });
  const { record, ...access } = admit(comment && { ...comment, document: comment.unit.document }, "The comment", needs);
  const { unit, ...rest } = record;
  return { comment: rest, documentId: unit.documentId, ...access };
}

/** An argument the caller may act on, with its document's workspace; 404 outside their workspaces. */
export async function requireArgumentAccess(tx: DbTx, userId: string, argumentId: string, needs: Needs) {
  const argument = await tx.argument.findFirst({ where: { id: argumentId, document: { workspace: visibleTo(userId) } }, include: viaDocument(userId) });
  const { record, ...access } = admit(argument, "The argument", needs);
  return { argument: record, ...access };
}

/** A relation between arguments the caller may act on; 404 outside their workspaces. */
export async function requireArgumentRelationAccess(tx: DbTx, userId: string, relationId: string, needs: Needs) {
  const relation = await tx.argumentRelation.findFirst({ where: { id: relationId, document: { workspace: visibleTo(userId) } }, include: viaDocument(userId) });
  const { record, ...access } = admit(relation, "The relation", needs);
  return { relation: record, ...access };
}
