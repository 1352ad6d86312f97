import "server-only";
import { ZodError } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { AppError, STATUS_BY_CODE, type ActionResult, type ErrorBody } from "@/lib/domain/errors";
import { headers } from "next/headers";
import { currentRequestId, log, withRequestId } from "./log";

/**
 * The one place where any thrown value becomes a status and a body a person can read. Inside a
 * request the body carries its id, so "request 3f2a…" in a bug report finds the server's log line.
 */
export function describeError(e: unknown): { status: number; body: ErrorBody } {
  const described = describe(e);
  const requestId = currentRequestId();
  if (requestId) described.body.error.requestId = requestId;
  return described;
}

function describe(e: unknown): { status: number; body: ErrorBody } {
  if (e instanceof AppError) {
    const fields = (e.details as { fields?: Record<string, string[]> } | undefined)?.fields;
    return { status: STATUS_BY_CODE[e.code], body: { error: { code: e.code, message: e.message, fields, details: e.details } } };
  }
  if (e instanceof ZodError) {
    const fields: Record<string, string[]> = {};
    for (const issue of e.issues) (fields[issue.path.join(".") || "_"] ??= []).push(issue.message);
    const message = e.issues[0]?.message ?? "The input is not valid.";
    // A size limit checked by a schema (lib/validation/limits.ts TOO_LARGE) is a 413, like the readers'.
    const tooLarge = e.issues.find((i) => i.code === "custom" && (i.params as { tooLarge?: boolean } | undefined)?.tooLarge);
    if (tooLarge) return { status: 413, body: { error: { code: "PAYLOAD_TOO_LARGE", message: tooLarge.message, fields } } };
    return { status: 400, body: { error: { code: "VALIDATION", message, fields } } };
  }
  // Prisma errors are recognised by code, never by message text.
  if (e instanceof Prisma.PrismaClientKnownRequestError) {
    if (e.code === "P2002") return { status: 409, body: { error: { code: "CONFLICT", message: "That already exists." } } };
    if (e.code === "P2025") return { status: 404, body: { error: { code: "NOT_FOUND", message: "That record was not found." } } };
  }
  log.error({ err: e }, "unexpected error");
  const requestId = currentRequestId();
  return {
    status: 500,
    body: {
      error: {
        code: "INTERNAL",
        message: `Something went wrong on our side. Your change was not saved; please try again.${requestId ? ` If it happens again, tell your administrator: request ${requestId}.` : ""}`,
      },
    },
  };
}

export function errorResponse(e: unknown): Response {
  const { status, body } = describeError(e);
  // A throttled request says when to come back (RFC 9110 Retry-After, in seconds).
  const retry = (body.error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
  return Response.json(body, { status, headers: status === 429 && retry ? { "Retry-After": String(retry) } : undefined });
}

/** Server actions are public endpoints: run one, and turn any failure into a typed result. */
export async function runAction<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  const requestId = currentRequestId() ?? (await requestIdOfAction());
  const run = async (): Promise<ActionResult<T>> => {
    try {
      return { ok: true, data: await fn() };
    } catch (e) {
      if (isNextControlFlow(e)) throw e;
      return { ok: false, ...describeError(e).body };
    }
  };
  return requestId ? withRequestId(requestId, run) : run();
}

/** The id proxy.ts gave the request a server action (or page) is serving; none outside a request (tests, CLI). */
async function requestIdOfAction(): Promise<string | undefined> {
  try {
    return (await headers()).get("x-request-id") ?? undefined;
  } catch {
    return undefined;
  }
}

/** redirect() and notFound() throw on purpose; they must pass through. */
export function isNextControlFlow(e: unknown): boolean {
  const digest = (e as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK") || digest === "NEXT_NOT_FOUND");
}
