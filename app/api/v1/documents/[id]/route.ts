import { apiRoute, readJsonObject } from "@/lib/server/api";
import { deleteDocument } from "@/lib/server/use-cases/delete-document";
import { getDocument } from "@/lib/server/use-cases/get-document";
import { updateDocument } from "@/lib/server/use-cases/update-document";

// GET -> the document with its text, units and relations; 404 outside your workspaces.
export const GET = apiRoute<{ id: string }>(async (_req, { id }, user) => {
  const { document } = await getDocument({ userId: user.id, input: { documentId: id } });
  return Response.json(document);
});

// PATCH {doubleReview} -> 200 {id, doubleReview}: review settings (editors and owners).
export const PATCH = apiRoute<{ id: string }>(async (req, { id }, user) =>
  Response.json(await updateDocument({ userId: user.id, input: { ...(await readJsonObject(req)), documentId: id } })),
);

// DELETE -> 204: the document with its units, relations, comments and evidence (editors and owners).
export const DELETE = apiRoute<{ id: string }>(async (_req, { id }, user) => {
  await deleteDocument({ userId: user.id, input: { documentId: id } });
  return new Response(null, { status: 204 });
});
