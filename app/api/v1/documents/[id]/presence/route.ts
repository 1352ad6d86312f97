import { apiRoute, readJsonObject } from "@/lib/server/api";
import { heartbeatPresence } from "@/lib/server/use-cases/heartbeat-presence";
import { leavePresence } from "@/lib/server/use-cases/leave-presence";
import { listPresence } from "@/lib/server/use-cases/list-presence";

// GET -> [{userId, name, initials, unitId, seenAt}]: who has the document open now.
export const GET = apiRoute<{ id: string }>(async (_req, { id }, user) => Response.json(await listPresence({ userId: user.id, input: { documentId: id } })));

// POST {connectionId?, unitId?} -> the same list: a heartbeat of one tab (every ~10 s, and when its selection changes).
export const POST = apiRoute<{ id: string }>(async (req, { id }, user) => {
  const body = req.headers.get("content-type") ? await readJsonObject(req) : {};
  return Response.json(await heartbeatPresence({ userId: user.id, input: { ...body, documentId: id } }));
});

// DELETE ?connectionId= -> 204: the tab left.
export const DELETE = apiRoute<{ id: string }>(async (req, { id }, user) => {
  await leavePresence({ userId: user.id, input: { connectionId: new URL(req.url).searchParams.get("connectionId") ?? undefined, documentId: id } });
  return new Response(null, { status: 204 });
});
