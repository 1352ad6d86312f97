import "server-only";
import { AppError } from "@/lib/domain/errors";
import { ZInvitationRef } from "@/lib/validation/member";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireMembership } from "../guards";
import { findInvitationInMyWorkspaces } from "../invitations";
import { defineUseCase } from "../use-case";

/**
 * An owner revokes an invitation: its link stops working at once. Revoking twice is harmless;
 * a used invitation cannot be revoked (409: remove the member instead).
 */
export const revokeInvitation = defineUseCase(ZInvitationRef, ({ userId, input: { invitationId } }) =>
  db.$transaction(async (tx) => {
    const invitation = await findInvitationInMyWorkspaces(tx, userId, invitationId);
    await requireMembership(tx, userId, invitation.workspaceId, "member.invite");
    if (invitation.acceptedAt) throw new AppError("CONFLICT", `${invitation.email} has already joined with this invitation: remove the member instead.`);
    if (invitation.revokedAt) return { id: invitation.id, revokedAt: invitation.revokedAt.toISOString() };
    const revokedAt = new Date();
    await tx.invitation.update({ where: { id: invitation.id }, data: { revokedAt } });
    await recordChange(tx, {
      workspaceId: invitation.workspaceId,
      actorId: userId,
      action: "invitation.revoke",
      entityType: "workspace",
      entityId: invitation.workspaceId,
      before: { invitationId: invitation.id, email: invitation.email, role: invitation.role },
    });
    return { id: invitation.id, revokedAt: revokedAt.toISOString() };
  }),
);
