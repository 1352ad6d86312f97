import { apiRoute, readJson } from "@/lib/server/api";
import { deleteRelation } from "@/lib/server/use-cases/delete-relation";
import { updateRelation } from "@/lib/server/use-cases/update-relation";
import { toRelationView } from "@/lib/server/views";
import type { TUpdateRelationInput } from "@/lib/validation/relation";

// PATCH {type, expectedType?} -> 200 with the relation (409 when expectedType is stale or the edge exists).
export const PATCH = apiRoute<{ id: string }>(async (req, { id }, user) => {
  const input = (await readJson(req)) as TUpdateRelationInput;
  return Response.json(toRelationView(await updateRelation({ userId: user.id, relationId: id, input })));
});

// DELETE -> 204.
export const DELETE = apiRoute<{ id: string }>(async (_req, { id }, user) => {
  await deleteRelation({ userId: user.id, relationId: id });
  return new Response(null, { status: 204 });
});
