import { apiRoute } from "@/lib/server/api";
import { getDocument } from "@/lib/server/use-cases/get-document";

// GET -> the document with its text, units and relations; 404 outside your workspaces.
export const GET = apiRoute<{ id: string }>(async (_req, { id }, user) => {
  const { document } = await getDocument({ userId: user.id, input: { documentId: id } });
  return Response.json(document);
});
