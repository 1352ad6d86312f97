import "server-only";
import { AppError } from "@/lib/domain/errors";
import type { ResetLinkPreview } from "@/lib/domain/views";
import { ZResetPasswordInput } from "@/lib/validation/auth";
import { db } from "../db";
import { hashPassword } from "../passwords";
import { pendingReset } from "../password-resets";
import { clearAccountThrottle } from "../throttle";

/** What the reset page shows to whoever holds the link: the account's email; 400/404 for a dead link. */
export async function previewResetLink({ input }: { input: unknown }, now = new Date()): Promise<ResetLinkPreview> {
  const { token } = ZResetPasswordInput.pick({ token: true }).parse(input);
  const row = await pendingReset(db, token, now);
  return { email: row.user.email, expiresAt: row.expiresAt.toISOString() };
}

/**
 * Sets a new password through a reset link. One-time: the link is claimed by a conditional UPDATE,
 * so of two concurrent uses exactly one succeeds; the account's other reset links are revoked,
 * every session of the account ends (whoever had it is out) and its password-guess counts are
 * cleared. API tokens are separate credentials and keep working until revoked or expired.
 */
export async function resetPassword({ input }: { input: unknown }, now = new Date()): Promise<{ email: string }> {
  const { token, newPassword } = ZResetPasswordInput.parse(input);
  const passwordHash = await hashPassword(newPassword);
  const email = await db.$transaction(async (tx) => {
    const row = await pendingReset(tx, token, now);
    const claimed = await tx.passwordReset.updateMany({
      where: { id: row.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) throw new AppError("VALIDATION", "This password reset link has already been used. Ask for a new one.");
    await tx.passwordReset.updateMany({ where: { userId: row.userId, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash } });
    await tx.authSession.updateMany({ where: { userId: row.userId, revokedAt: null }, data: { revokedAt: now } });
    return row.user.email;
  });
  await clearAccountThrottle(email);
  return { email };
}
