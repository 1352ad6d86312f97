// Short excerpts of a unit's words for links and labels.

/** At most `n` characters, with an ellipsis when cut. */
export function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

const QUOTE_MARK = /["“”„‟«»‹›「」『』]/;

/**
 * An excerpt shown as quoted words: wrapped in “ ” unless it already holds quotation marks of its
 * own (a unit that is a quote, `“It is simply wrong,” said one member`), which would double them.
 */
export function quotedSnippet(s: string, n: number): string {
  const cut = truncate(s.trim(), n);
  return QUOTE_MARK.test(cut) ? cut : `“${cut}”`;
}
