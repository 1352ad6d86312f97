import { apiRoute, readJson } from "@/lib/server/api";
import { attachSource } from "@/lib/server/use-cases/attach-source";
import type { TAttachSourceInput } from "@/lib/validation/source";

// POST {url, title, publisher?, publishedAt?, accessedAt?, excerpt?, stance} or {sourceId, stance} -> 201.
export const POST = apiRoute<{ id: string }>(async (req, { id }, user) => {
  const input = (await readJson(req)) as TAttachSourceInput;
  const evidence = await attachSource({ userId: user.id, unitId: id, input });
  return Response.json({ unitId: evidence.unitId, sourceId: evidence.sourceId, stance: evidence.stance, excerpt: evidence.excerpt, source: evidence.source }, { status: 201 });
});
