import "server-only";
import { AppError } from "@/lib/domain/errors";
import { guessImportFormat } from "@/lib/formats";
import { IMPORT_FORMATS, type TImportArgumentFileInput } from "@/lib/validation/interchange";
import { readJson } from "../api";
import type { IngestMeta, IngestSource } from "../use-cases/ingest-document";

/** Largest multipart upload accepted (a file plus a few fields). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export type ImportRequest =
  | { kind: "argument"; input: TImportArgumentFileInput }
  | { kind: "ingest"; source: IngestSource; meta: IngestMeta };

const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `The upload is over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);
const str = (v: unknown) => (typeof v === "string" && v.trim() ? v : undefined);
const metaOf = (o: Record<string, unknown>): IngestMeta => ({ title: str(o.title), author: str(o.author), publisher: str(o.publisher), publishedAt: str(o.publishedAt), language: str(o.language) });

async function readMultipart(req: Request): Promise<{ fields: Record<string, string>; file: File | null }> {
  if (Number(req.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES) throw tooLarge();
  let form: FormData;
  try {
    form = await req.formData();
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

/**
 * What POST /workspaces/{id}/imports was sent: JSON {format, content} (an argument file) or
 * {url}; or multipart with a `url` field or a `file` (an argument file when its format is given
 * or recognised, otherwise a .txt/.md/.html/.docx/.pdf document).
 */
export async function readImportRequest(req: Request): Promise<ImportRequest> {
  if (!(req.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) {
    const body = (await readJson(req)) as Record<string, unknown> | null;
    if (body && typeof body === "object" && typeof body.url === "string") return { kind: "ingest", source: { url: body.url }, meta: metaOf(body) };
    return { kind: "argument", input: body as TImportArgumentFileInput };
  }
  const { fields, file } = await readMultipart(req);
  if (!file) {
    if (fields.url) return { kind: "ingest", source: { url: fields.url }, meta: metaOf(fields) };
    throw new AppError("VALIDATION", "Choose a file or enter a URL.", { fields: { file: ["Choose a file or enter a URL."] } });
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const head = new TextDecoder().decode(bytes.slice(0, 8000));
  const format = (IMPORT_FORMATS as readonly string[]).includes(fields.format ?? "") ? fields.format : guessImportFormat(file.name, head);
  if (format && !/\.(txt|md|markdown|html?|docx|pdf)$/i.test(file.name)) {
    return { kind: "argument", input: { format: format as TImportArgumentFileInput["format"], content: new TextDecoder().decode(bytes), title: fields.title } };
  }
  return { kind: "ingest", source: { file: { name: file.name, type: file.type || "application/octet-stream", bytes } }, meta: metaOf(fields) };
}
