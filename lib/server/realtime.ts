import "server-only";
import pg from "pg";
import { CHANGE_CHANNEL } from "./changes";
import { db, pgliteInstance } from "./db";
import { readDbConfig } from "./db-config";
import { requireDocumentAccess } from "./guards";

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

type Listener = (change: ChangeEvent) => void;

const PING_MS = 25_000;
const BACKOFF_MIN_MS = 500;
const BACKOFF_MAX_MS = 30_000;

/**
 * One LISTEN connection per server process, fanned out to subscribers by documentId. NOTIFY is
 * delivered only on commit, so a rolled-back write never reaches a subscriber.
 */
class ChangeHub {
  private readonly byDocument = new Map<string, Set<Listener>>();
  private started: Promise<void> | null = null;
  private client: pg.Client | null = null;
  private unlisten: (() => Promise<void>) | null = null;
  private backoff = BACKOFF_MIN_MS;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  /** Resolves once the LISTEN is active, so a change committed afterwards is delivered. */
  async subscribe(documentId: string, listener: Listener): Promise<() => void> {
    // A failed first connect is not cached: the next subscriber tries again.
    await (this.started ??= this.start().catch((e: unknown) => {
      this.started = null;
      throw e;
    }));
    const set = this.byDocument.get(documentId) ?? new Set<Listener>();
    set.add(listener);
    this.byDocument.set(documentId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.byDocument.get(documentId) === set) this.byDocument.delete(documentId);
    };
  }

  subscriberCount(): number {
    let n = 0;
    for (const set of this.byDocument.values()) n += set.size;
    return n;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.byDocument.clear();
    await this.unlisten?.().catch(() => undefined);
    await this.client?.end().catch(() => undefined);
  }

  private dispatch(payload: string | undefined): void {
    let change: ChangeEvent;
    try {
      change = JSON.parse(payload ?? "") as ChangeEvent;
    } catch {
      return;
    }
    if (!change.documentId) return;
    for (const listener of [...(this.byDocument.get(change.documentId) ?? [])]) {
      try {
        listener(change);
      } catch {
        // One broken stream must not stop the others.
      }
    }
  }

  private async start(): Promise<void> {
    const pglite = pgliteInstance();
    if (pglite) {
      // PGlite delivers NOTIFY to listeners of the same instance (the one `db` writes through).
      this.unlisten = await pglite.listen(CHANGE_CHANNEL, (payload) => this.dispatch(payload));
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
      if (msg.channel === CHANGE_CHANNEL) this.dispatch(msg.payload);
    });
    let dropped = false;
    const onDrop = (e?: Error) => {
      if (dropped || this.stopped) return;
      dropped = true;
      if (e) console.warn(`realtime: LISTEN connection lost (${e.message}); reconnecting`);
      client.end().catch(() => undefined);
      this.scheduleReconnect(url);
    };
    client.on("error", onDrop);
    client.on("end", () => onDrop());
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
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
        console.warn(`realtime: reconnect failed (${e.message}); retrying in ${this.backoff} ms`);
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
export function subscribeToDocument(documentId: string, listener: Listener): Promise<() => void> {
  return changeHub().subscribe(documentId, listener);
}

const encoder = new TextEncoder();

/**
 * The Server-Sent Events stream of one document's changes, for a member of its workspace (else
 * NOT_FOUND). Access is checked once, at connect: payloads carry ids and action names, no text.
 * Ends, and unsubscribes, when `signal` aborts (the client went away) or the stream is cancelled.
 */
export async function openDocumentEvents({ userId, documentId, signal }: { userId: string; documentId: string; signal: AbortSignal }): Promise<ReadableStream<Uint8Array>> {
  await requireDocumentAccess(db, userId, documentId, "workspace.read");
  let send: (chunk: string) => void = () => undefined;
  let unsubscribe: () => void = () => undefined;
  let ping: ReturnType<typeof setInterval> | undefined;
  let closed = false;
  const cleanup = () => {
    if (closed) return;
    closed = true;
    clearInterval(ping);
    unsubscribe();
    signal.removeEventListener("abort", onAbort);
  };
  let onAbort = () => cleanup();

  // Subscribe before the first byte, so `ready` means every later commit will be delivered.
  unsubscribe = await subscribeToDocument(documentId, (change) => send(`id: ${change.activityId}\nevent: change\ndata: ${JSON.stringify(change)}\n\n`));
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
      send(`retry: 3000\nevent: ready\ndata: ${JSON.stringify({ documentId })}\n\n`);
      ping = setInterval(() => send(": ping\n\n"), PING_MS);
    },
    cancel() {
      cleanup();
    },
  });
}
