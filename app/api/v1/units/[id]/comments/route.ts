import { apiRoute, readJsonObject } from "@/lib/server/api";
import { addComment } from "@/lib/server/use-cases/add-comment";

// POST {body} -> 201 with the comment.
export const POST = apiRoute<{ id: string }>(async (req, { id }, user) =>
  Response.json(await addComment({ userId: user.id, input: { ...(await readJsonObject(req)), unitId: id } }), { status: 201 }),
);
