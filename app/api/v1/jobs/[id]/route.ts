import { apiRoute } from "@/lib/server/api";
import { getJob } from "@/lib/server/use-cases/get-job";

// GET -> {id, kind, state: queued|running|done|failed, stage, progress 0–1, documentId, title,
// error: {code, message}|null, createdAt, finishedAt}: one of your background imports (404 otherwise).
export const GET = apiRoute<{ id: string }>(async (_req, { id }, user) => Response.json(await getJob({ userId: user.id, input: { jobId: id } })));
