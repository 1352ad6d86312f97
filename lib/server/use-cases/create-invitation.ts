import "server-only";
import { AppError } from "@/lib/domain/errors";
import { INVITATION_TTL_MS } from "@/lib/domain/membership";
import { ROLE_LABEL } from "@/lib/domain/vocabulary";
import type { CreatedInvitationView } from "@/lib/domain/views";
import { ZCreateInvitationInput } from "@/lib/validation/member";
import { actionBaseUrl } from "../base-url";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireMembership } from "../guards";
import { generateInvitationToken, hashInvitationToken, invitationUrl } from "../invitations";
import { smtpMailer, type Mailer } from "../mail";
import { defineUseCase } from "../use-case";
import { log } from "../log";

export interface InvitationOptions {
  /** Origin of the link (base-url.ts: WARRANT_PUBLIC_URL, else the origin the client used); default: the server action's request. */
  baseUrl?: string;
  /** Who sends the email; default the SMTP_URL mailer, or none. */
  mailer?: Mailer | null;
  now?: Date;
}

/**
 * An owner invites an email with a role: a one-time link (the token is returned once, only its
 * hash is stored), valid 7 days. Inviting the same email again revokes the earlier pending link,
 * so an owner who lost a link simply invites again. Whether the email has an account is never
 * looked up: the answer is the same either way (no account enumeration). Only a current member
 * of THIS workspace is refused (409), and members are listed to the owner anyway.
 */
export const createInvitation = defineUseCase(
  ZCreateInvitationInput,
  async ({ userId, input: { workspaceId, email, role } }, options: InvitationOptions = {}): Promise<CreatedInvitationView> => {
    const now = options.now ?? new Date();
    const token = generateInvitationToken();
    const created = await db.$transaction(async (tx) => {
      await requireMembership(tx, userId, workspaceId, "member.invite");
      const member = await tx.membership.findFirst({ where: { workspaceId, user: { email } }, select: { role: true } });
      if (member) {
        throw new AppError("CONFLICT", `${email} is already a member of this workspace (${ROLE_LABEL[member.role]}). Change their role on the members page.`, {
          fields: { email: ["Already a member."] },
        });
      }
      const replaced = await tx.invitation.updateMany({
        where: { workspaceId, email, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { revokedAt: now },
      });
      const invitation = await tx.invitation.create({
        data: {
          workspaceId,
          email,
          role,
          tokenHash: hashInvitationToken(token),
          invitedById: userId,
          expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
          createdAt: now,
        },
        select: { id: true, email: true, role: true, expiresAt: true, workspace: { select: { name: true } }, invitedBy: { select: { name: true } } },
      });
      await recordChange(tx, {
        workspaceId,
        actorId: userId,
        action: "invitation.create",
        entityType: "workspace",
        entityId: workspaceId,
        after: { invitationId: invitation.id, email, role, expiresAt: invitation.expiresAt.toISOString(), replacedPending: replaced.count },
      });
      return invitation;
    });
    const url = invitationUrl(options.baseUrl ?? (await actionBaseUrl()), token);
    // After the commit: a slow or failing mail server never holds a transaction open or undoes
    // the invitation (the owner still has the link to share).
    const emailed = await sendInvitation(options.mailer === undefined ? await smtpMailer().catch(reportMailError) : options.mailer, {
      to: email,
      subject: `${created.invitedBy?.name ?? "Someone"} invited you to “${created.workspace.name}” on Warrant`,
      text: [
        `${created.invitedBy?.name ?? "A workspace owner"} invited you to join the workspace “${created.workspace.name}” on Warrant as ${ROLE_LABEL[role].toLowerCase()}.`,
        "",
        `Open this link to sign in or create your account with this email address (${email}) and join:`,
        url,
        "",
        `The link works once and expires on ${created.expiresAt.toUTCString()}.`,
        "If you did not expect this invitation, ignore this email.",
      ].join("\n"),
    });
    return { id: created.id, email: created.email, role: created.role, url, expiresAt: created.expiresAt.toISOString(), emailed };
  },
);

async function sendInvitation(mailer: Mailer | null, message: Parameters<Mailer["send"]>[0]): Promise<boolean> {
  if (!mailer) return false;
  try {
    await mailer.send(message);
    return true;
  } catch (e) {
    reportMailError(e);
    return false;
  }
}

function reportMailError(e: unknown): null {
  log.error({ err: e }, "the invitation email could not be sent (the link is still valid; share it by hand)");
  return null;
}
