import "server-only";
import type { JoinedWorkspaceView } from "@/lib/domain/views";
import { ZAcceptInvitationInput } from "@/lib/validation/member";
import { db } from "../db";
import { joinByInvitation } from "../invitations";
import { defineUseCase } from "../use-case";

/**
 * The signed-in person accepts an invitation sent to their email and joins its workspace with
 * the invited role. 400 expired, used or revoked; 403 when they are signed in with another
 * email; 404 for a token nobody issued.
 */
export const acceptInvitation = defineUseCase(ZAcceptInvitationInput, ({ userId, input: { token } }): Promise<JoinedWorkspaceView> =>
  db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true } });
    return joinByInvitation(tx, token, user);
  }),
);
