// Documented limits (README "Configuration and limits").
/** Largest document text accepted, in bytes of UTF-8. */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
export const MAX_TITLE_LENGTH = 300;
/** An argument file may carry its data around the text (AIF nodes, Warrant JSON): twice the text limit. */
export const MAX_ARGUMENT_FILE_BYTES = 2 * MAX_DOCUMENT_BYTES;
export const MAX_RATIONALE_LENGTH = 10_000;
export const MIN_PASSWORD_LENGTH = 8;
/** bcrypt ignores every byte after the 72nd, so sign-up refuses longer passwords (UTF-8 bytes, not characters). */
export const MAX_PASSWORD_BYTES = 72;

/**
 * Marks a size check in a zod schema: lib/server/errors.ts answers it with 413 (PAYLOAD_TOO_LARGE)
 * instead of 400, so "too big" means the same whether a route, a schema or a reader caught it.
 */
export const TOO_LARGE = { params: { tooLarge: true } } as const;

/**
 * Uploaded Word files are zips: a 41 KB .docx can declare 40 MB of XML. Before anything is
 * inflated, the zip's central directory is read (lib/server/ingest/zip-guard.ts) and refused
 * (413) past these limits; while extracting, the bytes actually inflated are counted against
 * the same limits (declared sizes can lie). docs/security.md "Uploads and imports".
 */
export const MAX_ZIP_ENTRIES = 2_000;
/** Sum of the entries' uncompressed sizes. Word's XML for 2 MB of text stays well under this. */
export const MAX_ZIP_UNCOMPRESSED_BYTES = 64 * 1024 * 1024;
/** Largest uncompressed/compressed ratio of one entry over ZIP_RATIO_MIN_BYTES (Word XML: ~5–20). */
export const MAX_ZIP_RATIO = 100;
export const ZIP_RATIO_MIN_BYTES = 1024 * 1024;
/** A PDF with more pages is refused before its text is read. */
export const MAX_PDF_PAGES = 1_000;
/** Word and PDF text is extracted in a worker thread with this much heap, stopped after this long. */
export const EXTRACT_MEMORY_MB = 256;
export const EXTRACT_TIMEOUT_MS = 30_000;
/** Extractions running at once (each in its own worker); more wait their turn. */
export const MAX_CONCURRENT_EXTRACTIONS = 2;

/**
 * What one argument-file import (Warrant JSON, AIF, Argdown) may create; more is refused with
 * 413 before anything is saved. Sources count every (unit, source) attachment in the file.
 */
// A 4 MB Warrant JSON holds about 10,000 statements; saving 10,000 statements and 10,000
// relations took 42 s on PostgreSQL here (bench/results/imports.md), within the 60 s transaction.
export const MAX_IMPORT_UNITS = 10_000;
export const MAX_IMPORT_RELATIONS = 10_000;
export const MAX_IMPORT_SOURCES = 5_000;

export const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;
