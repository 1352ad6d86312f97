import "server-only";
import { AppError } from "@/lib/domain/errors";
import { ZSignUpInput } from "@/lib/validation/auth";
import { recordChange } from "../changes";
import { db } from "../db";
import { DEFAULT_WORKSPACE, demoArticle } from "../demo";
import { insertAnalysedDocument } from "../documents";
import { joinByInvitation } from "../invitations";
import { hashPassword, verifyPassword } from "../passwords";
import { freeWorkspaceSlug } from "../slugs";
import { checkThrottle, recordHit, signupKeys, throttledPasswordCheck } from "../throttle";

// Serialises sign-ups so two first users cannot both claim the default workspace.
const SIGNUP_LOCK = 7_314_001;

/**
 * Create an account. The first person to sign up owns the default (demo) workspace; everyone
 * after gets a workspace of their own, with the demo article to try things on. Signing up
 * through an invitation link (`invitation`: its token) instead joins the invited workspace with
 * the invited role, and is allowed on an invite-only server, for the invited email only.
 *
 * `address` (the client's, lib/server/throttle.ts) throttles self-service sign-ups: each creates
 * a workspace and a copy of the demo article. An email that already has an account gets the
 * same answer as a new one when the password is that account's (the person is signed in); with
 * another password it is refused, and counted as a wrong password for that account, so sign-up
 * is no faster a way to guess passwords or to list accounts than sign-in.
 */
export async function signUpUser({ input, address = null }: { input: unknown; address?: string | null }) {
  const data = ZSignUpInput.parse(input);
  const counted = data.invitation ? [] : signupKeys(address);
  await checkThrottle(counted, "Too many new accounts from this address.");
  if (!data.invitation) {
    const existing = await existingAccount(data.email, data.password, address);
    if (existing) return existing;
  }
  await recordHit(counted);
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SIGNUP_LOCK})`;
      // Invite-only servers still let the very first person in: someone has to own the place.
      if (signupClosed() && !data.invitation && (await tx.user.count()) > 0) {
        throw new AppError("FORBIDDEN", "Sign-up is closed on this server: ask a workspace owner to invite you.");
      }
      if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) throw accountExists();
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

const accountExists = () =>
  new AppError("CONFLICT", "This email cannot be used to sign up. If it is yours, sign in with its password.", {
    fields: { email: ["This email cannot be used to sign up."] },
  });

/** Signing up again with an account's own email and password: the same answer as a new account. */
async function existingAccount(email: string, password: string, address: string | null) {
  const user = await db.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  if (!user) return null;
  if (!(await throttledPasswordCheck(email, address, () => verifyPassword(password, user.passwordHash)))) throw accountExists();
  const home = await db.membership.findFirst({
    where: { userId: user.id },
    orderBy: { createdAt: "asc" },
    select: { role: true, workspace: { select: { id: true, name: true, slug: true } } },
  });
  if (!home) throw accountExists();
  return { user: { id: user.id, email: user.email, name: user.name }, workspace: home.workspace, role: home.role };
}

/** WARRANT_SIGNUP=invite-only closes self-service sign-up (web form and REST API alike). */
export function signupClosed(): boolean {
  return process.env.WARRANT_SIGNUP === "invite-only";
}
