import "server-only";
import { initialsOf, PRESENCE_TTL_MS, type PresenceView } from "@/lib/domain/presence";
import { CHANGE_CHANNEL } from "./changes";
import type { DbTx } from "./db";

/** The people on a document now: their live tabs folded per person, the latest heartbeat's selection. */
export async function presentOn(tx: DbTx, documentId: string, now: Date): Promise<PresenceView[]> {
  const rows = await tx.presence.findMany({
    where: { documentId, heartbeatAt: { gte: new Date(now.getTime() - PRESENCE_TTL_MS) } },
    orderBy: { heartbeatAt: "desc" },
    select: { userId: true, unitId: true, heartbeatAt: true, user: { select: { name: true } } },
  });
  const people = new Map<string, PresenceView>();
  for (const r of rows) {
    if (people.has(r.userId)) continue;
    people.set(r.userId, { userId: r.userId, name: r.user.name, initials: initialsOf(r.user.name), unitId: r.unitId, seenAt: r.heartbeatAt.toISOString() });
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Rows of tabs that stopped sending heartbeats (closed without a leave request). */
export async function prunePresence(tx: DbTx, documentId: string, now: Date): Promise<number> {
  const { count } = await tx.presence.deleteMany({ where: { documentId, heartbeatAt: { lt: new Date(now.getTime() - PRESENCE_TTL_MS) } } });
  return count;
}

/**
 * Tells the document's event streams (in every process, once committed) that who is here, or
 * what they selected, changed: `event: presence`; viewers re-read the list. Sent only on a change,
 * not on every heartbeat.
 */
export async function publishPresence(tx: DbTx, documentId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${CHANGE_CHANNEL}, ${JSON.stringify({ type: "presence", documentId })})`;
}
