import { apiRoute, readJson } from "@/lib/server/api";
import { createRelation } from "@/lib/server/use-cases/create-relation";
import { toRelationView } from "@/lib/server/views";
import type { TCreateRelationInput } from "@/lib/validation/relation";

// POST {fromId, toId, type} -> 201 with the relation; 400 self-loop or a unit of another
// document, 404 outside your workspaces, 409 when the same edge exists.
export const POST = apiRoute<{ id: string }>(async (req, { id }, user) => {
  const input = (await readJson(req)) as TCreateRelationInput;
  const relation = await createRelation({ userId: user.id, documentId: id, input });
  return Response.json(toRelationView(relation), { status: 201 });
});
