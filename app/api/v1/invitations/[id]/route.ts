import { apiRoute } from "@/lib/server/api";
import { revokeInvitation } from "@/lib/server/use-cases/revoke-invitation";

// DELETE -> 204: the link stops working. Owners of its workspace; 409 when already used.
export const DELETE = apiRoute<{ id: string }>(async (_req, { id }, user) => {
  await revokeInvitation({ userId: user.id, input: { invitationId: id } });
  return new Response(null, { status: 204 });
});
