import "server-only";
import { AppError } from "@/lib/domain/errors";
import { guessImportFormat } from "@/lib/formats";
import type { TImportArgumentFileInput } from "@/lib/validation/interchange";
import { readJson } from "../api";

/** Largest multipart upload accepted (a file plus a few fields). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `The upload is over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);

/** A multipart body's fields and its one file; 413 when too large (declared or actual). */
export async function readMultipart(req: Request): Promise<{ fields: Record<string, string>; file: File | null }> {
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
    else if (!file) file = value;
  }
  if (file && file.size > MAX_UPLOAD_BYTES) throw tooLarge();
  return { fields, file };
}

export function isMultipart(req: Request): boolean {
  return (req.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
}

/** An argument file from a JSON body ({format, content, title?}) or a multipart upload (`file`). */
export async function readImportFile(req: Request): Promise<TImportArgumentFileInput> {
  if (!isMultipart(req)) return (await readJson(req)) as TImportArgumentFileInput;
  const { fields, file } = await readMultipart(req);
  if (!file) throw new AppError("VALIDATION", "Attach the file as the `file` field.", { fields: { file: ["Choose a file."] } });
  const content = await file.text();
  const format = fields.format || guessImportFormat(file.name, content);
  if (!format) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Warrant cannot tell the file's format: choose AIF JSON, Argdown or Warrant JSON.");
  }
  return { format: format as TImportArgumentFileInput["format"], content, title: fields.title };
}
