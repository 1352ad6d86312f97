// Manual re-segmentation rules. The original text never changes: units are only spans over it,
// so splitting or merging moves offsets and never orphans an anchor.
import type { Verdict } from "./vocabulary";

export interface Span {
  start: number;
  end: number;
}

/** The span without surrounding whitespace, or null when nothing but whitespace is selected. */
export function trimToText(text: string, span: Span): Span | null {
  let { start, end } = span;
  start = Math.max(0, start);
  end = Math.min(text.length, end);
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** Two non-empty halves of a span split at `at`, or null when `at` would leave an empty half. */
export function splitSpan(text: string, span: Span, at: number): [Span, Span] | null {
  if (!(span.start < at && at < span.end)) return null;
  const left = trimToText(text, { start: span.start, end: at });
  const right = trimToText(text, { start: at, end: span.end });
  return left && right ? [left, right] : null;
}

/** Units are adjacent when no other unit starts between them. */
export function areAdjacent(first: Span, second: Span, others: Span[]): boolean {
  if (first.start >= second.start) return false;
  return !others.some((o) => o.start > first.start && o.start < second.start && !(o.start === second.start && o.end === second.end));
}

/**
 * A merged unit makes a new claim: it keeps a verdict only when both halves agree (or one was
 * not reviewed yet); conflicting verdicts go back to Unreviewed for a person to decide.
 */
export function mergedVerdict(a: { verdict: Verdict; rationale: string | null }, b: { verdict: Verdict; rationale: string | null }) {
  if (b.verdict === "UNREVIEWED" || a.verdict === b.verdict) return { verdict: a.verdict, rationale: a.rationale ?? b.rationale };
  if (a.verdict === "UNREVIEWED") return { verdict: b.verdict, rationale: b.rationale };
  return { verdict: "UNREVIEWED" as const, rationale: null };
}
