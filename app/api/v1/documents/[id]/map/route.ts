import { apiRoute } from "@/lib/server/api";
import { getArgumentMap } from "@/lib/server/use-cases/get-argument-map";

// GET -> the whole argument map model (format "warrant.argument-map", version 1) as JSON.
export const GET = apiRoute<{ id: string }>(async (_req, { id }, user) => {
  const { map } = await getArgumentMap({ userId: user.id, input: { documentId: id } });
  return Response.json(map);
});
