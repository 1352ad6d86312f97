import { apiRoute, readJsonObject } from "@/lib/server/api";
import { getArgumentMap } from "@/lib/server/use-cases/get-argument-map";
import { saveMapLayout } from "@/lib/server/use-cases/save-map-layout";

// GET -> {positions}: where users dragged the map's nodes ({} = automatic layout).
export const GET = apiRoute<{ id: string }>(async (_req, { id }, user) => {
  const { positions } = await getArgumentMap({ userId: user.id, input: { documentId: id } });
  return Response.json({ positions });
});

// PUT {positions: {unitId: {x, y}}, replace?} -> {positions} as stored (merged unless replace).
export const PUT = apiRoute<{ id: string }>(async (req, { id }, user) =>
  Response.json({ positions: await saveMapLayout({ userId: user.id, input: { ...(await readJsonObject(req)), documentId: id } }) }),
);
