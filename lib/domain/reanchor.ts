// Re-anchoring (issue 15, "watch the reviewed article"): when an imported article is fetched again
// and its text changed, each unit is looked for in the new text by its W3C TextQuoteSelector —
// the exact words first (the occurrence the edit map points at, or whose prefix and suffix fit),
// then a bounded fuzzy match around where the edit map says its words went — and marked unchanged
// (same words where the edits put them), moved (same words elsewhere), changed (other words in its
// place: before → after) or gone. Pure; diff-match-patch does the diffing.
import DiffMatchPatch from "diff-match-patch";

export type AnchorStatus = "unchanged" | "moved" | "changed" | "gone";

export interface OldAnchor {
  id: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export interface Reanchored {
  id: string;
  status: AnchorStatus;
  /** Where the unit is in the new text (not for "gone"). */
  start: number | null;
  end: number | null;
  before: string;
  /** The words now in its place ("changed"), or the same words. */
  after: string | null;
}

export interface Passage {
  type: "equal" | "added" | "removed" | "changed";
  before: string;
  after: string;
}

/** How alike two strings are, 0–1 (1 − Levenshtein distance / longer length). */
function similarity(dmp: DiffMatchPatch, a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  return 1 - dmp.diff_levenshtein(dmp.diff_main(a, b, false)) / longer;
}

/** Below this similarity a unit's place holds other words altogether: it is gone. */
export const CHANGED_MIN_SIMILARITY = 0.5;
/** At most this many exact occurrences are weighed (a one-word unit in a long text). */
const MAX_OCCURRENCES = 200;

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0 && out.length < MAX_OCCURRENCES; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** Characters of context the occurrence at `at` shares with the selector's prefix and suffix. */
function contextFit(text: string, at: number, a: OldAnchor): number {
  let fit = 0;
  for (let i = 1; i <= a.prefix.length && text[at - i] === a.prefix[a.prefix.length - i]; i++) fit++;
  const end = at + a.exact.length;
  for (let i = 0; i < a.suffix.length && text[end + i] === a.suffix[i]; i++) fit++;
  return fit;
}

function makeDmp(timeoutSeconds: number): DiffMatchPatch {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = timeoutSeconds;
  return dmp;
}

/**
 * Each anchor of `oldText` found again in `newText`. Linear in the number of anchors times their
 * occurrences; the diff of the two texts is computed once (bounded by `timeoutSeconds`).
 */
export function reanchor(oldText: string, newText: string, anchors: readonly OldAnchor[], timeoutSeconds = 2): Reanchored[] {
  const dmp = makeDmp(timeoutSeconds);
  if (oldText === newText) return anchors.map((a) => ({ id: a.id, status: "unchanged", start: a.start, end: a.end, before: a.exact, after: a.exact }));
  const diffs = dmp.diff_main(oldText, newText, true);
  const map = (loc: number) => dmp.diff_xIndex(diffs, loc);
  return anchors.map((a) => {
    const mappedStart = map(a.start);
    const mappedEnd = Math.max(mappedStart, map(a.end));
    const found = occurrences(newText, a.exact);
    if (found.length > 0) {
      // The occurrence the edits carried the unit to; else the one whose context fits best, nearest first.
      const at = found.includes(mappedStart)
        ? mappedStart
        : found.reduce((best, o) => {
            const d = contextFit(newText, o, a) - contextFit(newText, best, a);
            return d > 0 || (d === 0 && Math.abs(o - mappedStart) < Math.abs(best - mappedStart)) ? o : best;
          });
      return { id: a.id, status: at === mappedStart ? "unchanged" : "moved", start: at, end: at + a.exact.length, before: a.exact, after: a.exact };
    }
    // Not word for word: what now stands where the edits put it, or between its prefix and suffix.
    const candidates: [number, number][] = [[mappedStart, mappedEnd]];
    const p = a.prefix ? newText.lastIndexOf(a.prefix, mappedStart) : -1;
    const s = a.suffix ? newText.indexOf(a.suffix, mappedStart) : -1;
    if (p >= 0 && s >= 0 && s >= p + a.prefix.length && s - (p + a.prefix.length) <= a.exact.length * 3 + 40) candidates.push([p + a.prefix.length, s]);
    let best: { start: number; end: number; score: number } | null = null;
    for (const [start, end] of candidates) {
      const words = trimToWords(newText, start, end);
      if (words.end <= words.start) continue;
      const score = similarity(dmp, a.exact, newText.slice(words.start, words.end));
      if (!best || score > best.score) best = { ...words, score };
    }
    if (best && best.score >= CHANGED_MIN_SIMILARITY) {
      // The edit map may stop short of the closing punctuation the old words ended with.
      const last = a.exact.at(-1);
      if (last && /[.!?…"”»)]/.test(last) && newText[best.end] === last && newText[best.end - 1] !== last) best.end++;
      return { id: a.id, status: "changed", start: best.start, end: best.end, before: a.exact, after: newText.slice(best.start, best.end) };
    }
    return { id: a.id, status: "gone", start: null, end: null, before: a.exact, after: null };
  });
}

/** The span without the white space at its ends. */
function trimToWords(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * The two texts as passages, paragraph by paragraph (lines): equal, added, removed, or changed
 * (removed paragraphs directly followed by added ones), for a side-by-side view.
 */
export function diffPassages(oldText: string, newText: string, timeoutSeconds = 2): Passage[] {
  const dmp = makeDmp(timeoutSeconds);
  const { chars1, chars2, lineArray } = dmp.diff_linesToChars_(oldText, newText);
  const diffs = dmp.diff_main(chars1, chars2, false);
  dmp.diff_charsToLines_(diffs, lineArray);
  const out: Passage[] = [];
  for (let i = 0; i < diffs.length; i++) {
    const [op, text] = diffs[i]!;
    if (op === DiffMatchPatch.DIFF_EQUAL) out.push({ type: "equal", before: text, after: text });
    else if (op === DiffMatchPatch.DIFF_DELETE && diffs[i + 1]?.[0] === DiffMatchPatch.DIFF_INSERT) {
      out.push({ type: "changed", before: text, after: diffs[i + 1]![1] });
      i++;
    } else if (op === DiffMatchPatch.DIFF_DELETE) out.push({ type: "removed", before: text, after: "" });
    else out.push({ type: "added", before: "", after: text });
  }
  return out;
}
