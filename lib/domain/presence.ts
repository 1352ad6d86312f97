// Who has a document open, and which claim each of them has selected. Rows live in the Presence
// table (one per browser tab), so every app process sees the same people.

/** A tab sends a heartbeat this often (and on every selection change). */
export const PRESENCE_HEARTBEAT_MS = 10_000;
/**
 * A tab whose last heartbeat is older than this has gone (closed, asleep, offline): it is left out
 * of the list and its row pruned. With heartbeats every 10 s and viewers re-reading the list on
 * each of their own, a closed tab disappears within 30 s even when its leave request never arrived.
 */
export const PRESENCE_TTL_MS = 20_000;

/** One person on the document (their tabs folded together: the latest selection wins). */
export interface PresenceView {
  userId: string;
  name: string;
  initials: string;
  /** The claim selected in their most recently active tab, if any. */
  unitId: string | null;
  /** When they were last heard from (ISO). */
  seenAt: string;
}

/** "Ada Lovelace" → "AL", "ben" → "BE", "" → "?". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "?";
  const letters = words.length === 1 ? [...words[0]!].slice(0, 2) : [[...words[0]!][0]!, [...words[words.length - 1]!][0]!];
  return letters.join("").toUpperCase();
}
