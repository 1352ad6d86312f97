// Per-text indexes of rare characters, built on first use for the text being analysed (see
// withTokenCache): whether a unit holds one is then a binary search, not a scan of the unit.

export interface TextIndex {
  text: string | null;
  /** Positions of ASCII digits. */
  digits: Int32Array | null;
  /**
   * Runs of code units ≥ 128 that a Unicode-aware pattern may treat apart (see isPlain), as
   * start, end pairs: Chinese text is mostly such runs, one position each made a list as long as the text.
   */
  unusual: Int32Array | null;
}

let index: TextIndex = { text: null, digits: null, unusual: null };

/** Makes `next` the current index and returns the previous one (for nested analyses). */
export function swapTextIndex(next: TextIndex): TextIndex {
  const previous = index;
  index = next;
  return previous;
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/**
 * A code unit ≥ 128 that is not "plain": a letter, number or mark, a surrogate, or a
 * character with case. Outside these, a pattern's u and i flags change nothing (ascii-twin.ts).
 */
const unusualClass = new Uint8Array(0x10000); // 0 unknown, 1 unusual, 2 plain
const isUnusualCode = (c: number): boolean => c >= 128 && (unusualClass[c] || classifyUnusual(c)) === 1;

/** Fills in unusualClass[c] on first sight of a code unit ≥ 128. */
function classifyUnusual(c: number): number {
  const ch = String.fromCharCode(c);
  const k = (c >= 0xd800 && c <= 0xdfff) || /[\p{L}\p{N}\p{M}]/u.test(ch) || ch.toLowerCase() !== ch || ch.toUpperCase() !== ch ? 1 : 2;
  unusualClass[c] = k;
  return k;
}

/** Both position lists in one pass over the text (a call per character made this a hot spot). */
function build(text: string): void {
  const found: Found = { digits: new Int32Array(1024), nd: 0, unusual: new Int32Array(1024), nu: 0 };
  collectPositions(text, found);
  index.digits = found.digits.slice(0, found.nd);
  index.unusual = found.unusual.slice(0, 2 * found.nu);
}

/** A digit or a code unit ≥ 128 (no u flag: code units), where collectPositions has something to record. */
const NOTABLE = /[0-9]|[^\0-\x7f]/g;
/** How many matches of NOTABLE one call of positionsIn takes (see collectPositions). */
const POSITIONS_STEP = 256;
/** After a match, the code units read on one by one until this many in a row are plain ASCII (Chinese is rarely so). */
const PLAIN_RUN = 16;

interface Found {
  digits: Int32Array<ArrayBuffer>;
  nd: number;
  unusual: Int32Array<ArrayBuffer>;
  nu: number;
}

/**
 * The scan of `build`. The pattern skips the stretches of plain ASCII that make most of a spaced text in native code
 * (a loop over every code unit was the cost); from each match on, the code units are read one by one while notable ones
 * come close together (so a Chinese text is not a match per character). The matches are taken in steps by a helper, as
 * one loop per analysis ran only in on-stack-replaced code, which V8 compiled again and again over the first analyses.
 */
function collectPositions(text: string, found: Found): void {
  NOTABLE.lastIndex = 0;
  while (positionsIn(text, found)) {}
}

/** Up to POSITIONS_STEP matches of NOTABLE from its lastIndex on, and what follows each, recorded; false once done. */
function positionsIn(text: string, found: Found): boolean {
  const n = text.length;
  for (let step = 0; step < POSITIONS_STEP; step++) {
    // (test, not exec: no match array; the match is the code unit before lastIndex.)
    if (!NOTABLE.test(text)) return false;
    let i = NOTABLE.lastIndex - 1;
    for (let plain = 0; i < n && plain < PLAIN_RUN; i++) {
      const c = text.charCodeAt(i);
      if (c < 48 || (c > 57 && c < 128)) {
        plain++;
        continue;
      }
      plain = 0;
      if (c < 128) {
        if (found.nd === found.digits.length) found.digits = grown(found.digits);
        found.digits[found.nd++] = i;
      } else if ((unusualClass[c] || classifyUnusual(c)) === 1) {
        // Extends the last run when it ends here, else opens a new one.
        if (found.nu > 0 && found.unusual[2 * found.nu - 1] === i) found.unusual[2 * found.nu - 1] = i + 1;
        else {
          if (2 * found.nu === found.unusual.length) found.unusual = grown(found.unusual);
          found.unusual[2 * found.nu] = i;
          found.unusual[2 * found.nu + 1] = i + 1;
          found.nu++;
        }
      }
    }
    if (i >= n) return false;
    NOTABLE.lastIndex = i;
  }
  return true;
}

function grown(list: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const out = new Int32Array(2 * list.length);
  out.set(list);
  return out;
}

/** Whether a sorted position list holds a position within [start, end). */
function anyWithin(list: Int32Array, start: number, end: number): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && list[lo]! < end;
}

/** Whether sorted start, end pairs hold a position within [start, end): the first run ending after `start` begins before `end`. */
function anyRunWithin(runs: Int32Array, start: number, end: number): boolean {
  let lo = 0;
  let hi = runs.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[2 * mid + 1]! <= start) lo = mid + 1;
    else hi = mid;
  }
  return 2 * lo < runs.length && runs[2 * lo]! < end && start < end;
}

function scanFor(text: string, start: number, end: number, test: (c: number) => boolean): boolean {
  for (let i = start; i < end; i++) if (test(text.charCodeAt(i))) return true;
  return false;
}

/** Any ASCII digit (0-9) in text[start, end): numbers, dates and quantities all need one (\d without the u flag). */
export function hasAsciiDigit(text: string, start: number, end: number): boolean {
  if (text !== index.text) return scanFor(text, start, end, isDigitCode);
  if (index.digits === null) build(text);
  return anyWithin(index.digits!, start, end);
}

/** Whether text[start, end) holds no unusual code unit (isUnusualCode): ASCII twins of patterns then apply. */
export function isPlain(text: string, start: number, end: number): boolean {
  if (text !== index.text) return !scanFor(text, start, end, isUnusualCode);
  if (index.unusual === null) build(text);
  return !anyRunWithin(index.unusual!, start, end);
}
