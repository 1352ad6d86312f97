import "server-only";
import { AppError } from "@/lib/domain/errors";
import { requestIdFrom } from "./request-id";
import { textProblem } from "@/lib/validation/text";
import { requireUser, type CurrentUser } from "./current-user";
import { errorResponse } from "./errors";
import { log, withRequestId } from "./log";
import { assertSameOrigin } from "./origin";
import { userFromBearer } from "./tokens";

type Handler<P> = (req: Request, params: P, user: CurrentUser) => Promise<Response>;

/**
 * A REST route: the caller must be signed in, by `Authorization: Bearer <token>` (tried first; a
 * bad token is a 401, never a fallback to the cookie) or by the browser session (401 JSON
 * otherwise; a cookie-signed write from another site is a 403, lib/server/origin.ts), and every failure becomes
 * {error:{code,message,requestId}} with its status, mapped in lib/server/errors.ts. Each request
 * is one JSON log line (method, path, status, ms), and every line logged while serving it carries
 * its request id (lib/server/log.ts).
 */
export function apiRoute<P>(handler: Handler<P>) {
  return async (req: Request, ctx: { params: Promise<P> }): Promise<Response> => {
    const requestId = requestIdFrom(req.headers.get("x-request-id"));
    return withRequestId(requestId, async () => {
      const started = performance.now();
      let response: Response;
      try {
        const user = (await userFromBearer(req)) ?? (await sessionUser(req));
        response = await handler(req, checkPathParams(await ctx.params), user);
      } catch (e) {
        response = errorResponse(e);
      }
      if (!response.headers.has("X-Request-Id")) response.headers.set("X-Request-Id", requestId);
      log.info({ method: req.method, path: new URL(req.url).pathname, status: response.status, ms: Math.round(performance.now() - started) }, "request");
      return response;
    });
  };
}

/** The user of the session cookie, for a request that must then come from the app's own pages. */
export async function sessionUser(req: Request): Promise<CurrentUser> {
  assertSameOrigin(req);
  return requireUser();
}

/**
 * Path segments ({id}, {userId}) before any use case or query sees them: a NUL or a lone surrogate
 * (`/units/x%00y`) is a 400 here, whatever schema the route's use case has.
 */
export function checkPathParams<P>(params: P): P {
  for (const [name, value] of Object.entries((params ?? {}) as Record<string, unknown>)) {
    for (const part of Array.isArray(value) ? value : [value]) {
      const problem = typeof part === "string" ? textProblem(part) : null;
      if (problem) throw new AppError("VALIDATION", `The path segment {${name}} is not valid: ${problem}`);
    }
  }
  return params;
}

// The JSON body readers live with the byte counting (read-body.ts); route files import them from here.
export { MAX_JSON_BYTES, readJson, readJsonObject } from "./read-body";
