import { apiRoute } from "@/lib/server/api";
import { searchWorkspace } from "@/lib/server/use-cases/search-workspace";

// GET ?q=words -> {results: [...]}, across the caller's workspaces (prefix matching per word).
export const GET = apiRoute(async (req, _params, user) => {
  const q = new URL(req.url).searchParams.get("q") ?? "";
  return Response.json({ results: await searchWorkspace({ userId: user.id, input: { q } }) });
});
