import { apiRoute } from "@/lib/server/api";
import { listMembers } from "@/lib/server/use-cases/list-members";

// GET -> {members: [{user: {id, name, email}, role, joinedAt, openAssignments}]} for any member; 404
// otherwise. People join by invitation: POST /api/v1/workspaces/{id}/invitations.
export const GET = apiRoute<{ id: string }>(async (_req, { id }, user) =>
  Response.json({ members: await listMembers({ userId: user.id, input: { workspaceId: id } }) }),
);
