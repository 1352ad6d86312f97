import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { AppError } from "@/lib/domain/errors";
import { recordChange } from "./changes";
import type { CurrentUser } from "./current-user";
import { db, type DbTx } from "./db";

/** Tokens look like wrt_<43 url-safe chars>: the prefix lets secret scanners and people spot them. */
export const TOKEN_PREFIX = "wrt_";

export function generateToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

/**
 * Only the SHA-256 is stored. A token has 256 random bits, so a fast unsalted hash is enough
 * (unlike passwords, it cannot be guessed from a dictionary), and lookup stays one indexed query.
 */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The token in `Authorization: Bearer <token>`, or null when the header is absent. */
export function bearerToken(req: Request): string | null {
  const header = req.headers.get("authorization");
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new AppError("UNAUTHENTICATED", "Send the token as `Authorization: Bearer <token>`.");
  return match[1]!;
}

// lastUsedAt is bookkeeping, not a change anyone reviews: written at most once a minute per
// token, outside the audit trail, so a busy script does not write on every request.
const LAST_USED_RESOLUTION_MS = 60_000;

/** The user a bearer token belongs to; a wrong, revoked, expired or orphaned token is a 401. */
export async function userFromBearer(req: Request): Promise<CurrentUser | null> {
  const token = bearerToken(req);
  if (token === null) return null;
  const row = token.startsWith(TOKEN_PREFIX)
    ? await db.apiToken.findUnique({
        where: { tokenHash: hashToken(token) },
        select: { id: true, revokedAt: true, expiresAt: true, lastUsedAt: true, user: { select: { id: true, email: true, name: true } } },
      })
    : null;
  if (!row || row.revokedAt) throw new AppError("UNAUTHENTICATED", "The API token is not valid or has been revoked.");
  if (row.expiresAt && row.expiresAt.getTime() <= Date.now()) {
    throw new AppError("UNAUTHENTICATED", `The API token expired on ${row.expiresAt.toISOString().slice(0, 10)}. Create a new one in Settings → API tokens.`);
  }
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return { ...row.user, tokenId: row.id };
}

/**
 * Activity rows belong to a workspace; a token belongs to a person. It is recorded in the
 * workspace they joined first (their own), where its owner reads their history.
 */
export async function recordTokenChange(tx: DbTx, userId: string, action: "token.create" | "token.revoke", tokenId: string, after: { name: string }) {
  const home = await tx.membership.findFirst({ where: { userId }, orderBy: { createdAt: "asc" }, select: { workspaceId: true } });
  if (!home) return;
  await recordChange(tx, { workspaceId: home.workspaceId, actorId: userId, action, entityType: "user", entityId: tokenId, after });
}
