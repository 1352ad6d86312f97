import { apiRoute, readJsonObject } from "@/lib/server/api";
import { createArgument } from "@/lib/server/use-cases/create-argument";
import { listArguments } from "@/lib/server/use-cases/list-arguments";

// GET -> {arguments: [...], relations: [...]}: the document's reconstructed arguments.
export const GET = apiRoute<{ id: string }>(async (_req, { id }, user) => Response.json(await listArguments({ userId: user.id, input: { documentId: id } })));

// POST {statements: [{unitId} | {text}, ...], title?, schemeId?} -> 201 with the argument.
export const POST = apiRoute<{ id: string }>(async (req, { id }, user) =>
  Response.json(await createArgument({ userId: user.id, input: { ...(await readJsonObject(req)), documentId: id } }), { status: 201 }),
);
