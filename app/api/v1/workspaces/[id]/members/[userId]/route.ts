import { apiRoute, readJsonObject } from "@/lib/server/api";
import { removeMember } from "@/lib/server/use-cases/remove-member";
import { updateMemberRole } from "@/lib/server/use-cases/update-member-role";

type Params = { id: string; userId: string };

// PATCH {role} -> 200 the member. Owners only; 409 when it would demote the last owner.
export const PATCH = apiRoute<Params>(async (req, { id, userId }, user) =>
  Response.json(await updateMemberRole({ userId: user.id, input: { ...(await readJsonObject(req)), workspaceId: id, memberId: userId } })),
);

// DELETE -> 204. Removes a member (owners), or leaves (your own user id, any member); 409 for the last owner.
export const DELETE = apiRoute<Params>(async (_req, { id, userId }, user) => {
  await removeMember({ userId: user.id, input: { workspaceId: id, memberId: userId } });
  return new Response(null, { status: 204 });
});
