// Word bounds: where each word of a text starts and ends, scanned once into typed arrays
// (words.ts keeps them for the text being analysed), and the index of them by position.

// Words keep inner apostrophes, hyphens and dots so "Russia’s", "Kim Jong-un" and "U.S."
// stay one token. A hand-written scanner: a Unicode regex per word was the hot spot.
const wordClass = new Uint8Array(0x10000); // 0 unknown, 1 word character, 2 other
const LETTER_OR_NUMBER_FIRST = /^[\p{L}\p{N}]/u;

const isWordCode = (text: string, i: number): boolean => isWordCodeOf(text.charCodeAt(i), text, i);

/** isWordCode(text, i) of the code unit c read there already. */
function isWordCodeOf(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_NUMBER_FIRST.test(text.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return isWordCode(text, i - 1);
  let k = wordClass[c]!;
  if (k === 0) {
    k = /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(c)) ? 1 : 2;
    wordClass[c] = k;
  }
  return k === 1;
}

// (At module level: a regular expression literal in a function is a new object at each call.)
const ELIDED_WORDS = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|dell|all|dall|nell|sull)$/i;

/**
 * French and Italian elision before a capital: a short lower-case word, an apostrophe, then
 * a name ("d'État", "qu'Edgars", "l'Italia"). "O'Brien" and "don't" are not elisions.
 */
function isElision(text: string, begin: number, apostrophe: number): boolean {
  const c = text.charCodeAt(apostrophe);
  if (c !== 39 && c !== 0x2019) return false;
  const len = apostrophe - begin;
  if (len < 1 || len > 7) return false;
  const next = text[apostrophe + 1];
  if (next === undefined) return false;
  const head = text.slice(begin, apostrophe);
  // The article before any noun: "l'universitaire", "L’Association des …"; "D’Alema" and "O’Brien" are names.
  if (head === "l" || head === "L") return next.toLowerCase() !== next.toUpperCase();
  if (next.toLowerCase() === next) return false;
  return ELIDED_WORDS.test(head) && head[0] === head[0]!.toLowerCase();
}

/** ’ ' - . : characters that join two word parts ("Russia’s", "Jong-un", "U.S"). */
const isJoiner = (c: number): boolean => c === 0x2019 || c === 39 || c === 45 || c === 46;

/** Word bounds in typed arrays: start, end and whether the word is an elided article ("l'"). */
export interface Bounds {
  starts: Int32Array;
  ends: Int32Array;
  elided: Uint8Array;
  count: number;
}

export const emptyBounds = (): Bounds => ({ starts: new Int32Array(0), ends: new Int32Array(0), elided: new Uint8Array(0), count: 0 });

function grow(b: Bounds): void {
  const size = Math.max(1024, b.starts.length * 2);
  const starts = new Int32Array(size);
  const ends = new Int32Array(size);
  const elided = new Uint8Array(size);
  starts.set(b.starts);
  ends.set(b.ends);
  elided.set(b.elided);
  b.starts = starts;
  b.ends = ends;
  b.elided = elided;
}

function push(b: Bounds, s: number, e: number, elided: number): void {
  if (b.count === b.starts.length) grow(b);
  b.starts[b.count] = s;
  b.ends[b.count] = e;
  b.elided[b.count] = elided;
  b.count++;
}

export function scanBounds(text: string, start: number, end: number): Bounds {
  // About one word per five characters in news text in spaced languages: rarely grown.
  const b: Bounds = { starts: new Int32Array(Math.max(16, Math.ceil((end - start) / 5))), ends: new Int32Array(0), elided: new Uint8Array(0), count: 0 };
  b.ends = new Int32Array(b.starts.length);
  b.elided = new Uint8Array(b.starts.length);
  // In chunks: one loop over the whole text per analysis only ever ran in on-stack-replaced code, which V8 compiled
  // again and again over the first analyses; a function called per chunk is optimised early and keeps its code.
  let i = start;
  while (i < end) i = scanChunk(text, b, i, Math.min(end, i + SCAN_CHUNK), end);
  return b;
}
const SCAN_CHUNK = 4096;

/** The words starting in [i, stop) onto `b` (the last may run past `stop`); returns where the scan stopped. */
function scanChunk(text: string, b: Bounds, i: number, stop: number, end: number): number {
  const limit = text.length;
  while (i < stop) {
    if (!isWordCode(text, i)) {
      i++;
      continue;
    }
    const begin = i;
    i++;
    // c is the code unit at i (-1 past the text's end), read once: each was read three or four times.
    let c = i < limit ? text.charCodeAt(i) : -1;
    while (i < limit) {
      if (isWordCodeOf(c, text, i)) i++;
      else if (isJoiner(c) && i + 1 < limit && isWordCode(text, i + 1)) {
        if (isElision(text, begin, i)) break;
        i += 2;
      } else break;
      c = i < limit ? text.charCodeAt(i) : -1;
    }
    // An elided article or conjunction is a word of its own: "l'Union", "qu'Edgars".
    if (i > begin && (c === 39 || c === 0x2019) && isElision(text, begin, i)) {
      push(b, begin, i + 1, 1);
      i++;
      continue;
    }
    if (c === 46) i++;
    push(b, begin, Math.min(i, end), 0);
  }
  return i;
}

/** Each block of 2^BLOCK_BITS code units of the text gets the index of the first word starting at or after its start. */
const BLOCK_BITS = 4;
const BLOCK_CHUNK = 4096;

/**
 * The first word starting at or after each block's start, by block (see wordFrom): a span's first word is then a read and
 * a step or two, not a galloping search (half the time of every words() call). Filled in chunks, as scanBounds.
 */
export function blockIndex(b: Bounds, length: number): Int32Array {
  const blocks = new Int32Array((length >> BLOCK_BITS) + 2);
  for (let j = 0, k = 0; j < blocks.length; j += BLOCK_CHUNK) k = fillBlocks(b, blocks, j, Math.min(blocks.length, j + BLOCK_CHUNK), k);
  return blocks;
}

function fillBlocks(b: Bounds, blocks: Int32Array, from: number, to: number, k: number): number {
  for (let j = from; j < to; j++) {
    const pos = j << BLOCK_BITS;
    while (k < b.count && b.starts[k]! < pos) k++;
    blocks[j] = k;
  }
  return k;
}

/** The index of the first word of `b` starting at or after `pos`, read off its block index (blockIndex). */
export function wordFrom(b: Bounds, blocks: Int32Array, pos: number): number {
  if (pos <= 0) return 0;
  const j = pos >> BLOCK_BITS;
  if (j >= blocks.length) return b.count;
  let k = blocks[j]!;
  while (k < b.count && b.starts[k]! < pos) k++;
  return k;
}
