import { apiRoute } from "@/lib/server/api";
import { openJobEvents } from "@/lib/server/event-streams";

export const dynamic = "force-dynamic";

// GET -> text/event-stream: `event: ready`, then `event: job` with the job's whole state (as GET
// /jobs/{id}) at once and each time it moves; close it when the state is done or failed.
export const GET = apiRoute<{ id: string }>(async (req, { id }, user) => {
  const stream = await openJobEvents({ userId: user.id, tokenId: user.tokenId, sessionId: user.sessionId, jobId: id, signal: req.signal });
  return new Response(stream, {
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store, no-transform", "X-Accel-Buffering": "no" },
  });
});
