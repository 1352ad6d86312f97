import { apiRoute, readJsonObject } from "@/lib/server/api";
import { markNotificationsRead } from "@/lib/server/use-cases/mark-notifications-read";

// POST {ids: [...]} or {all: true} -> {marked, unread}. Only the caller's own notifications change.
export const POST = apiRoute(async (req, _params, user) => Response.json(await markNotificationsRead({ userId: user.id, input: await readJsonObject(req) })));
