import { apiRoute } from "@/lib/server/api";
import { listWorkspaces } from "@/lib/server/use-cases/list-workspaces";

export const GET = apiRoute(async (_req, _params, user) => {
  return Response.json({ workspaces: await listWorkspaces({ userId: user.id, action: "workspace.read" }) });
});
