import "server-only";
import pg from "pg";
import { CHANGE_CHANNEL, USER_CHANNEL, type UserEvent } from "./changes";
import { db, pgliteInstance } from "./db";
import { readDbConfig } from "./db-config";
import { requireDocumentAccess } from "./guards";
import { closeStreamSlot, openStreamSlot, renewStreamSlot, STREAM_RECHECK_MS, streamStillAllowed, type StreamAccess } from "./streams";
import { log } from "./log";

/** The payload recordChange publishes with pg_notify (no text: listeners re-read what they need). */
export interface ChangeEvent {
  activityId: string;
  workspaceId: string;
  documentId: string | null;
  /** Who made the change (a member id; lets a client tell its own changes from a teammate's). */
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
}

/** Who is on the document changed (lib/server/presence.ts): viewers re-read the list. */
export interface PresenceEvent {
  type: "presence";
  documentId: string;
}

type Listener<E> = (event: E) => void;
type AnyListener = Listener<never>;

const CHANNELS = [CHANGE_CHANNEL, USER_CHANNEL] as const;
const documentTopic = (documentId: string | null) => `document:${documentId}`;
const userTopic = (userId: string) => `user:${userId}`;

const PING_MS = 25_000;
const BACKOFF_MIN_MS = 500;
const BACKOFF_MAX_MS = 30_000;

/**
 * One LISTEN connection per server process, on two channels: document changes (fanned out by
 * documentId) and per-person events (by userId: queue and notifications). NOTIFY is delivered
 * only on commit, so a rolled-back write never reaches a subscriber, and it reaches every app
 * process listening on the same database.
 */
class ChangeHub {
  private readonly byTopic = new Map<string, Set<AnyListener>>();
  private started: Promise<void> | null = null;
  private client: pg.Client | null = null;
  private unlisten: (() => Promise<void>) | null = null;
  private backoff = BACKOFF_MIN_MS;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  /** Resolves once the LISTEN is active, so a change committed afterwards is delivered. */
  async subscribe<E>(topic: string, listener: Listener<E>): Promise<() => void> {
    // A failed first connect is not cached: the next subscriber tries again.
    await (this.started ??= this.start().catch((e: unknown) => {
      this.started = null;
      throw e;
    }));
    const set = this.byTopic.get(topic) ?? new Set<AnyListener>();
    set.add(listener as AnyListener);
    this.byTopic.set(topic, set);
    return () => {
      set.delete(listener as AnyListener);
      if (set.size === 0 && this.byTopic.get(topic) === set) this.byTopic.delete(topic);
    };
  }

  subscriberCount(): number {
    let n = 0;
    for (const set of this.byTopic.values()) n += set.size;
    return n;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.byTopic.clear();
    await this.unlisten?.().catch(() => undefined);
    await this.client?.end().catch(() => undefined);
  }

  private dispatch(channel: string, payload: string | undefined): void {
    let event: ChangeEvent | PresenceEvent | UserEvent;
    try {
      event = JSON.parse(payload ?? "") as ChangeEvent | PresenceEvent | UserEvent;
    } catch {
      return;
    }
    const topic = channel === USER_CHANNEL ? userTopic((event as UserEvent).userId) : documentTopic((event as ChangeEvent | PresenceEvent).documentId);
    for (const listener of [...(this.byTopic.get(topic) ?? [])]) {
      try {
        (listener as Listener<typeof event>)(event);
      } catch {
        // One broken stream must not stop the others.
      }
    }
  }

  private async start(): Promise<void> {
    const pglite = pgliteInstance();
    if (pglite) {
      // PGlite delivers NOTIFY to listeners of the same instance (the one `db` writes through).
      const stops = await Promise.all(CHANNELS.map((channel) => pglite.listen(channel, (payload) => this.dispatch(channel, payload))));
      this.unlisten = async () => {
        await Promise.all(stops.map((stop) => stop()));
      };
      return;
    }
    const config = readDbConfig();
    if (config.kind !== "postgres") throw new Error("Live updates need the database client to be created first.");
    await this.connect(config.url);
  }

  /** A dedicated connection: LISTEN holds its session, so it cannot come from the pool. */
  private async connect(url: string): Promise<void> {
    const client = new pg.Client({ connectionString: url, keepAlive: true });
    client.on("notification", (msg) => {
      if ((CHANNELS as readonly string[]).includes(msg.channel)) this.dispatch(msg.channel, msg.payload);
    });
    let dropped = false;
    const onDrop = (e?: Error) => {
      if (dropped || this.stopped) return;
      dropped = true;
      if (e) log.warn({ err: e }, "realtime: LISTEN connection lost; reconnecting");
      client.end().catch(() => undefined);
      this.scheduleReconnect(url);
    };
    client.on("error", onDrop);
    client.on("end", () => onDrop());
    try {
      await client.connect();
      for (const channel of CHANNELS) await client.query(`LISTEN ${channel}`);
    } catch (e) {
      dropped = true;
      client.end().catch(() => undefined);
      throw e;
    }
    this.client = client;
    this.backoff = BACKOFF_MIN_MS;
  }

  private scheduleReconnect(url: string): void {
    if (this.stopped || this.retry) return;
    const delay = this.backoff;
    this.backoff = Math.min(this.backoff * 2, BACKOFF_MAX_MS);
    this.retry = setTimeout(() => {
      this.retry = null;
      this.connect(url).catch((e: Error) => {
        log.warn({ err: e, retryInMs: this.backoff }, "realtime: reconnect failed; retrying");
        this.scheduleReconnect(url);
      });
    }, delay);
    this.retry.unref?.();
  }
}

// Kept across dev hot reloads, like the Prisma client: one LISTEN per process.
const g = globalThis as unknown as { __warrantRealtime?: ChangeHub };

export function changeHub(): ChangeHub {
  return (g.__warrantRealtime ??= new ChangeHub());
}

/** Tests: drop the LISTEN and the subscribers. */
export async function stopRealtime(): Promise<void> {
  await g.__warrantRealtime?.stop();
  g.__warrantRealtime = undefined;
}

/** Subscribe to the committed changes of one document. */
export function subscribeToDocument(documentId: string, listener: Listener<ChangeEvent>): Promise<() => void> {
  return changeHub().subscribe<ChangeEvent | PresenceEvent>(documentTopic(documentId), (event) => {
    if (!isPresence(event)) listener(event);
  });
}

/** Subscribe to one document's changes and to its presence events. */
export function subscribeToDocumentAndPresence(documentId: string, listener: Listener<ChangeEvent | PresenceEvent>): Promise<() => void> {
  return changeHub().subscribe(documentTopic(documentId), listener);
}

const isPresence = (event: ChangeEvent | PresenceEvent): event is PresenceEvent => "type" in event && event.type === "presence";

/** Subscribe to one person's events (their queue changed, a notification arrived). */
export function subscribeToUser(userId: string, listener: Listener<UserEvent>): Promise<() => void> {
  return changeHub().subscribe(userTopic(userId), listener);
}

const encoder = new TextEncoder();

/** A Server-Sent Events frame. */
export const sseFrame = (event: string, data: unknown, id?: string) => `${id ? `id: ${id}\n` : ""}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * An SSE stream fed by `subscribe`: one of the reader's stream slots taken first (429 past
 * MAX_STREAMS_PER_USER, counted across processes), subscribed before the first byte (so `ready`
 * means every later commit will be delivered), a ping comment every 25 s, the reader's access
 * re-checked every STREAM_RECHECK_MS (lost: `event: revoked`, then the stream ends), and
 * unsubscribed when `signal` aborts (the client went away) or the stream is cancelled.
 */
async function eventStream(
  signal: AbortSignal,
  access: StreamAccess,
  ready: unknown,
  subscribe: (send: (frame: string) => void) => Promise<() => void>,
  replay?: () => Promise<string[]>,
): Promise<ReadableStream<Uint8Array>> {
  let send: (chunk: string) => void = () => undefined;
  let ping: ReturnType<typeof setInterval> | undefined;
  let recheck: ReturnType<typeof setInterval> | undefined;
  let closed = false;
  const slotId = await openStreamSlot(access.userId);
  const cleanup = () => {
    if (closed) return;
    closed = true;
    clearInterval(ping);
    clearInterval(recheck);
    unsubscribe();
    signal.removeEventListener("abort", onAbort);
    closeStreamSlot(slotId).catch(() => undefined);
  };
  let onAbort = () => cleanup();
  let unsubscribe: () => void = () => undefined;
  try {
    unsubscribe = await subscribe((frame) => send(frame));
  } catch (e) {
    await closeStreamSlot(slotId).catch(() => undefined);
    throw e;
  }
  return new ReadableStream<Uint8Array>({
    start(controller) {
      send = (chunk) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(chunk));
        } catch {
          cleanup();
        }
      };
      onAbort = () => {
        cleanup();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener("abort", onAbort, { once: true });
      send(`retry: 3000\n${sseFrame("ready", ready)}`);
      ping = setInterval(() => send(": ping\n\n"), PING_MS);
      let checking = false;
      recheck = setInterval(() => {
        if (checking || closed) return;
        checking = true;
        // A failed check (database unreachable) ends the stream too: the client reconnects and is checked afresh.
        Promise.all([renewStreamSlot(slotId), streamStillAllowed(db, access)])
          .then(
            ([renewed, allowed]) => renewed && allowed,
            () => false,
          )
          .then((ok) => {
            if (ok || closed) return;
            send(sseFrame("revoked", { message: "Your access to this stream has ended." }));
            onAbort();
          })
          .finally(() => (checking = false));
      }, STREAM_RECHECK_MS);
      ping.unref?.();
      recheck.unref?.();
      if (replay) {
        replay().then(
          (frames) => frames.forEach((frame) => send(frame)),
          () => send(sseFrame("reset", {})),
        );
      }
    },
    cancel() {
      cleanup();
    },
  });
}

/** Most changes replayed after a reconnect; past it the client is told to re-read everything. */
export const REPLAY_LIMIT = 200;

/**
 * The document's changes committed after the activity `lastEventId` (the id of the last event a
 * client saw, sent back by EventSource as Last-Event-ID), oldest first, as `change` frames; a
 * single `reset` frame when that id is unknown or too much happened: the client re-reads.
 */
export async function replayDocumentChanges(documentId: string, lastEventId: string): Promise<string[]> {
  const last = await db.activity.findFirst({ where: { id: lastEventId, documentId }, select: { id: true, createdAt: true } });
  if (!last) return [sseFrame("reset", {})];
  const rows = await db.activity.findMany({
    where: { documentId, OR: [{ createdAt: { gt: last.createdAt } }, { createdAt: last.createdAt, id: { gt: last.id } }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: REPLAY_LIMIT + 1,
    select: { id: true, workspaceId: true, documentId: true, actorId: true, action: true, entityType: true, entityId: true },
  });
  if (rows.length > REPLAY_LIMIT) return [sseFrame("reset", {})];
  return rows.map(({ id, ...rest }) => {
    const change: ChangeEvent = { activityId: id, ...rest };
    return sseFrame("change", change, id);
  });
}

/**
 * The Server-Sent Events stream of one document's changes (`change`, id = activity id) and of who
 * is on it (`presence`), for a member of its workspace (else NOT_FOUND); membership, the token and
 * the session are re-checked while it is open. Payloads carry ids and action names, no text. With
 * `lastEventId` (a reconnect), the changes missed meanwhile are replayed first.
 */
export async function openDocumentEvents({
  userId,
  documentId,
  signal,
  tokenId,
  sessionId,
  lastEventId,
}: {
  userId: string;
  documentId: string;
  signal: AbortSignal;
  tokenId?: string | null;
  sessionId?: string | null;
  lastEventId?: string | null;
}): Promise<ReadableStream<Uint8Array>> {
  await requireDocumentAccess(db, userId, documentId, "workspace.read");
  const replay = lastEventId ? () => replayDocumentChanges(documentId, lastEventId) : undefined;
  return eventStream(
    signal,
    { userId, tokenId, sessionId, documentId },
    { documentId },
    (send) =>
      subscribeToDocumentAndPresence(documentId, (event) =>
        send(isPresence(event) ? sseFrame("presence", event) : sseFrame("change", event, event.activityId)),
      ),
    replay,
  );
}

/**
 * The signed-in person's own stream: `event: queue` when claims are assigned to them or taken
 * back, `event: notification` when one arrives. Only ids and kinds travel; clients re-read.
 */
export async function openUserEvents({
  userId,
  signal,
  tokenId,
  sessionId,
}: {
  userId: string;
  signal: AbortSignal;
  tokenId?: string | null;
  sessionId?: string | null;
}): Promise<ReadableStream<Uint8Array>> {
  return eventStream(signal, { userId, tokenId, sessionId }, { userId }, (send) => subscribeToUser(userId, (event) => send(sseFrame(event.type, event))));
}
