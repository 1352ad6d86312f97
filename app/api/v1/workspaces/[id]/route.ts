import { apiRoute, readJsonObject } from "@/lib/server/api";
import { getWorkspace } from "@/lib/server/use-cases/get-workspace";
import { updateWorkspace } from "@/lib/server/use-cases/update-workspace";

// GET -> {id, name, slug, role, assignedOnly} for any member; 404 otherwise.
export const GET = apiRoute<{ id: string }>(async (_req, { id }, user) => Response.json(await getWorkspace({ userId: user.id, input: { workspaceId: id } })));

// PATCH {name?, assignedOnly?} -> 200 the workspace; owners only (403 other members, 404 non-members).
export const PATCH = apiRoute<{ id: string }>(async (req, { id }, user) =>
  Response.json(await updateWorkspace({ userId: user.id, input: { ...(await readJsonObject(req)), workspaceId: id } })),
);
