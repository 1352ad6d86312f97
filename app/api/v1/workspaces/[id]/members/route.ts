import { apiRoute, readJson } from "@/lib/server/api";
import { addMember } from "@/lib/server/use-cases/add-member";
import { listMembers } from "@/lib/server/use-cases/list-members";
import type { TAddMemberInput } from "@/lib/validation/workspace";

// GET -> {members: [{user: {id, name, email}, role}]} for any member; 404 otherwise.
export const GET = apiRoute<{ id: string }>(async (_req, { id }, user) => {
  const members = await listMembers({ userId: user.id, workspaceId: id });
  return Response.json({ members: members.map(({ role, ...member }) => ({ user: member, role })) });
});

// POST {email, role} -> 201 {user, role}. Owners only (403 for other members, 404 for
// non-members); 404 when no account uses the email, 409 when already a member.
export const POST = apiRoute<{ id: string }>(async (req, { id }, user) => {
  const input = (await readJson(req)) as TAddMemberInput;
  return Response.json(await addMember({ userId: user.id, workspaceId: id, input }), { status: 201 });
});
