import { apiRoute, readJson } from "@/lib/server/api";
import { createUnit } from "@/lib/server/use-cases/create-unit";
import { listUnits } from "@/lib/server/use-cases/list-units";
import type { TCreateUnitInput } from "@/lib/validation/unit";

// GET ?kind=&verdict=&status=&assignee=&sources=with|without&minCheckworthy= (lists: comma-separated)
export const GET = apiRoute<{ id: string }>(async (req, { id }, user) => {
  const units = await listUnits({ userId: user.id, documentId: id, query: Object.fromEntries(new URL(req.url).searchParams) });
  return Response.json({ units });
});

// POST {start, end, kind} -> 201 with the new unit (a manual unit over the original text).
export const POST = apiRoute<{ id: string }>(async (req, { id }, user) => {
  const input = (await readJson(req)) as TCreateUnitInput;
  return Response.json(await createUnit({ userId: user.id, documentId: id, input }), { status: 201 });
});
