import { apiRoute, readJson } from "@/lib/server/api";
import { addComment } from "@/lib/server/use-cases/add-comment";
import type { TCommentInput } from "@/lib/validation/source";

// POST {body} -> 201 with the comment.
export const POST = apiRoute<{ id: string }>(async (req, { id }, user) => {
  const input = (await readJson(req)) as TCommentInput;
  const c = await addComment({ userId: user.id, unitId: id, input });
  return Response.json({ id: c.id, unitId: c.unitId, body: c.body, author: c.author, createdAt: c.createdAt, resolvedAt: c.resolvedAt }, { status: 201 });
});
