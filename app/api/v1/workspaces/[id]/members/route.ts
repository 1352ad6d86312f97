import { apiRoute, readJsonObject } from "@/lib/server/api";
import { addMember } from "@/lib/server/use-cases/add-member";
import { listMembers } from "@/lib/server/use-cases/list-members";

// GET -> {members: [{user: {id, name, email}, role, joinedAt}]} for any member; 404 otherwise.
export const GET = apiRoute<{ id: string }>(async (_req, { id }, user) =>
  Response.json({ members: await listMembers({ userId: user.id, input: { workspaceId: id } }) }),
);

// POST {email, role} -> 201 {user, role}. Owners only (403 for other members, 404 for
// non-members); 404 when no account uses the email, 409 when already a member.
export const POST = apiRoute<{ id: string }>(async (req, { id }, user) =>
  Response.json(await addMember({ userId: user.id, input: { ...(await readJsonObject(req)), workspaceId: id } }), { status: 201 }),
);
