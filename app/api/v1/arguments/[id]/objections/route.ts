import { apiRoute, readJsonObject } from "@/lib/server/api";
import { raiseObjection } from "@/lib/server/use-cases/raise-objection";

// POST {version, questionId, text?} -> 201 {argument, relation}: the failed question as an undercut or undermine.
export const POST = apiRoute<{ id: string }>(async (req, { id }, user) =>
  Response.json(await raiseObjection({ userId: user.id, input: { ...(await readJsonObject(req)), argumentId: id } }), { status: 201 }),
);
