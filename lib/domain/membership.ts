// Membership rules, PURE. A workspace always keeps at least one OWNER: someone must be able to
// invite, manage members and change its settings (those rights are the owners' alone, policy.ts).
import type { Role } from "./vocabulary";

/** Invitation links stay valid this long. */
export const INVITATION_TTL_DAYS = 7;
export const INVITATION_TTL_MS = INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000;

export type InvitationState = "pending" | "expired" | "accepted" | "revoked";

/** Where an invitation stands: a used or revoked link says so even after its expiry date. */
export function invitationState(row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): InvitationState {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  return row.expiresAt.getTime() <= now.getTime() ? "expired" : "pending";
}

/**
 * Would changing one member from `from` to `to` (null: they leave or are removed) leave the
 * workspace without an owner? `owners` counts the owners before the change.
 */
export function leavesNoOwner({ owners, from, to }: { owners: number; from: Role; to: Role | null }): boolean {
  return from === "OWNER" && to !== "OWNER" && owners <= 1;
}

/**
 * The workspace setting "reviewers work only on claims assigned to them" (Workspace.assignedOnly):
 * a REVIEWER then acts only on claims where they are the first or second assignee. Other roles
 * are not limited by it (editors assign, adjudicate and approve).
 */
export function mayWorkOnClaim(p: {
  role: Role;
  userId: string;
  assignedOnly: boolean;
  unit: { assigneeId: string | null; secondAssigneeId: string | null };
}): boolean {
  if (!p.assignedOnly || p.role !== "REVIEWER") return true;
  return p.unit.assigneeId === p.userId || p.unit.secondAssigneeId === p.userId;
}

/** A reset link an owner made for a member (no email server): a day to pass it on and use it. */
export const OWNER_RESET_TTL_MS = 24 * 3600_000;
/** A reset link sent by email after "Forgot password?": an hour. */
export const EMAIL_RESET_TTL_MS = 3600_000;

export type ResetState = "pending" | "expired" | "used" | "revoked";

/** Where a password reset link stands: used or revoked says so even after its expiry. */
export function resetState(row: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): ResetState {
  if (row.usedAt) return "used";
  if (row.revokedAt) return "revoked";
  return row.expiresAt.getTime() <= now.getTime() ? "expired" : "pending";
}
