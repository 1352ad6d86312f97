import { apiRoute, readJsonObject } from "@/lib/server/api";
import { createUnit } from "@/lib/server/use-cases/create-unit";
import { listUnits } from "@/lib/server/use-cases/list-units";

// GET ?kind=&verdict=&status=&assignee=&sources=with|without&minCheckworthy= (lists: comma-separated)
export const GET = apiRoute<{ id: string }>(async (req, { id }, user) => {
  const query = Object.fromEntries(new URL(req.url).searchParams);
  return Response.json({ units: await listUnits({ userId: user.id, input: { documentId: id, query } }) });
});

// POST {start, end, kind} -> 201 with the new unit (a manual unit over the original text).
export const POST = apiRoute<{ id: string }>(async (req, { id }, user) =>
  Response.json(await createUnit({ userId: user.id, input: { ...(await readJsonObject(req)), documentId: id } }), { status: 201 }),
);
