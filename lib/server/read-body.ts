import "server-only";
import { AppError } from "@/lib/domain/errors";

/**
 * A request body read as a stream, counting bytes: refused at once when Content-Length says it
 * is too large, and cut as soon as the count passes `maxBytes` otherwise (a chunked body without
 * Content-Length is never held in memory beyond the limit). Throws `tooLarge()` (a 413).
 */
export async function readBodyLimited(req: Request, maxBytes: number, tooLarge: () => AppError): Promise<Uint8Array<ArrayBuffer>> {
  const declared = req.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) {
    await req.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let step: ReadableStreamReadResult<Uint8Array>;
    try {
      step = await reader.read();
    } catch {
      throw new AppError("VALIDATION", "The request body could not be read.");
    }
    if (step.done) break;
    size += step.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(step.value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return body;
}

/** Largest JSON body accepted by the REST API (a 2 MB document plus its metadata). */
export const MAX_JSON_BYTES = 3 * 1024 * 1024;

/**
 * The request's JSON body: 415 for another content type, 413 when too large (by Content-Length,
 * or counted while streaming: reading stops at the limit), 400 when malformed.
 */
export async function readJson(req: Request): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as JSON (Content-Type: application/json).");
  }
  const body = new TextDecoder().decode(await readBodyLimited(req, MAX_JSON_BYTES, tooLarge));
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
