import { apiRoute, readJson } from "@/lib/server/api";
import { importDocument } from "@/lib/server/use-cases/import-document";
import { listWorkspaceDocuments } from "@/lib/server/use-cases/list-documents";
import type { TImportDocumentInput } from "@/lib/validation/document";

export const GET = apiRoute<{ id: string }>(async (_req, { id }, user) => {
  return Response.json({ documents: await listWorkspaceDocuments({ userId: user.id, workspaceId: id }) });
});

// The use case validates the body (ZImportDocumentInput) and checks the caller's role.
export const POST = apiRoute<{ id: string }>(async (req, { id }, user) => {
  const input = (await readJson(req)) as TImportDocumentInput;
  const created = await importDocument({ userId: user.id, workspaceId: id, input });
  return Response.json(created, { status: 201 });
});
