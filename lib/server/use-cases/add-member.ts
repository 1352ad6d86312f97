import "server-only";
import { AppError } from "@/lib/domain/errors";
import { ZAddMemberInput } from "@/lib/validation/workspace";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireMembership } from "../guards";
import { defineUseCase } from "../use-case";

/**
 * An owner adds an existing account to the workspace with a role. Not a member of the
 * workspace: 404 (it does not exist for them); a member without "member.invite": 403.
 */
export const addMember = defineUseCase(ZAddMemberInput, ({ userId, input: { workspaceId, email, role } }) =>
  db.$transaction(async (tx) => {
    await requireMembership(tx, userId, workspaceId, "member.invite");
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, email: true } });
    if (!user) {
      throw new AppError("NOT_FOUND", "No account uses that email: invitations arrive in a later version", {
        fields: { email: ["No account uses that email."] },
      });
    }
    const existing = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId: user.id } }, select: { role: true } });
    if (existing) {
      throw new AppError("CONFLICT", `${user.name} is already a member of this workspace (${existing.role}).`, {
        fields: { email: ["Already a member."] },
      });
    }
    await tx.membership.create({ data: { workspaceId, userId: user.id, role } });
    await recordChange(tx, {
      workspaceId,
      actorId: userId,
      action: "member.add",
      entityType: "workspace",
      entityId: workspaceId,
      after: { userId: user.id, email: user.email, role },
    });
    return { user, role };
  }),
);
