import { apiRoute, readJsonObject } from "@/lib/server/api";
import { acceptInvitation } from "@/lib/server/use-cases/accept-invitation";

// POST {token} -> 200 {workspaceId, role}: the signed-in account with the invited email joins.
// 400 expired, used or revoked; 403 another email; 404 a token nobody issued.
export const POST = apiRoute(async (req, _params, user) => Response.json(await acceptInvitation({ userId: user.id, input: await readJsonObject(req) })));
