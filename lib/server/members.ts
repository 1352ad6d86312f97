import "server-only";
import { AppError } from "@/lib/domain/errors";
import { leavesNoOwner } from "@/lib/domain/membership";
import type { Role } from "@/lib/domain/vocabulary";
import type { DbTx } from "./db";

/**
 * Membership changes of one workspace take turns: the workspace row is locked for the rest of
 * the transaction. Without it, two owners demoting each other at the same moment would each
 * count two owners and leave none (PostgreSQL's READ COMMITTED does not prevent that).
 */
export async function lockWorkspace(tx: DbTx, workspaceId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Workspace" WHERE id = ${workspaceId} FOR UPDATE`;
}

/** A member of the workspace (by user id); NOT_FOUND when they are not one. */
export async function requireMember(tx: DbTx, workspaceId: string, memberId: string) {
  const member = await tx.membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId: memberId } },
    select: { id: true, role: true, user: { select: { id: true, name: true, email: true } } },
  });
  if (!member) throw new AppError("NOT_FOUND", "That person is not a member of this workspace.");
  return member;
}

/** 409 when moving one member from `from` to `to` (null: out) would leave the workspace without an owner. */
export async function keepAnOwner(tx: DbTx, workspaceId: string, change: { from: Role; to: Role | null; self: boolean }): Promise<void> {
  if (change.from !== "OWNER") return;
  const owners = await tx.membership.count({ where: { workspaceId, role: "OWNER" } });
  if (!leavesNoOwner({ owners, from: change.from, to: change.to })) return;
  const message =
    change.to === null
      ? change.self
        ? "You are the last owner of this workspace: make another member an owner before you leave."
        : "This is the workspace's last owner: make another member an owner first."
      : change.self
        ? "You are the last owner of this workspace: make another member an owner before you change your own role."
        : "This is the workspace's last owner: make another member an owner first.";
  throw new AppError("CONFLICT", message);
}
