import "server-only";
import { AppError } from "@/lib/domain/errors";
import { ZSignUpInput } from "@/lib/validation/auth";
import { recordChange } from "../changes";
import { db } from "../db";
import { DEFAULT_WORKSPACE, demoArticle } from "../demo";
import { insertAnalysedDocument } from "../documents";
import { joinByInvitation } from "../invitations";
import { hashPassword } from "../passwords";
import { freeWorkspaceSlug } from "../slugs";

// Serialises sign-ups so two first users cannot both claim the default workspace.
const SIGNUP_LOCK = 7_314_001;

/**
 * Create an account. The first person to sign up owns the default (demo) workspace; everyone
 * after gets a workspace of their own, with the demo article to try things on. Signing up
 * through an invitation link (`invitation`: its token) instead joins the invited workspace with
 * the invited role, and is allowed on an invite-only server, for the invited email only.
 */
export async function signUpUser({ input }: { input: unknown }) {
  const data = ZSignUpInput.parse(input);
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SIGNUP_LOCK})`;
      // Invite-only servers still let the very first person in: someone has to own the place.
      if (signupClosed() && !data.invitation && (await tx.user.count()) > 0) {
        throw new AppError("FORBIDDEN", "Sign-up is closed on this server: ask a workspace owner to invite you.");
      }
      if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
        throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.", {
          fields: { email: ["An account with this email already exists."] },
        });
      }
      const user = await tx.user.create({
        data: { email: data.email, name: data.name, passwordHash },
        select: { id: true, email: true, name: true },
      });
      if (data.invitation) {
        // Checks the link (pending, this email) and joins; any refusal rolls the account back.
        const joined = await joinByInvitation(tx, data.invitation, user);
        const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: joined.workspaceId }, select: { id: true, name: true, slug: true } });
        return { user, workspace, role: joined.role };
      }
      const unclaimed = await tx.workspace.findFirst({
        where: { slug: DEFAULT_WORKSPACE.slug, memberships: { none: {} } },
        select: { id: true, name: true, slug: true },
      });
      const workspace =
        unclaimed ??
        (await tx.workspace.create({
          data: { name: `${data.name}'s workspace`, slug: await freeWorkspaceSlug(tx, data.name) },
          select: { id: true, name: true, slug: true },
        }));
      await tx.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: "OWNER" } });
      if (!unclaimed) await insertAnalysedDocument(tx, { userId: user.id, workspaceId: workspace.id, data: demoArticle() });
      await recordChange(tx, {
        workspaceId: workspace.id,
        actorId: user.id,
        action: unclaimed ? "workspace.claim" : "workspace.create",
        entityType: "workspace",
        entityId: workspace.id,
        after: { name: workspace.name, owner: user.email },
      });
      return { user, workspace, role: "OWNER" as const };
    },
    { timeout: 30_000 },
  );
}

/** WARRANT_SIGNUP=invite-only closes self-service sign-up (web form and REST API alike). */
export function signupClosed(): boolean {
  return process.env.WARRANT_SIGNUP === "invite-only";
}
