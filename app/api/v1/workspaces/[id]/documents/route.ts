import { apiRoute } from "@/lib/server/api";
import { importResponse } from "@/lib/server/import-response";
import { listWorkspaceDocuments } from "@/lib/server/use-cases/list-documents";

export const GET = apiRoute<{ id: string }>(async (_req, { id }, user) =>
  Response.json({ documents: await listWorkspaceDocuments({ userId: user.id, input: { workspaceId: id } }) }),
);

// POST {title, text, author?, publisher?, sourceUrl?, publishedAt?, language?} (paste), or
// {url, title?} (fetched), or {format, content} (an argument file), or multipart with a `file`:
// a short paste or an argument file -> 201 {id, units} after analysis; a page, a file or a long
// text -> 202 {jobId, state, location} (a background job). Same as POST …/imports.
export const POST = apiRoute<{ id: string }>(async (req, { id }, user) => importResponse(req, id, user.id));
