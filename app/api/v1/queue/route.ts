import { apiRoute } from "@/lib/server/api";
import { getQueue } from "@/lib/server/use-cases/get-queue";

// GET -> {units: [{unitId, documentId, documentTitle, text, status, assignedAt, slot}], adjudications, counts}:
// the caller's open claims across workspaces, oldest assignment first.
export const GET = apiRoute(async (_req, _params, user) => Response.json(await getQueue({ userId: user.id, input: {} })));
