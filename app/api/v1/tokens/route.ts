import { apiRoute, readJsonObject, sessionUser } from "@/lib/server/api";
import { errorResponse } from "@/lib/server/errors";
import { userFromBearer } from "@/lib/server/tokens";
import { createApiToken } from "@/lib/server/use-cases/create-api-token";
import { listApiTokens } from "@/lib/server/use-cases/list-api-tokens";

// POST {name, email, password} (or {name} when signed in) -> 201 {id, name, createdAt, token};
// the token is shown this once. 401 for a wrong password, 429 after too many.
export async function POST(req: Request): Promise<Response> {
  try {
    const input = await readJsonObject(req);
    const user = input.password === undefined ? ((await userFromBearer(req)) ?? (await sessionUser(req))) : null;
    return Response.json(await createApiToken({ userId: user?.id, input }), { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    return errorResponse(e);
  }
}

// GET -> {tokens: [{id, name, createdAt, lastUsedAt, revokedAt}]}, never the secrets.
export const GET = apiRoute(async (_req, _params, user) => Response.json({ tokens: await listApiTokens({ userId: user.id }) }));
