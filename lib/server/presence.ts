import "server-only";
import { initialsOf, PRESENCE_TTL_MS, type PresenceView } from "@/lib/domain/presence";
import { CHANGE_CHANNEL } from "./changes";
import type { DbTx } from "./db";

/**
 * The tab-expiry window. PRESENCE_TTL_MS unless WARRANT_PRESENCE_TTL_MS (milliseconds, 1 s – 5 min)
 * is set: only the end-to-end tests shorten it, to see a closed tab disappear sooner.
 */
export function presenceTtlMs(): number {
  const n = Number(process.env.WARRANT_PRESENCE_TTL_MS);
  return Number.isFinite(n) && n >= 1_000 && n <= 300_000 ? n : PRESENCE_TTL_MS;
}

/** The people on a document now: their live tabs folded per person, the latest heartbeat's selection. */
export async function presentOn(tx: DbTx, documentId: string, now: Date): Promise<PresenceView[]> {
  const rows = await tx.presence.findMany({
    where: { documentId, heartbeatAt: { gte: new Date(now.getTime() - presenceTtlMs()) } },
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
  const { count } = await tx.presence.deleteMany({ where: { documentId, heartbeatAt: { lt: new Date(now.getTime() - presenceTtlMs()) } } });
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
