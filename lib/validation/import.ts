// One import, whatever it comes from: the page's paste form, the REST API (JSON or multipart),
// or the CLI. Each adapter says what it was given as a tagged input; the import use case does
// the rest (fetch, extract, analyse, save) the same way for all of them.
import { z } from "zod";
import { ZHttpUrl, ZImportDocumentInput } from "./document";
import { ZId } from "./ids";
import { IMPORT_FORMATS } from "./interchange";
import { MAX_ARGUMENT_FILE_BYTES, MAX_TITLE_LENGTH, TOO_LARGE, utf8Bytes } from "./limits";

const workspaceId = ZId("The workspace");
const optional = (max: number) => z.string().trim().max(max, `Keep this under ${max} characters.`).optional().transform((v) => v || undefined);

/** Details a person may give for a fetched page or an uploaded file (else taken from the file). */
const meta = {
  title: optional(MAX_TITLE_LENGTH),
  author: optional(200),
  publisher: optional(200),
  publishedAt: optional(40),
  language: optional(40),
};

export const ZImportInput = z.discriminatedUnion("source", [
  /** Pasted text with its details: analysed at once. */
  z.object({ source: z.literal("paste"), workspaceId, ...ZImportDocumentInput.shape }),
  /** A web page, fetched through the SSRF guard. */
  z.object({ source: z.literal("url"), workspaceId, url: ZHttpUrl, ...meta }),
  /** An uploaded .txt/.md/.html/.docx/.pdf (server adapters only: the bytes are already read). */
  z.object({
    source: z.literal("file"),
    workspaceId,
    file: z.object({ name: z.string().max(1000), type: z.string().max(200), bytes: z.instanceof(Uint8Array) }),
    ...meta,
  }),
  /** An argument map file: its statements and relations replace the analyser's. */
  z.object({
    source: z.literal("argument"),
    workspaceId,
    format: z.enum(IMPORT_FORMATS, { message: `Choose a format: ${IMPORT_FORMATS.join(", ")}.` }),
    content: z
      .string()
      .min(1, "The file is empty.")
      .refine((c) => utf8Bytes(c) <= MAX_ARGUMENT_FILE_BYTES, { message: `The file is over ${MAX_ARGUMENT_FILE_BYTES / 1024 / 1024} MB.`, ...TOO_LARGE }),
    title: meta.title,
  }),
]);
export type TImportInput = z.input<typeof ZImportInput>;
export type TImportData = z.output<typeof ZImportInput>;
export type ImportSourceKind = TImportData["source"];
