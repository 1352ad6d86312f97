import "server-only";
import { AppError } from "@/lib/domain/errors";
import { DEFAULT_TOKEN_DAYS, ZCreateApiTokenInput, ZCredentialsTokenInput } from "@/lib/validation/token";
import { db } from "../db";
import { verifyPassword } from "../passwords";
import { throttledPasswordCheck } from "../throttle";
import { generateToken, hashToken, recordTokenChange } from "../tokens";

const DAY_MS = 24 * 3600_000;

/**
 * A new API token for the user signed in through the browser (`userId`; adapters never pass a
 * token's user: a token cannot mint tokens), or for whoever proves email + password from
 * `address` (throttled like sign-in, lib/server/throttle.ts). It expires after `expiresInDays`
 * (default 90; `null`: never). The token is returned this once; only its hash is kept.
 */
export async function createApiToken({ userId, input, address = null }: { userId?: string | null; input: unknown; address?: string | null }) {
  const data = ZCreateApiTokenInput.parse(input);
  const ownerId = userId ?? (await userFromCredentials(data, address));
  const days = data.expiresInDays === undefined ? DEFAULT_TOKEN_DAYS : data.expiresInDays;
  const expiresAt = days === null ? null : new Date(Date.now() + days * DAY_MS);
  const token = generateToken();
  return db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { userId: ownerId, name: data.name, tokenHash: hashToken(token), expiresAt },
      select: { id: true, name: true, createdAt: true, expiresAt: true },
    });
    await recordTokenChange(tx, ownerId, "token.create", row.id, { name: data.name });
    return { id: row.id, name: row.name, createdAt: row.createdAt.toISOString(), expiresAt: row.expiresAt?.toISOString() ?? null, token };
  });
}

async function userFromCredentials(input: unknown, address: string | null): Promise<string> {
  const { email, password } = ZCredentialsTokenInput.parse(input);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  const ok = await throttledPasswordCheck(email, address, () => verifyPassword(password, user?.passwordHash));
  if (!ok || !user) throw new AppError("UNAUTHENTICATED", "The email or password is not right.");
  return user.id;
}
