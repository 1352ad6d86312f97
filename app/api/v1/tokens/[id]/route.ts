import { apiRoute } from "@/lib/server/api";
import { revokeApiToken } from "@/lib/server/use-cases/revoke-api-token";

// DELETE -> 200 {id, revokedAt}; the token stops working at once. Someone else's token: 404.
export const DELETE = apiRoute<{ id: string }>(async (_req, { id }, user) => Response.json(await revokeApiToken({ userId: user.id, input: { tokenId: id } })));
