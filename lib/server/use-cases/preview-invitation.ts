import "server-only";
import { invitationState } from "@/lib/domain/membership";
import type { InvitationPreviewView } from "@/lib/domain/views";
import { ZAcceptInvitationInput } from "@/lib/validation/member";
import { db } from "../db";
import { findInvitationByToken } from "../invitations";

/**
 * What an invitation link's page shows to whoever opens it, signed in or not: holding the token
 * is what entitles them to see it. It says nothing about whether the email has an account: the
 * page offers both "sign in" and "create an account". NOT_FOUND for a token nobody issued.
 */
export async function previewInvitation({ input }: { input: unknown }): Promise<InvitationPreviewView> {
  const { token } = ZAcceptInvitationInput.parse(input);
  const row = await findInvitationByToken(db, token);
  return {
    status: invitationState(row, new Date()),
    email: row.email,
    role: row.role,
    workspace: row.workspace,
    invitedBy: row.invitedBy?.name ?? null,
    expiresAt: row.expiresAt.toISOString(),
  };
}
