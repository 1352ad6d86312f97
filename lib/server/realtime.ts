import "server-only";
import pg from "pg";
import { CHANGE_CHANNEL, JOB_CHANNEL, USER_CHANNEL, type UserEvent } from "./changes";
import { pgliteInstance } from "./db";
import { readDbConfig } from "./db-config";
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

const CHANNELS = [CHANGE_CHANNEL, USER_CHANNEL, JOB_CHANNEL] as const;
const channelTopic = (channel: string) => `channel:${channel}`;
const documentTopic = (documentId: string | null) => `document:${documentId}`;
const userTopic = (userId: string) => `user:${userId}`;

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

  /** Every payload on `channel` (a plain string, e.g. a job id), for this process's workers. */
  subscribeChannel(channel: typeof JOB_CHANNEL, listener: Listener<string>): Promise<() => void> {
    return this.subscribe(channelTopic(channel), listener);
  }

  private dispatch(channel: string, payload: string | undefined): void {
    if (channel === JOB_CHANNEL) {
      for (const listener of [...(this.byTopic.get(channelTopic(channel)) ?? [])]) (listener as Listener<string>)(payload ?? "");
      return;
    }
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

export const isPresence = (event: ChangeEvent | PresenceEvent): event is PresenceEvent => "type" in event && event.type === "presence";

/** Subscribe to one person's events (their queue changed, a notification arrived). */
export function subscribeToUser(userId: string, listener: Listener<UserEvent>): Promise<() => void> {
  return changeHub().subscribe(userTopic(userId), listener);
}
