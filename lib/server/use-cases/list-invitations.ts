import "server-only";
import type { InvitationView } from "@/lib/domain/views";
import { ZWorkspaceRef } from "@/lib/validation/workspace";
import { db } from "../db";
import { requireMembership } from "../guards";
import { defineUseCase } from "../use-case";

/** The workspace's pending invitations (not used, not revoked, not expired), newest first; owners only. */
export const listInvitations = defineUseCase(ZWorkspaceRef, async ({ userId, input: { workspaceId } }): Promise<InvitationView[]> => {
  await requireMembership(db, userId, workspaceId, "member.invite");
  const rows = await db.invitation.findMany({
    where: { workspaceId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, createdAt: true, expiresAt: true, invitedBy: { select: { id: true, name: true } } },
  });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), expiresAt: r.expiresAt.toISOString() }));
});
