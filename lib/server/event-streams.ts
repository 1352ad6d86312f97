import "server-only";
import { db } from "./db";
import { requireDocumentAccess } from "./guards";
import { readOwnJob } from "./jobs/queue";
import { isPresence, subscribeToDocumentAndPresence, subscribeToUser, type ChangeEvent } from "./realtime";
import { closeStreamSlot, openStreamSlot, renewStreamSlot, STREAM_RECHECK_MS, streamStillAllowed, type StreamAccess } from "./streams";

const PING_MS = 25_000;

// Server-Sent Events streams built on the change hub (realtime.ts): a document's changes and
// presence, a person's own events, and one background job's progress.

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

/**
 * One background job's progress for the person who started it (else NOT_FOUND): its state at
 * once, then `event: job` with the whole state each time it moves (re-read in order, so a stream
 * never goes backwards). The client closes it when the state is done or failed.
 */
export async function openJobEvents({
  userId,
  jobId,
  signal,
  tokenId,
  sessionId,
}: {
  userId: string;
  jobId: string;
  signal: AbortSignal;
  tokenId?: string | null;
  sessionId?: string | null;
}): Promise<ReadableStream<Uint8Array>> {
  await readOwnJob(userId, jobId);
  const frame = async () => sseFrame("job", await readOwnJob(userId, jobId));
  return eventStream(
    signal,
    { userId, tokenId, sessionId },
    { jobId },
    (send) => {
      let chain = Promise.resolve();
      return subscribeToUser(userId, (event) => {
        if (event.type !== "job" || event.jobId !== jobId) return;
        chain = chain.then(() => frame().then(send, () => send(sseFrame("revoked", { message: "That import is no longer visible to you." }))));
      });
    },
    async () => [await frame()],
  );
}
