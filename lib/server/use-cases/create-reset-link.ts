import "server-only";
import { AppError } from "@/lib/domain/errors";
import { OWNER_RESET_TTL_MS } from "@/lib/domain/membership";
import type { CreatedResetLinkView } from "@/lib/domain/views";
import { ZCreateResetLinkInput } from "@/lib/validation/member";
import { actionBaseUrl } from "../base-url";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireMembership } from "../guards";
import { smtpMailer, type Mailer } from "../mail";
import { requireMember } from "../members";
import { createReset, resetUrl } from "../password-resets";
import { defineUseCase } from "../use-case";
import { log } from "../log";

export interface ResetLinkOptions {
  baseUrl?: string;
  /** Who sends the email; default the SMTP_URL mailer, or none (then the owner gets the link). */
  mailer?: Mailer | null;
  now?: Date;
}

/**
 * An owner makes a one-time password reset link for a member who forgot theirs (valid 24 hours,
 * replacing the member's earlier links). With SMTP_URL the link goes to the member's email and
 * the owner never sees it; without, the owner gets it to pass on, like an invitation link.
 *
 * Whoever holds the link can take over the account, so an owner may do this only for someone
 * whose every shared workspace they own: an owner of one team cannot reach into another team
 * through a shared member (403, naming what to do instead). A workspace the member has to
 * themselves (the one sign-up gives) does not count; docs/security.md names that trade-off.
 * Recorded in the workspace's activity.
 */
export const createResetLink = defineUseCase(
  ZCreateResetLinkInput,
  async ({ userId, input: { workspaceId, memberId } }, options: ResetLinkOptions = {}): Promise<CreatedResetLinkView> => {
    const now = options.now ?? new Date();
    const mailer = options.mailer === undefined ? await smtpMailer().catch(() => null) : options.mailer;
    const made = await db.$transaction(async (tx) => {
      await requireMembership(tx, userId, workspaceId, "member.resetPassword");
      const member = await requireMember(tx, workspaceId, memberId);
      const elsewhere = await tx.membership.count({
        where: { userId: memberId, workspace: { memberships: { none: { userId, role: "OWNER" }, some: { userId: { not: memberId } } } } },
      });
      if (elsewhere > 0) {
        throw new AppError(
          "FORBIDDEN",
          `${member.user.name} also belongs to ${elsewhere === 1 ? "a workspace" : `${elsewhere} workspaces`} you do not own, so only they can reset their password (“Forgot password?” on the sign-in page) or an owner of every one of their workspaces.`,
        );
      }
      const { token, expiresAt } = await createReset(tx, { userId: memberId, createdById: userId, workspaceId, ttlMs: OWNER_RESET_TTL_MS }, now);
      await recordChange(tx, {
        workspaceId,
        actorId: userId,
        action: "member.reset-link",
        entityType: "workspace",
        entityId: workspaceId,
        after: { userId: memberId, email: member.user.email, name: member.user.name, expiresAt: expiresAt.toISOString(), viaEmail: mailer !== null },
      });
      return { token, expiresAt, user: member.user };
    });
    const url = resetUrl(options.baseUrl ?? (await actionBaseUrl()), made.token);
    const view = { email: made.user.email, name: made.user.name, expiresAt: made.expiresAt.toISOString() };
    if (!mailer) return { ...view, url, emailed: false };
    try {
      await mailer.send({
        to: made.user.email,
        subject: "Reset your Warrant password",
        text: [
          `A workspace owner made a link for you to set a new Warrant password (${made.user.email}):`,
          url,
          "",
          `The link works once and expires on ${made.expiresAt.toUTCString()}. Setting a new password signs you out everywhere.`,
          "If you did not ask for this, you can ignore this email: your password stays as it is.",
        ].join("\n"),
      });
      return { ...view, url: null, emailed: true };
    } catch (e) {
      log.error({ err: e }, "the password reset email could not be sent; the owner gets the link instead");
      return { ...view, url, emailed: false };
    }
  },
);
