import "server-only";
import { requireUser, type CurrentUser } from "./current-user";
import { errorResponse } from "./errors";
import { userFromBearer } from "./tokens";

type Handler<P> = (req: Request, params: P, user: CurrentUser) => Promise<Response>;

/**
 * A REST route: the caller must be signed in, by `Authorization: Bearer <token>` (tried first; a
 * bad token is a 401, never a fallback to the cookie) or by the browser session (401 JSON
 * otherwise), and every failure becomes
 * {error:{code,message}} with its status, mapped in lib/server/errors.ts.
 */
export function apiRoute<P>(handler: Handler<P>) {
  return async (req: Request, ctx: { params: Promise<P> }): Promise<Response> => {
    try {
      const user = (await userFromBearer(req)) ?? (await requireUser());
      return await handler(req, await ctx.params, user);
    } catch (e) {
      return errorResponse(e);
    }
  };
}

// The JSON body readers live with the byte counting (read-body.ts); route files import them from here.
export { MAX_JSON_BYTES, readJson, readJsonObject } from "./read-body";
