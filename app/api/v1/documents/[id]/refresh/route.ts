import { apiRoute } from "@/lib/server/api";
import { checkForChanges } from "@/lib/server/use-cases/check-for-changes";

// POST -> 202 {jobId, state, location}: fetch the document's source page again as a background job
// (GET /api/v1/jobs/{id}); when done, GET …/snapshots says what changed. EDITOR or OWNER; a
// document not imported from a web address is a 400.
export const POST = apiRoute<{ id: string }>(async (_req, { id }, user) => {
  const { jobId } = await checkForChanges({ userId: user.id, input: { documentId: id } });
  const location = `/api/v1/jobs/${jobId}`;
  return Response.json({ jobId, state: "queued", location }, { status: 202, headers: { Location: location } });
});
