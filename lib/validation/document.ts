import { z } from "zod";
import { ZText } from "./text";
import { ZId } from "./ids";
import { MAX_DOCUMENT_BYTES, MAX_TITLE_LENGTH, TOO_LARGE, utf8Bytes } from "./limits";

const optionalText = (max: number) =>
  ZText()
    .trim()
    .max(max, `Keep this under ${max} characters.`)
    .optional()
    .transform((v) => (v ? v : undefined));

export const ZHttpUrl = ZText()
  .trim()
  .max(2000, "That URL is too long.")
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === "http:" || u.protocol === "https:";
    } catch {
      return false;
    }
  }, "Enter an http(s) URL, e.g. https://example.org/article.");

export const ZImportDocumentInput = z.object({
  title: ZText().trim().min(1, "Give the document a title.").max(MAX_TITLE_LENGTH, `Keep the title under ${MAX_TITLE_LENGTH} characters.`),
  text: ZText()
    .refine((t) => t.trim().length > 0, "Paste the article text: it is empty.")
    .refine((t) => t.length <= MAX_DOCUMENT_BYTES && utf8Bytes(t) <= MAX_DOCUMENT_BYTES, {
      message: `The text is over the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB limit. Split it into smaller documents.`,
      ...TOO_LARGE,
    }),
  author: optionalText(200),
  publisher: optionalText(200),
  sourceUrl: z
    .union([z.literal(""), ZHttpUrl])
    .optional()
    .transform((v) => (v ? v : undefined)),
  publishedAt: z
    .union([z.literal(""), z.iso.date({ message: "Use a date like 2024-07-12." })])
    .optional()
    .transform((v) => (v ? v : undefined)),
  language: ZText()
    .trim()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Use a language code like en, ru or zh.")
    .optional()
    .or(z.literal("").transform(() => undefined)),
});
export type TImportDocumentInput = z.input<typeof ZImportDocumentInput>;
export type TImportDocumentData = z.output<typeof ZImportDocumentInput>;

/** Reads and writes of one document (the map, its export, its live events). */
export const ZDocumentRef = z.object({ documentId: ZId("The document") });

/** PATCH /api/v1/documents/{id}: the document's review settings (editors). */
export const ZUpdateDocumentInput = z
  .object({
    documentId: ZId("The document"),
    /** Each check-worthy claim needs two independent verdicts. */
    doubleReview: z.boolean({ message: "doubleReview is true or false." }).optional(),
  })
  .refine((v) => v.doubleReview !== undefined, { message: "Nothing to change: send doubleReview.", path: ["doubleReview"] });

/** POST /api/v1/documents/{id}/archive: archive (default) or unarchive the document (editors). */
export const ZArchiveDocumentInput = z.object({
  documentId: ZId("The document"),
  archived: z.boolean({ message: "archived is true or false." }).default(true),
});

/** DELETE /api/v1/documents/{id}: the document with everything marked on it (editors). */
export const ZDeleteDocumentInput = ZDocumentRef;
