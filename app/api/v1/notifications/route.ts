import { apiRoute } from "@/lib/server/api";
import { listNotifications } from "@/lib/server/use-cases/list-notifications";

// GET ?unread=true&cursor=&limit= -> {unread, notifications: [...], nextCursor}: the caller's own, newest first.
export const GET = apiRoute(async (req, _params, user) =>
  Response.json(await listNotifications({ userId: user.id, input: Object.fromEntries(new URL(req.url).searchParams) })),
);
