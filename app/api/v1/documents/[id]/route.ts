import { apiRoute } from "@/lib/server/api";
import { getDocument } from "@/lib/server/use-cases/get-document";
import { toDocumentView } from "@/lib/server/views";

export const GET = apiRoute<{ id: string }>(async (_req, { id }, user) => {
  const { document } = await getDocument({ userId: user.id, documentId: id });
  return Response.json(toDocumentView(document));
});
