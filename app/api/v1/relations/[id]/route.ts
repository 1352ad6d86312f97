import { apiRoute, readJsonObject } from "@/lib/server/api";
import { deleteRelation } from "@/lib/server/use-cases/delete-relation";
import { updateRelation } from "@/lib/server/use-cases/update-relation";

// PATCH {type, expectedType?} -> 200 with the relation (409 when expectedType is stale or the edge exists).
export const PATCH = apiRoute<{ id: string }>(async (req, { id }, user) =>
  Response.json(await updateRelation({ userId: user.id, input: { ...(await readJsonObject(req)), relationId: id } })),
);

// DELETE -> 204.
export const DELETE = apiRoute<{ id: string }>(async (_req, { id }, user) => {
  await deleteRelation({ userId: user.id, input: { relationId: id } });
  return new Response(null, { status: 204 });
});
