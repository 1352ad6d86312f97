import { apiRoute } from "@/lib/server/api";
import { searchWorkspace } from "@/lib/server/use-cases/search-workspace";

// GET ?q=words&page=&document=&verdict=&kind=&archived= -> {total, page, pageSize, pageCount, results: [...]},
// across the caller's workspaces (prefix matching per word; near-duplicates collapsed into one result).
export const GET = apiRoute(async (req, _params, user) => {
  const { q = "", ...rest } = Object.fromEntries(new URL(req.url).searchParams);
  return Response.json(await searchWorkspace({ userId: user.id, input: { q, ...rest } }));
});
