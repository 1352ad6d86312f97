import "server-only";
import { AppError } from "@/lib/domain/errors";
import { db, type DbTx } from "./db";

/**
 * Most Server-Sent Events streams (document and personal, together) one person may hold open at
 * once, across every app process. A document tab holds two (its document and /me/events); sixteen
 * leaves room for eight such tabs,
 * and stops one account from pinning a server's connections. Over it: 429.
 */
export const MAX_STREAMS_PER_USER = 16;
/** How often an open stream re-checks that its reader may still read it (and renews its slot). */
export const STREAM_RECHECK_MS = 5_000;
/** A slot not renewed for this long belongs to a process that died: it no longer counts. */
export const STREAM_TTL_MS = 30_000;

/** Who reads a stream, and through what: re-checked while it is open. */
export interface StreamAccess {
  userId: string;
  /** The API token the stream was opened with (none: the browser session). */
  tokenId?: string | null;
  /** The browser session it was opened in (none: a token). */
  sessionId?: string | null;
  /** The document whose changes it carries (none: the person's own stream). */
  documentId?: string | null;
}

/**
 * Whether the reader may still read the stream: the account exists, the token (if any) is neither
 * revoked nor expired, the browser session (if any) was not ended (sign-out, sign out everywhere,
 * password change), and they are still a member of the document's workspace. A removed member, a
 * revoked token or an ended session is cut off at the next check, not when they reconnect.
 */
export async function streamStillAllowed(tx: DbTx, access: StreamAccess): Promise<boolean> {
  const user = await tx.user.findUnique({ where: { id: access.userId }, select: { id: true } });
  if (!user) return false;
  if (access.tokenId) {
    const token = await tx.apiToken.findFirst({
      where: { id: access.tokenId, userId: access.userId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] },
      select: { id: true },
    });
    if (!token) return false;
  }
  if (access.sessionId) {
    const session = await tx.authSession.findFirst({ where: { id: access.sessionId, userId: access.userId, revokedAt: null }, select: { id: true } });
    if (!session) return false;
  }
  if (access.documentId) {
    const doc = await tx.document.findFirst({
      where: { id: access.documentId, workspace: { memberships: { some: { userId: access.userId } } } },
      select: { id: true },
    });
    if (!doc) return false;
  }
  return true;
}

/**
 * Takes one of the person's stream slots, or refuses with 429 when all are in use. The count and
 * the insert run under a transaction-scoped advisory lock on the person, so two processes opening
 * streams at the same moment cannot both take the last slot.
 */
export async function openStreamSlot(userId: string, now = new Date()): Promise<string> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`warrant-stream:${userId}`}))`;
    const stale = new Date(now.getTime() - STREAM_TTL_MS);
    await tx.eventStream.deleteMany({ where: { userId, heartbeatAt: { lt: stale } } });
    const open = await tx.eventStream.count({ where: { userId } });
    if (open >= MAX_STREAMS_PER_USER) {
      throw new AppError(
        "RATE_LIMITED",
        `You already have ${MAX_STREAMS_PER_USER} live streams open (tabs or scripts). Close one, or wait ${STREAM_TTL_MS / 1000} s after closing.`,
      );
    }
    const slot = await tx.eventStream.create({ data: { userId, heartbeatAt: now, createdAt: now }, select: { id: true } });
    return slot.id;
  });
}

/** Renews a slot; false when it is gone (pruned after a long stall): the stream should end. */
export async function renewStreamSlot(id: string, now = new Date()): Promise<boolean> {
  const { count } = await db.eventStream.updateMany({ where: { id }, data: { heartbeatAt: now } });
  return count > 0;
}

export async function closeStreamSlot(id: string): Promise<void> {
  await db.eventStream.deleteMany({ where: { id } });
}
