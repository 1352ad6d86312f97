import "server-only";
import { AppError } from "@/lib/domain/errors";
import { textProblem } from "@/lib/validation/text";
import { requireUser, type CurrentUser } from "./current-user";
import { errorResponse } from "./errors";
import { userFromBearer } from "./tokens";

/** Largest JSON body accepted by the REST API (a 2 MB document plus its metadata). */
export const MAX_JSON_BYTES = 3 * 1024 * 1024;

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
      return await handler(req, checkPathParams(await ctx.params), user);
    } catch (e) {
      return errorResponse(e);
    }
  };
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

/** The request's JSON body: 415 for another content type, 413 when too large, 400 when malformed. */
export async function readJson(req: Request): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as JSON (Content-Type: application/json).");
  }
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > MAX_JSON_BYTES) throw tooLarge();
  const body = await req.text();
  if (new TextEncoder().encode(body).length > MAX_JSON_BYTES) throw tooLarge();
  try {
    return JSON.parse(body);
  } catch {
    throw new AppError("VALIDATION", "The body is not valid JSON.");
  }
}

/** The request's JSON body when it must be an object (path ids are merged into it): 400 otherwise. */
export async function readJsonObject(req: Request): Promise<Record<string, unknown>> {
  const body = await readJson(req);
  if (!body || typeof body !== "object" || Array.isArray(body)) throw new AppError("VALIDATION", "Send the body as a JSON object.");
  return body as Record<string, unknown>;
}

function tooLarge() {
  return new AppError("PAYLOAD_TOO_LARGE", `The request body is over ${MAX_JSON_BYTES / 1024 / 1024} MB.`);
}
