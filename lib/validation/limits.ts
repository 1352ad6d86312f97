// Documented limits (README "Configuration and limits").
/** Largest document text accepted, in bytes of UTF-8. */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
export const MAX_TITLE_LENGTH = 300;
export const MAX_RATIONALE_LENGTH = 10_000;
export const MIN_PASSWORD_LENGTH = 8;
