import { apiRoute, readJsonObject } from "@/lib/server/api";
import { createRelation } from "@/lib/server/use-cases/create-relation";

// POST {fromId, toId, type} -> 201 with the relation; 400 self-loop or a unit of another
// document, 404 outside your workspaces, 409 when the same edge exists.
export const POST = apiRoute<{ id: string }>(async (req, { id }, user) =>
  Response.json(await createRelation({ userId: user.id, input: { ...(await readJsonObject(req)), documentId: id } }), { status: 201 }),
);
