import { apiRoute } from "@/lib/server/api";
import { listWorkspaceActivity } from "@/lib/server/use-cases/list-workspace-activity";

// GET ?actor=<userId>&action=unit.verdict,unit.comment&cursor=&limit= -> {entries, people, units, actions, nextCursor}, newest first.
export const GET = apiRoute<{ id: string }>(async (req, { id }, user) =>
  Response.json(await listWorkspaceActivity({ userId: user.id, input: { ...Object.fromEntries(new URL(req.url).searchParams), workspaceId: id } })),
);
