import { apiRoute } from "@/lib/server/api";
import { openDocumentEvents } from "@/lib/server/event-streams";

// A long-lived stream: never prerendered or cached.
export const dynamic = "force-dynamic";

// GET -> text/event-stream: `event: ready`, then `event: change` per committed change of this
// document (id = activity id, data = {activityId, workspaceId, documentId, action, entityType,
// entityId}), `event: presence` when who is on it changes, and a `: ping` comment every 25 s.
// Last-Event-ID (sent by EventSource on reconnect) replays the changes missed, or sends
// `event: reset` (re-read everything). Access is re-checked every 5 s (lost: `event: revoked`,
// end). 404 outside your workspaces, 401 signed out, 429 past the open-stream cap.
export const GET = apiRoute<{ id: string }>(async (req, { id }, user) => {
  const stream = await openDocumentEvents({
    userId: user.id,
    tokenId: user.tokenId,
    sessionId: user.sessionId,
    documentId: id,
    lastEventId: req.headers.get("last-event-id") ?? new URL(req.url).searchParams.get("lastEventId"),
    signal: req.signal,
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: keeps compression (and proxies) from buffering the stream.
      "Cache-Control": "no-store, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
});
