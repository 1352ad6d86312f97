import { apiRoute, readJsonObject } from "@/lib/server/api";
import { deleteArgument } from "@/lib/server/use-cases/delete-argument";
import { getArgument } from "@/lib/server/use-cases/get-argument";
import { updateArgument } from "@/lib/server/use-cases/update-argument";

export const GET = apiRoute<{ id: string }>(async (_req, { id }, user) => Response.json(await getArgument({ userId: user.id, input: { argumentId: id } })));

// PATCH {version, title?, schemeId?, status?, statements?} -> 200, or 409 with error.details.current when stale.
export const PATCH = apiRoute<{ id: string }>(async (req, { id }, user) =>
  Response.json(await updateArgument({ userId: user.id, input: { ...(await readJsonObject(req)), argumentId: id } })),
);

// DELETE ?version=N (or a JSON body {version}) -> 204.
export const DELETE = apiRoute<{ id: string }>(async (req, { id }, user) => {
  const fromQuery = new URL(req.url).searchParams.get("version");
  const body = fromQuery !== null ? { version: Number(fromQuery) } : await readJsonObject(req);
  await deleteArgument({ userId: user.id, input: { ...body, argumentId: id } });
  return new Response(null, { status: 204 });
});
