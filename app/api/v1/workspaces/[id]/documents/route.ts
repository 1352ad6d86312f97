import { apiRoute, readJson } from "@/lib/server/api";
import { readImportRequest } from "@/lib/server/ingest/read-upload";
import { importArgumentFile } from "@/lib/server/use-cases/import-argument-file";
import { importDocument } from "@/lib/server/use-cases/import-document";
import { ingestDocument } from "@/lib/server/use-cases/ingest-document";
import { listWorkspaceDocuments } from "@/lib/server/use-cases/list-documents";
import type { TImportDocumentInput } from "@/lib/validation/document";

export const GET = apiRoute<{ id: string }>(async (_req, { id }, user) => {
  return Response.json({ documents: await listWorkspaceDocuments({ userId: user.id, workspaceId: id }) });
});

// POST {title, text, author?, publisher?, sourceUrl?, publishedAt?, language?} (paste), or
// {url, title?} (fetched), or multipart with a `file` -> 201 {id, units} after analysis.
// The use cases validate the body and check the caller's role.
export const POST = apiRoute<{ id: string }>(async (req, { id }, user) => {
  const created = (req.headers.get("content-type") ?? "").startsWith("multipart/")
    ? await fromUpload(req, id, user.id)
    : await fromJson((await readJson(req)) as TImportDocumentInput & { url?: string }, id, user.id);
  return Response.json(created, { status: 201, headers: { Location: `/api/v1/documents/${created.id}` } });
});

function fromJson(body: TImportDocumentInput & { url?: string }, workspaceId: string, userId: string) {
  if (typeof body?.url === "string" && body.text === undefined) {
    const { url, ...meta } = body;
    return ingestDocument({ userId, workspaceId, source: { url }, meta: meta as Record<string, string> });
  }
  return importDocument({ userId, workspaceId, input: body });
}

async function fromUpload(req: Request, workspaceId: string, userId: string) {
  const request = await readImportRequest(req);
  if (request.kind === "argument") return importArgumentFile({ userId, workspaceId, input: request.input });
  return ingestDocument({ userId, workspaceId, source: request.source, meta: request.meta });
}
