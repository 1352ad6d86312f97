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

export const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;
