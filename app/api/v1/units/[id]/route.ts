import { apiRoute, readJsonObject } from "@/lib/server/api";
import { deleteUnit } from "@/lib/server/use-cases/delete-unit";
import { updateUnit } from "@/lib/server/use-cases/update-unit";

// PATCH {version, verdict?, rationale?, kind?, text?, status?, assigneeId?} -> 200 with the unit,
// or 409 with error.details.current when `version` is stale.
export const PATCH = apiRoute<{ id: string }>(async (req, { id }, user) =>
  Response.json(await updateUnit({ userId: user.id, input: { ...(await readJsonObject(req)), unitId: id } })),
);

// DELETE ?version=N (or a JSON body {version}) -> 204.
export const DELETE = apiRoute<{ id: string }>(async (req, { id }, user) => {
  const fromQuery = new URL(req.url).searchParams.get("version");
  const body = fromQuery !== null ? { version: Number(fromQuery) } : await readJsonObject(req);
  await deleteUnit({ userId: user.id, input: { ...body, unitId: id } });
  return new Response(null, { status: 204 });
});
