import { apiRoute, readJsonObject } from "@/lib/server/api";
import { archiveDocument } from "@/lib/server/use-cases/archive-document";

// POST {archived?: true|false} -> 200 {id, archivedAt}: archive (default) or unarchive (editors and owners).
export const POST = apiRoute<{ id: string }>(async (req, { id }, user) =>
  Response.json(await archiveDocument({ userId: user.id, input: { ...(await readJsonObject(req)), documentId: id } })),
);
