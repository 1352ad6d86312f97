import { z } from "zod";
import { ZText } from "./text";
import { ROLES } from "@/lib/domain/vocabulary";
import { ZEmail } from "./auth";
import { ZId } from "./ids";

const role = z.enum(ROLES, { message: `The role is one of ${ROLES.join(", ")}.` });

/** POST /api/v1/workspaces/{id}/invitations: a one-time link for an email, with the role it will join as. */
export const ZCreateInvitationInput = z.object({
  workspaceId: ZId("The workspace"),
  email: ZEmail,
  role,
});
export type TCreateInvitationInput = z.input<typeof ZCreateInvitationInput>;

/** DELETE /api/v1/invitations/{id} */
export const ZInvitationRef = z.object({ invitationId: ZId("The invitation") });

/**
 * POST /api/v1/invitations/accept. The token, or the whole link as the owner shared it
 * (".../invite/<token>"): people paste what they were sent.
 */
export const ZAcceptInvitationInput = z.object({
  token: ZText({ message: "Send the invitation token." })
    .trim()
    .max(2000, "That invitation token is not valid.")
    .transform((t) => t.slice(t.lastIndexOf("/invite/") >= 0 ? t.lastIndexOf("/invite/") + "/invite/".length : 0).replace(/[?#].*$/, ""))
    .pipe(ZText().min(1, "Send the invitation token.").max(200, "That invitation token is not valid.")),
});
export type TAcceptInvitationInput = z.input<typeof ZAcceptInvitationInput>;

/** PATCH /api/v1/workspaces/{id}/members/{userId}: the member's new role (owners). */
export const ZUpdateMemberInput = z.object({
  workspaceId: ZId("The workspace"),
  memberId: ZId("The member"),
  role,
});
export type TUpdateMemberInput = z.input<typeof ZUpdateMemberInput>;

/** DELETE /api/v1/workspaces/{id}/members/{userId}: remove a member (owners), or leave (yourself). */
export const ZRemoveMemberInput = z.object({
  workspaceId: ZId("The workspace"),
  memberId: ZId("The member"),
});
export type TRemoveMemberInput = z.input<typeof ZRemoveMemberInput>;

/** An owner makes a password reset link for a member (when the server sends no email, or to email it). */
export const ZCreateResetLinkInput = z.object({
  workspaceId: ZId("The workspace"),
  memberId: ZId("The member"),
});
export type TCreateResetLinkInput = z.input<typeof ZCreateResetLinkInput>;
