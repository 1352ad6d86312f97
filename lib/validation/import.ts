// One import, whatever it comes from: the page's paste form, the REST API (JSON or multipart),
// or the CLI. Each adapter says what it was given as a tagged input; the import use case does
// the rest (fetch, extract, analyse, save) the same way for all of them.
import { z } from "zod";
import { ZText } from "./text";
import { ZHttpUrl, ZImportDocumentInput } from "./document";
import { ZId } from "./ids";
import { IMPORT_FORMATS } from "./interchange";
import { MAX_ARGUMENT_FILE_BYTES, MAX_TITLE_LENGTH, TOO_LARGE, utf8Bytes } from "./limits";

const workspaceId = ZId("The workspace");
const optional = (max: number) =>
  ZText()
    .trim()
    .max(max, `Keep this under ${max} characters.`)
    .optional()
    .transform((v) => v || undefined);

/** Details a person may give for a fetched page or an uploaded file (else taken from the file). */
const meta = {
  title: optional(MAX_TITLE_LENGTH),
  author: optional(200),
  publisher: optional(200),
  publishedAt: optional(40),
  language: optional(40),
};

/** Pasted text with its details: analysed at once. */
export const ZImportPasteInput = z.object({ workspaceId, ...ZImportDocumentInput.shape });

/** A web page, fetched through the SSRF guard. */
export const ZImportUrlInput = z.object({ workspaceId, url: ZHttpUrl, ...meta });

/** An uploaded .txt/.md/.html/.docx/.pdf (server adapters only: the bytes are already read). */
export const ZImportFileInput = z.object({
  workspaceId,
  file: z.object({ name: ZText().max(1000), type: ZText().max(200), bytes: z.instanceof(Uint8Array) }),
  ...meta,
});

/** An argument map file: its statements and relations replace the analyser's. */
export const ZImportArgumentInput = z.object({
  workspaceId,
  format: z.enum(IMPORT_FORMATS, { message: `Choose a format: ${IMPORT_FORMATS.join(", ")}.` }),
  content: ZText()
    .min(1, "The file is empty.")
    .refine((c) => utf8Bytes(c) <= MAX_ARGUMENT_FILE_BYTES, { message: `The file is over ${MAX_ARGUMENT_FILE_BYTES / 1024 / 1024} MB.`, ...TOO_LARGE }),
  title: meta.title,
});

/** What the import use case takes: which kind of import (set by the adapter), and its fields. */
export const ZImportInput = z.discriminatedUnion("source", [
  ZImportPasteInput.extend({ source: z.literal("paste") }),
  ZImportUrlInput.extend({ source: z.literal("url") }),
  ZImportFileInput.extend({ source: z.literal("file") }),
  ZImportArgumentInput.extend({ source: z.literal("argument") }),
]);
export type TImportInput = z.input<typeof ZImportInput>;
export type TImportData = z.output<typeof ZImportInput>;
export type ImportSourceKind = TImportData["source"];
