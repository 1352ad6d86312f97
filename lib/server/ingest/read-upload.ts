import "server-only";
import { AppError } from "@/lib/domain/errors";
import { argumentFormatOf } from "@/lib/formats";
import { readJson } from "../read-body";
import { readBodyLimited } from "../read-body";

/** Largest multipart upload accepted (a file plus a few fields). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `The upload is over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);

async function readMultipart(req: Request): Promise<{ fields: Record<string, string>; file: File | null }> {
  // Counted while streaming (stops at the limit, with or without Content-Length), then parsed.
  const bytes = await readBodyLimited(req, MAX_UPLOAD_BYTES, tooLarge);
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { "content-type": req.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw new AppError("VALIDATION", "The multipart body could not be read.");
  }
  const fields: Record<string, string> = {};
  let file: File | null = null;
  for (const [name, value] of form.entries()) {
    if (typeof value === "string") fields[name] = value;
    else if (!file && value.size > 0) file = value;
  }
  if (file && file.size > MAX_UPLOAD_BYTES) throw tooLarge();
  return { fields, file };
}

/** Which import a JSON body asks for: an argument file ({format, content}), a page ({url}), else pasted text. */
function sourceOf(body: Record<string, unknown>): "argument" | "url" | "paste" {
  if ("format" in body || "content" in body) return "argument";
  if (typeof body.url === "string" && body.text === undefined) return "url";
  return "paste";
}

/**
 * What an import request was sent, as the import use case's tagged input (it validates the
 * rest): JSON — pasted text {title, text, …}, a page {url}, or an argument file {format,
 * content}; or multipart with a `url` field or a `file` (an argument map when its format is
 * declared or recognised, otherwise a .txt/.md/.html/.docx/.pdf document).
 */
export async function readImportRequest(req: Request, workspaceId: string): Promise<unknown> {
  if (!(req.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) {
    const body = await readJson(req);
    if (!body || typeof body !== "object" || Array.isArray(body)) throw new AppError("VALIDATION", "Send the body as a JSON object.");
    return { ...body, source: sourceOf(body as Record<string, unknown>), workspaceId };
  }
  const { fields, file } = await readMultipart(req);
  if (!file) {
    if (fields.url) return { ...fields, source: "url", workspaceId };
    throw new AppError("VALIDATION", "Choose a file or enter a URL.", { fields: { file: ["Choose a file or enter a URL."] } });
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const format = argumentFormatOf(file.name, new TextDecoder().decode(bytes.slice(0, 8000)), fields.format);
  if (format) return { source: "argument", workspaceId, format, content: new TextDecoder().decode(bytes), title: fields.title };
  const { title, author, publisher, publishedAt, language } = fields;
  return {
    source: "file",
    workspaceId,
    file: { name: file.name, type: file.type || "application/octet-stream", bytes },
    title,
    author,
    publisher,
    publishedAt,
    language,
  };
}
