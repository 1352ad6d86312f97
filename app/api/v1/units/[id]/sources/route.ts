import { apiRoute, readJsonObject } from "@/lib/server/api";
import { attachSource } from "@/lib/server/use-cases/attach-source";

// POST {url, title, publisher?, publishedAt?, accessedAt?, excerpt?, stance} or {sourceId, stance} -> 201.
export const POST = apiRoute<{ id: string }>(async (req, { id }, user) =>
  Response.json(await attachSource({ userId: user.id, input: { ...(await readJsonObject(req)), unitId: id } }), { status: 201 }),
);
