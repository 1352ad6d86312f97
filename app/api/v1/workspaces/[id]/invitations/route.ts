import { apiRoute, readJsonObject } from "@/lib/server/api";
import { requestBaseUrl } from "@/lib/server/base-url";
import { createInvitation } from "@/lib/server/use-cases/create-invitation";
import { listInvitations } from "@/lib/server/use-cases/list-invitations";

// GET -> {invitations: [{id, email, role, invitedBy, createdAt, expiresAt}]}: the pending ones; owners only.
export const GET = apiRoute<{ id: string }>(async (_req, { id }, user) =>
  Response.json({ invitations: await listInvitations({ userId: user.id, input: { workspaceId: id } }) }),
);

// POST {email, role} -> 201 {id, email, role, url, expiresAt, emailed}: the one-time link, shown
// this once. Owners only; the same answer whether or not the email has an account.
export const POST = apiRoute<{ id: string }>(async (req, { id }, user) => {
  const input = { ...(await readJsonObject(req)), workspaceId: id };
  const invitation = await createInvitation({ userId: user.id, input }, { baseUrl: requestBaseUrl(req) });
  return Response.json(invitation, { status: 201 });
});
