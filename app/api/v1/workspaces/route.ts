import { apiRoute, readJson } from "@/lib/server/api";
import { createWorkspace } from "@/lib/server/use-cases/create-workspace";
import { listWorkspaces } from "@/lib/server/use-cases/list-workspaces";

export const GET = apiRoute(async (_req, _params, user) =>
  Response.json({ workspaces: await listWorkspaces({ userId: user.id, permission: "workspace.read" }) }),
);

// POST {name} -> 201 {id, name, slug, role: "OWNER"}: any signed-in user.
export const POST = apiRoute(async (req, _params, user) => {
  const workspace = await createWorkspace({ userId: user.id, input: await readJson(req) });
  return Response.json(workspace, { status: 201, headers: { Location: `/api/v1/workspaces/${workspace.id}/documents` } });
});
