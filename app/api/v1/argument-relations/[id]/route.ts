import { apiRoute } from "@/lib/server/api";
import { deleteArgumentRelation } from "@/lib/server/use-cases/delete-argument-relation";

// DELETE -> 204: withdraw an objection or support between arguments.
export const DELETE = apiRoute<{ id: string }>(async (_req, { id }, user) => {
  await deleteArgumentRelation({ userId: user.id, input: { relationId: id } });
  return new Response(null, { status: 204 });
});
