// Search results as people read them: the words that matched, marked; a window of a long text
// around the first match; near-duplicate units (the same quote in several documents) collapsed
// into one result. PURE: the use case computes these once, the page and the REST API show them.
import type { SearchHitView, SimilarHitView } from "./views";

export const SEARCH_PAGE_SIZE = 20;
/** Near-duplicates listed under one result (the count stays exact). */
export const MAX_SIMILAR = 50;

export type Range = [number, number];

/** The words of a query: letters and digits only, lower-cased, as they reach to_tsquery. */
export function queryWords(q: string): string[] {
  return [...new Set((q.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase()))];
}

/**
 * Where the query's words match in `text`, as the search does: each word of the text that starts
 * with a query word (prefix match, case-insensitive) is marked whole. Sorted, never overlapping.
 */
export function highlightRanges(text: string, words: readonly string[]): Range[] {
  if (words.length === 0) return [];
  const ranges: Range[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const token = m[0].toLowerCase();
    if (words.some((w) => token.startsWith(w))) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

/**
 * A window of at most `max` characters of `text` that starts a little before the first match, cut
 * at spaces where it can, with "…" where text was left out; ranges moved to match (those that do
 * not fit are dropped, one that is cut is shortened).
 */
export function snippetAround(text: string, ranges: readonly Range[], max = 240): { snippet: string; highlights: Range[] } {
  if (text.length <= max) return { snippet: text, highlights: ranges.map(([a, b]) => [a, b]) };
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, Math.min(first - 60, text.length - max));
  if (start > 0) {
    const space = text.indexOf(" ", start);
    if (space >= 0 && space < first) start = space + 1;
  }
  let end = Math.min(text.length, start + max);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > start + max * 0.6) end = space;
  }
  const lead = start > 0 ? "…" : "";
  const snippet = `${lead}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
  const highlights = ranges
    .filter(([a, b]) => b > start && a < end)
    .map(([a, b]): Range => [Math.max(a, start) - start + lead.length, Math.min(b, end) - start + lead.length]);
  return { snippet, highlights };
}

/** `text` split at the ranges: the pieces to render, marked or not (never as HTML). */
export function highlightPieces(text: string, ranges: readonly Range[]): { text: string; marked: boolean }[] {
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [a, b] of ranges) {
    if (a < at || b <= a || b > text.length) continue;
    if (a > at) pieces.push({ text: text.slice(at, a), marked: false });
    pieces.push({ text: text.slice(a, b), marked: true });
    at = b;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}

/** One matching row as the search query returns it: rows of a group share `groupKey`. */
export type SearchRow = Pick<SearchHitView, "kind" | "documentId" | "documentTitle" | "unitId" | "unitKind" | "text" | "verdict" | "rank"> & {
  groupKey: string;
  groupSize: number;
};

/**
 * Rows (grouped: a group's rows together, best first) into results: the best row of each group
 * is the result, the others its near-duplicates; words highlighted in its snippet.
 */
export function groupSearchRows(rows: readonly SearchRow[], words: readonly string[]): SearchHitView[] {
  const results: SearchHitView[] = [];
  const byKey = new Map<string, SearchHitView>();
  for (const row of rows) {
    const hit = byKey.get(row.groupKey);
    if (hit) {
      if (hit.similar.length < MAX_SIMILAR) hit.similar.push(similarOf(row));
      continue;
    }
    const { snippet, highlights } = snippetAround(row.text, highlightRanges(row.text, words));
    const created: SearchHitView = {
      kind: row.kind,
      documentId: row.documentId,
      documentTitle: row.documentTitle,
      unitId: row.unitId,
      unitKind: row.unitKind,
      text: row.text,
      verdict: row.verdict,
      rank: row.rank,
      snippet,
      highlights,
      similarCount: Math.max(0, row.groupSize - 1),
      similar: [],
    };
    byKey.set(row.groupKey, created);
    results.push(created);
  }
  return results;
}

const similarOf = (r: SearchRow): SimilarHitView => ({ documentId: r.documentId, documentTitle: r.documentTitle, unitId: r.unitId, verdict: r.verdict });
