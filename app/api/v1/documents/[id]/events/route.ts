import { apiRoute } from "@/lib/server/api";
import { openDocumentEvents } from "@/lib/server/realtime";

// A long-lived stream: never prerendered or cached.
export const dynamic = "force-dynamic";

// GET -> text/event-stream: `event: ready`, then `event: change` per committed change of this
// document (id = activity id, data = {activityId, workspaceId, documentId, action, entityType,
// entityId}), and a `: ping` comment every 25 s. 404 outside your workspaces, 401 signed out.
export const GET = apiRoute<{ id: string }>(async (req, { id }, user) => {
  const stream = await openDocumentEvents({ userId: user.id, documentId: id, signal: req.signal });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: keeps compression (and proxies) from buffering the stream.
      "Cache-Control": "no-store, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
});
