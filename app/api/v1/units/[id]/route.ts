import { apiRoute, readJson } from "@/lib/server/api";
import { deleteUnit } from "@/lib/server/use-cases/delete-unit";
import { updateUnit } from "@/lib/server/use-cases/update-unit";
import type { TDeleteUnitInput, TUpdateUnitInput } from "@/lib/validation/unit";

// PATCH {version, verdict?, rationale?, kind?, text?, status?, assigneeId?} -> 200 with the unit,
// or 409 with error.details.current when `version` is stale.
export const PATCH = apiRoute<{ id: string }>(async (req, { id }, user) => {
  const input = (await readJson(req)) as TUpdateUnitInput;
  return Response.json(await updateUnit({ userId: user.id, unitId: id, input }));
});

// DELETE ?version=N (or a JSON body {version}) -> 204.
export const DELETE = apiRoute<{ id: string }>(async (req, { id }, user) => {
  const fromQuery = new URL(req.url).searchParams.get("version");
  const input = (fromQuery !== null ? { version: Number(fromQuery) } : await readJson(req)) as TDeleteUnitInput;
  await deleteUnit({ userId: user.id, unitId: id, input });
  return new Response(null, { status: 204 });
});
