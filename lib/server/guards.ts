import "server-only";
import { AppError, notFound } from "@/lib/domain/errors";
import { can, type Action } from "@/lib/domain/policy";
import type { Role } from "@/lib/domain/vocabulary";
import type { DbTx } from "./db";

const FORBIDDEN_MESSAGE: Partial<Record<Action, string>> = {
  "document.create": "Your role in this workspace does not allow importing documents.",
  "unit.review": "Your role in this workspace does not allow reviewing claims.",
};

function assertAllowed(role: Role, action: Action): void {
  if (!can(role, action)) {
    throw new AppError("FORBIDDEN", FORBIDDEN_MESSAGE[action] ?? "Your role in this workspace does not allow this.");
  }
}

/** The caller's membership, checked against the permission table. Not a member: NOT_FOUND. */
export async function requireMembership(tx: DbTx, userId: string, workspaceId: string, action: Action) {
  const membership = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } } });
  if (!membership) throw notFound("The workspace");
  assertAllowed(membership.role, action);
  return membership;
}

/** A document the caller may act on. Outside the caller's workspaces it does not exist (404). */
export async function requireDocumentAccess(tx: DbTx, userId: string, documentId: string, action: Action) {
  const doc = await tx.document.findFirst({
    where: { id: documentId, workspace: { memberships: { some: { userId } } } },
    select: { id: true, workspaceId: true, workspace: { select: { memberships: { where: { userId }, select: { role: true } } } } },
  });
  const role = doc?.workspace.memberships[0]?.role;
  if (!doc || !role) throw notFound("The document");
  assertAllowed(role, action);
  return { documentId: doc.id, workspaceId: doc.workspaceId, role };
}

/** A unit the caller may act on, with its document's workspace; 404 outside their workspaces. */
export async function requireUnitAccess(tx: DbTx, userId: string, unitId: string, action: Action) {
  const unit = await tx.unit.findFirst({
    where: { id: unitId, document: { workspace: { memberships: { some: { userId } } } } },
    include: { document: { select: { workspaceId: true, workspace: { select: { memberships: { where: { userId }, select: { role: true } } } } } } },
  });
  const role = unit?.document.workspace.memberships[0]?.role;
  if (!unit || !role) throw notFound("The claim");
  assertAllowed(role, action);
  const { document, ...rest } = unit;
  return { unit: rest, workspaceId: document.workspaceId, role };
}
