import { apiRoute } from "@/lib/server/api";
import { readImportFile } from "@/lib/server/ingest/read-upload";
import { importArgumentFile } from "@/lib/server/use-cases/import-argument-file";

// POST {format: "aif"|"argdown"|"json", content, title?} as JSON, or multipart with a `file`
// (format from a `format` field, else guessed) -> 201 {id, units, relations, sources}.
export const POST = apiRoute<{ id: string }>(async (req, { id }, user) => {
  const input = await readImportFile(req);
  const result = await importArgumentFile({ userId: user.id, workspaceId: id, input });
  return Response.json(result, { status: 201, headers: { Location: `/api/v1/documents/${result.id}` } });
});
