import "server-only";
import { randomBytes } from "node:crypto";
import { AppError, notFound } from "@/lib/domain/errors";
import { invitationState } from "@/lib/domain/membership";
import type { JoinedWorkspaceView } from "@/lib/domain/views";
import { recordChange } from "./changes";
import type { DbTx } from "./db";
import { hashToken } from "./tokens";

// Invitation links carry a one-time token. Like API tokens (tokens.ts), only its SHA-256 is
// stored: 256 random bits need no salt, and lookup stays one indexed query on tokenHash. The
// plain token exists once, in the answer to the owner who created it (and in the email).

/** Links look like /invite/wri_<43 url-safe chars>: the prefix tells people what they hold. */
export const INVITATION_PREFIX = "wri_";

export function generateInvitationToken(): string {
  return `${INVITATION_PREFIX}${randomBytes(32).toString("base64url")}`;
}

export const hashInvitationToken = hashToken;

export function invitationUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/invite/${encodeURIComponent(token)}`;
}

const INVALID_LINK = "This invitation link is not valid. Ask the workspace owner for a new one.";

/** The invitation a token opens, with what its page shows; NOT_FOUND for a token nobody issued. */
export async function findInvitationByToken(tx: DbTx, token: string) {
  const row = token.startsWith(INVITATION_PREFIX)
    ? await tx.invitation.findUnique({
        where: { tokenHash: hashInvitationToken(token) },
        select: {
          id: true,
          workspaceId: true,
          email: true,
          role: true,
          expiresAt: true,
          acceptedAt: true,
          revokedAt: true,
          workspace: { select: { id: true, name: true } },
          invitedBy: { select: { name: true } },
        },
      })
    : null;
  if (!row) throw new AppError("NOT_FOUND", INVALID_LINK);
  return row;
}

const REFUSAL = {
  expired: "This invitation has expired. Ask the workspace owner for a new one.",
  accepted: "This invitation has already been used.",
  revoked: "This invitation was revoked. Ask the workspace owner for a new one.",
} as const;

/**
 * The person `user` joins the invitation's workspace, inside the caller's transaction (accepting
 * on the invite page, or signing up through the link). Only the invited email may use it (403);
 * an expired, used or revoked link is a 400. One-time: the invitation is marked used by a
 * conditional UPDATE, so of two concurrent accepts exactly one succeeds. Someone already a
 * member keeps their role: an invitation never changes an existing membership (the members
 * page does).
 */
export async function joinByInvitation(tx: DbTx, token: string, user: { id: string; email: string }, now = new Date()): Promise<JoinedWorkspaceView> {
  const invitation = await findInvitationByToken(tx, token);
  const state = invitationState(invitation, now);
  if (state !== "pending") throw new AppError("VALIDATION", REFUSAL[state]);
  if (invitation.email !== user.email.toLowerCase()) {
    throw new AppError("FORBIDDEN", `This invitation is for ${invitation.email}. Sign in with that email to accept it.`, {
      fields: { email: [`Use ${invitation.email}, the address the invitation was sent to.`] },
    });
  }
  const claimed = await tx.invitation.updateMany({
    where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now, acceptedById: user.id },
  });
  if (claimed.count !== 1) throw new AppError("VALIDATION", REFUSAL.accepted);
  const { workspaceId } = invitation;
  const existing = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId: user.id } }, select: { role: true } });
  if (!existing) await tx.membership.create({ data: { workspaceId, userId: user.id, role: invitation.role } });
  await recordChange(tx, {
    workspaceId,
    actorId: user.id,
    action: existing ? "invitation.accept" : "member.join",
    entityType: "workspace",
    entityId: workspaceId,
    after: { userId: user.id, email: user.email, role: existing?.role ?? invitation.role, invitationId: invitation.id },
  });
  return { workspaceId, role: existing?.role ?? invitation.role };
}

/** An invitation of a workspace the caller belongs to; NOT_FOUND otherwise (no existence leaks). */
export async function findInvitationInMyWorkspaces(tx: DbTx, userId: string, invitationId: string) {
  const row = await tx.invitation.findFirst({
    where: { id: invitationId, workspace: { memberships: { some: { userId } } } },
    select: { id: true, workspaceId: true, email: true, role: true, acceptedAt: true, revokedAt: true, expiresAt: true },
  });
  if (!row) throw notFound("The invitation");
  return row;
}
