// Typed errors: use cases throw them, lib/server/errors.ts maps codes to HTTP statuses and
// action results in one place. Messages are written for the person who will read them.
export type AppErrorCode =
  | "VALIDATION"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "VERSION_CONFLICT"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "RATE_LIMITED";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** Extra, safe-to-show data: field errors, or the current record on a version conflict. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const STATUS_BY_CODE: Record<AppErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
};

export function notFound(what: string): AppError {
  return new AppError("NOT_FOUND", `${what} was not found.`);
}

/** The JSON body of every refused request, and the failure half of an action result. */
export interface ErrorBody {
  error: { code: AppErrorCode | "INTERNAL"; message: string; fields?: Record<string, string[]>; details?: unknown; requestId?: string };
}

/** What a server action returns to the browser: its data, or the same error body the REST API sends. */
export type ActionResult<T> = { ok: true; data: T } | ({ ok: false } & ErrorBody);
