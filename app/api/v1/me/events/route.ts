import { apiRoute } from "@/lib/server/api";
import { openUserEvents } from "@/lib/server/event-streams";

export const dynamic = "force-dynamic";

// GET -> text/event-stream of the caller's own events: `event: queue` (claims assigned to or
// taken from them), `event: notification` (the bell); data = {type, unitId?, documentId?}.
// The account, token and session are re-checked every 5 s (`event: revoked`, end); 429 past the cap.
export const GET = apiRoute(
  async (req, _params, user) =>
    new Response(await openUserEvents({ userId: user.id, tokenId: user.tokenId, sessionId: user.sessionId, signal: req.signal }), {
      headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store, no-transform", "X-Accel-Buffering": "no" },
    }),
);
