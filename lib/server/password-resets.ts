import "server-only";
import { randomBytes } from "node:crypto";
import { AppError } from "@/lib/domain/errors";
import { resetState } from "@/lib/domain/membership";
import type { DbTx } from "./db";
import { hashToken } from "./tokens";

// Password reset links carry a one-time token; like invitations (invitations.ts) only its SHA-256
// is stored and the plain token exists once: in the email, or on the page of the owner who made it.

/** Links look like /reset-password/wrr_<43 url-safe chars>. */
export const RESET_PREFIX = "wrr_";

export function generateResetToken(): string {
  return `${RESET_PREFIX}${randomBytes(32).toString("base64url")}`;
}

export function resetUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/reset-password/${encodeURIComponent(token)}`;
}

const INVALID = "This password reset link is not valid. Ask for a new one.";
const REFUSAL = {
  expired: "This password reset link has expired. Ask for a new one.",
  used: "This password reset link has already been used. Ask for a new one if you need to reset the password again.",
  revoked: "This password reset link was replaced by a newer one. Use the newest link.",
} as const;

/** The pending reset a token opens, with the account's email; a clear 400/404 for any other. */
export async function pendingReset(tx: DbTx, token: string, now = new Date()) {
  const row =
    token.startsWith(RESET_PREFIX) && token.length < 200
      ? await tx.passwordReset.findUnique({
          where: { tokenHash: hashToken(token) },
          select: { id: true, userId: true, expiresAt: true, usedAt: true, revokedAt: true, user: { select: { email: true, name: true } } },
        })
      : null;
  if (!row) throw new AppError("NOT_FOUND", INVALID);
  const state = resetState(row, now);
  if (state !== "pending") throw new AppError("VALIDATION", REFUSAL[state]);
  return row;
}

/** Makes a reset link for `userId`, replacing their earlier pending ones. Returns the plain token. */
export async function createReset(
  tx: DbTx,
  data: { userId: string; createdById?: string; workspaceId?: string; ttlMs: number },
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  await tx.passwordReset.updateMany({ where: { userId: data.userId, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
  const token = generateResetToken();
  const expiresAt = new Date(now.getTime() + data.ttlMs);
  await tx.passwordReset.create({
    data: {
      userId: data.userId,
      tokenHash: hashToken(token),
      createdById: data.createdById ?? null,
      workspaceId: data.workspaceId ?? null,
      expiresAt,
      createdAt: now,
    },
  });
  return { token, expiresAt };
}
