import { apiRoute } from "@/lib/server/api";
import { archiveSource, getSourceArchive } from "@/lib/server/use-cases/archive-source";

// GET -> {sourceId, url, finalUrl, archivedAt, contentType, sha256, text}: the archived copy (404 until made).
export const GET = apiRoute<{ id: string }>(async (_req, { id }, user) => Response.json(await getSourceArchive({ userId: user.id, input: { sourceId: id } })));

// POST -> 202 {jobId, state, location}: archive the source's page again (after a failure, or a fresh copy).
export const POST = apiRoute<{ id: string }>(async (_req, { id }, user) => {
  const { jobId } = await archiveSource({ userId: user.id, input: { sourceId: id } });
  const location = `/api/v1/jobs/${jobId}`;
  return Response.json({ jobId, state: "queued", location }, { status: 202, headers: { Location: location } });
});
