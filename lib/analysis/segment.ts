import { certainBreak, oneSentence, sentenceSegmenter } from "./language";
import type { Span } from "./types";
import { asciiTwin } from "./ascii-twin";
import { isPlain, trimSpan } from "./text";
import { SentenceList } from "./sentence-joins";
import { objectList } from "./object-list";

export { splitParagraphs } from "./paragraphs";

// Intl.Segmenter is fast per paragraph and very slow on one huge string (see RECIPES.md:
// super-linear), so paragraphs longer than this are cut into chunks at a sentence end.
const CHUNK = 4000;

const CHUNK_CUT = /[.!?…。！？]["”’»」)]*\s/g;

/** Where the chunk of the paragraph from `start` to `end` that starts at `start` ends: a sentence end (else a space) when it is long. */
function chunkEnd(text: string, start: number, end: number): number {
  if (end - start <= CHUNK) return end;
  const window = text.slice(start, start + CHUNK);
  let cut = -1;
  CHUNK_CUT.lastIndex = 0;
  for (let m = CHUNK_CUT.exec(window); m; m = CHUNK_CUT.exec(window)) cut = m.index + m[0].length;
  if (cut < CHUNK / 2) cut = window.lastIndexOf(" ") + 1;
  if (cut <= 0) cut = CHUNK;
  // Never cut a surrogate pair in two.
  const c = text.charCodeAt(start + cut);
  if (c >= 0xdc00 && c <= 0xdfff) cut--;
  return start + cut;
}

// (Only the common terminals are tried: a cut is never needed, only saves time. test() and lastIndex, not exec(): no match array per terminal.)
const TERMINALS = /[.!?。！？]/g;

/** The raw sentences of one paragraph, pushed to `out`. */
function rawSentences(text: string, para: Span, seg: Intl.Segmenter, out: Span[]): void {
  for (let start = para.start; ;) {
    const end = chunkEnd(text, start, para.end);
    // Line breaks left inside a paragraph are broken lines; the segmenter would split there.
    let slice = text.slice(start, end);
    if (slice.includes("\n") || slice.includes("\r")) slice = slice.replace(/[\r\n]/g, " ");
    let from = 0;
    TERMINALS.lastIndex = 0;
    while (TERMINALS.test(slice)) {
      const cut = certainBreak(slice, TERMINALS.lastIndex - 1);
      if (cut < 0) continue;
      pushSegments(text, start, slice, from, cut, seg, out);
      TERMINALS.lastIndex = from = cut;
    }
    pushSegments(text, start, slice, from, slice.length, seg, out);
    if (end === para.end) return;
    start = end;
  }
}

/** The trimmed segments of `slice` from `a` to `b` (offsets from `base` in the text). */
function pushSegments(text: string, base: number, slice: string, a: number, b: number, seg: Intl.Segmenter, out: Span[]): void {
  const piece = a === 0 && b === slice.length ? slice : slice.slice(a, b);
  if (oneSentence(piece)) {
    const span = trimSpan(text, base + a, base + b);
    if (span) out.push(span);
    return;
  }
  // Stepping with containing() gives the same segments as iterating, in about half the time.
  const segments = seg.segment(piece);
  for (let i = 0; i < piece.length;) {
    const s = segments.containing(i);
    if (!s) break;
    const span = trimSpan(text, base + a + s.index, base + a + s.index + s.segment.length);
    if (span) out.push(span);
    i = s.index + s.segment.length;
  }
}

// An ellipsis (… or ..), or a full stop before a spaced closing guillemet (French ". »"),
// ends a sentence when a capital or an opening quote follows; the segmenter does not split
// there, notably not after "…”".
const ELLIPSIS_END = /(?:…|\.\.+|[.!?]\s(?=[»”]))\s?["'”’»」)]*\s+(?=[\p{Lu}“"«„「])/gu;

/**
 * text.indexOf(needle, from) for a `from` that mostly rises, as it does from sentence to sentence: one scan of the text in
 * all rather than one of each sentence's slice (text.length when there is none).
 */
class NextOf {
  private at = -1;
  private asked = -1;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  from(from: number): number {
    if (from < this.asked || this.at < from) {
      const i = this.text.indexOf(this.needle, from);
      this.at = i < 0 ? this.text.length : i;
    }
    this.asked = from;
    return this.at;
  }
}

/**
 * ELLIPSIS_END's third branch alone: a full stop, "!" or "?", one space (\s, as isSpaceAt) and a closer. Most » and ” close a
 * quotation mid-sentence; this finds the few that matter faster than indexOf("”"), which on two-byte text stops at every
 * space (its search byte is ” 's high byte, 0x20).
 */
const STOP_SPACE_CLOSER = /[.!?]\s[»”]/g;

/** Where STOP_SPACE_CLOSER first matches at or after `from` (text.length when nowhere), for a `from` that mostly rises. */
class NextStopCloser {
  private at = -1;
  private asked = -1;

  constructor(private readonly text: string) {}

  from(from: number): number {
    if (from < this.asked || this.at < from) {
      STOP_SPACE_CLOSER.lastIndex = from;
      // (test() and lastIndex: no match array; every match is three code units long.)
      this.at = STOP_SPACE_CLOSER.test(this.text) ? STOP_SPACE_CLOSER.lastIndex - 3 : this.text.length;
    }
    this.asked = from;
    return this.at;
  }
}

/** Splits raw sentences after an ellipsis before a capital (ELLIPSIS_END) and places the parts in the list. */
class EllipsisSplitter {
  private readonly ellipsis: NextOf;
  private readonly dots: NextOf;
  private readonly stopCloser: NextStopCloser;

  constructor(
    private readonly text: string,
    private readonly list: SentenceList,
  ) {
    this.ellipsis = new NextOf(text, "…");
    this.dots = new NextOf(text, "..");
    this.stopCloser = new NextStopCloser(text);
  }

  /** Places `s` (a raw sentence: trimmed, a new object) or its parts. */
  place(s: Span): void {
    const { text, list } = this;
    // Every match holds "…", "..", or "." (or "!", "?") and a space before "»" or "”": most sentences hold none and need
    // no search, and are placed as they are (trimSpan would copy them unchanged).
    if (!this.mayEndInside(s)) return list.add(s);
    const slice = text.slice(s.start, s.end);
    const re = (isPlain(text, s.start, s.end) && asciiTwin(ELLIPSIS_END)) || ELLIPSIS_END;
    re.lastIndex = 0;
    let start = s.start;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const end = s.start + m.index + m[0].length;
      const span = trimSpan(text, start, end);
      if (span) list.add(span);
      start = end;
    }
    const last = trimSpan(text, start, s.end);
    if (last) list.add(last);
  }

  /** (A later match of the fixed-length STOP_SPACE_CLOSER also ends later: the first one decides.) */
  private mayEndInside(s: Span): boolean {
    return this.ellipsis.from(s.start) < s.end || this.dots.from(s.start) < s.end - 1 || this.stopCloser.from(s.start) + 3 <= s.end;
  }
}

/**
 * Sentences within the given paragraphs, trimmed, offsets into the whole text. Repairs the
 * segmenter's output: splits after an ellipsis before a capital, and rejoins false splits
 * after abbreviations, before a lower-case word and inside a quotation that continues.
 */
export function splitSentences(text: string, paragraphs: Span[], language: string, quotes: Span[] = []): Span[] {
  const seg = sentenceSegmenter(language);
  const list = new SentenceList(text, quotes);
  const ellipses = new EllipsisSplitter(text, list);
  // One list of raw sentences, emptied per paragraph. Indexed loops: this runs once per text, in on-stack-replaced code
  // where for-of iterators are allocated.
  const raws = objectList<Span>();
  for (let pi = 0; pi < paragraphs.length; pi++) {
    list.first = list.out.length;
    raws.length = 0;
    rawSentences(text, paragraphs[pi]!, seg, raws);
    for (let ri = 0; ri < raws.length; ri++) ellipses.place(raws[ri]!);
  }
  return list.out;
}
