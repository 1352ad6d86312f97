import "server-only";
import type { CurrentUser } from "./current-user";
import { db } from "./db";

/**
 * Browser sessions. Auth.js keeps the session in a signed JWT cookie (Credentials sign-in cannot
 * use its database sessions), which on its own stays valid until it expires: a copied cookie would
 * outlive "Sign out". So each sign-in also gets an AuthSession row whose id the JWT carries, and
 * every request checks the row: signing out ends that session, "Sign out everywhere" and a
 * password change end all of them, at once and in every app process.
 */

// lastSeenAt is bookkeeping for the settings page, written at most every ten minutes.
const LAST_SEEN_RESOLUTION_MS = 10 * 60_000;

export const SESSION_MAX_AGE_MS = 30 * 24 * 3600_000;

export async function startSession(userId: string): Promise<string> {
  // The person's ended and expired sessions are forgotten here, so the table stays small.
  const now = Date.now();
  await db.authSession.deleteMany({
    where: { userId, OR: [{ revokedAt: { lt: new Date(now - 24 * 3600_000) } }, { lastSeenAt: { lt: new Date(now - SESSION_MAX_AGE_MS) } }] },
  });
  const row = await db.authSession.create({ data: { userId }, select: { id: true } });
  return row.id;
}

/** The user of a live session, or null when it was ended (or never existed, or names someone else). */
export async function sessionUser(sessionId: string, userId: string): Promise<CurrentUser | null> {
  const row = await db.authSession.findUnique({
    where: { id: sessionId },
    select: { revokedAt: true, lastSeenAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  if (!row || row.revokedAt || row.user.id !== userId) return null;
  if (Date.now() - row.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db.authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { lastSeenAt: new Date() } });
  }
  return { ...row.user, sessionId };
}

/** Whether a session is still live (open event streams re-check it). */
export async function sessionLive(sessionId: string, userId: string): Promise<boolean> {
  return (await db.authSession.count({ where: { id: sessionId, userId, revokedAt: null } })) > 0;
}

export async function endSession(sessionId: string): Promise<void> {
  await db.authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Ends every session of a person (but `keep`, the one asking): sign out everywhere, password change. */
export async function endSessions(userId: string, keep?: string | null): Promise<number> {
  const { count } = await db.authSession.updateMany({
    where: { userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) },
    data: { revokedAt: new Date() },
  });
  return count;
}

/** Live sessions of a person, newest first (the settings page lists them). */
export async function listSessions(userId: string) {
  return db.authSession.findMany({
    where: { userId, revokedAt: null },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, createdAt: true, lastSeenAt: true },
  });
}
