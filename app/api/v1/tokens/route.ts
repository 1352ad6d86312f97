import { AppError } from "@/lib/domain/errors";
import { apiRoute, readJsonObject, sessionUser } from "@/lib/server/api";
import { errorResponse } from "@/lib/server/errors";
import { clientAddress } from "@/lib/server/throttle";
import { bearerToken } from "@/lib/server/tokens";
import { createApiToken } from "@/lib/server/use-cases/create-api-token";
import { listApiTokens } from "@/lib/server/use-cases/list-api-tokens";

// POST {name, email, password, expiresInDays?} (or {name, expiresInDays?} from a signed-in
// browser session) -> 201 {id, name, createdAt, expiresAt, token}; the token is shown this once.
// A bearer token cannot create tokens (403): a leaked token must not be able to outlive its
// revocation by minting others. 401 for a wrong password, 429 after too many.
export async function POST(req: Request): Promise<Response> {
  try {
    const input = await readJsonObject(req);
    if (input.password === undefined && bearerToken(req) !== null) {
      throw new AppError("FORBIDDEN", "An API token cannot create tokens. Sign in, or send your email and password.");
    }
    const user = input.password === undefined ? await sessionUser(req) : null;
    const created = await createApiToken({ userId: user?.id, input, address: clientAddress(req.headers) });
    return Response.json(created, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    return errorResponse(e);
  }
}

// GET -> {tokens: [{id, name, createdAt, lastUsedAt, revokedAt, expiresAt}]}, never the secrets.
export const GET = apiRoute(async (_req, _params, user) => Response.json({ tokens: await listApiTokens({ userId: user.id }) }));
