import { apiRoute } from "@/lib/server/api";
import { readImportRequest } from "@/lib/server/ingest/read-upload";
import { importDocument } from "@/lib/server/use-cases/import-document";
import { listWorkspaceDocuments } from "@/lib/server/use-cases/list-documents";

export const GET = apiRoute<{ id: string }>(async (_req, { id }, user) =>
  Response.json({ documents: await listWorkspaceDocuments({ userId: user.id, input: { workspaceId: id } }) }),
);

// POST {title, text, author?, publisher?, sourceUrl?, publishedAt?, language?} (paste), or
// {url, title?} (fetched), or {format, content} (an argument file), or multipart with a `file`
// -> 201 {id, units} after analysis. The use case validates the body and checks the caller's role.
export const POST = apiRoute<{ id: string }>(async (req, { id }, user) => {
  const created = await importDocument({ userId: user.id, input: await readImportRequest(req, id) });
  return Response.json(created, { status: 201, headers: { Location: `/api/v1/documents/${created.id}` } });
});
