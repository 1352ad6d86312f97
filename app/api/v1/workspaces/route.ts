import { apiRoute, readJson } from "@/lib/server/api";
import { createWorkspace } from "@/lib/server/use-cases/create-workspace";
import { listWorkspaces } from "@/lib/server/use-cases/list-workspaces";
import type { TCreateWorkspaceInput } from "@/lib/validation/workspace";

export const GET = apiRoute(async (_req, _params, user) => {
  return Response.json({ workspaces: await listWorkspaces({ userId: user.id, action: "workspace.read" }) });
});

// POST {name} -> 201 {id, name, slug, role: "OWNER"}: any signed-in user.
export const POST = apiRoute(async (req, _params, user) => {
  const input = (await readJson(req)) as TCreateWorkspaceInput;
  const workspace = await createWorkspace({ userId: user.id, input });
  return Response.json(workspace, { status: 201, headers: { Location: `/api/v1/workspaces/${workspace.id}/documents` } });
});
