import type { Span } from "./types";
import { blockIndex, emptyBounds, scanBounds, wordFrom, type Bounds } from "./word-bounds";
import { swapTextIndex } from "./text-index";
import { lexFlags } from "./word-flags";
import { objectList } from "./object-list";

export interface Token extends Span {
  text: string;
  /** Lower case, apostrophe-s and trailing dots removed: the form looked up in lexicons. */
  norm: string;
}

// One analysis tokenises the same text many times (mentions, scores, kinds). The whole text
// is scanned once into word bounds kept in typed arrays (no objects, so nothing long-lived
// for the garbage collector to copy), and each call builds short-lived Token objects for
// its span only. The cache holds one text and is only consulted for the very string being
// analysed (see withTokenCache).
let cachedText: string | null = null;
let bounds = emptyBounds();
/** The cached text's block index (word-bounds.ts): the index of the first word at or after a position is wordFrom(…). */
let blocks: Int32Array = new Int32Array(2);
/**
 * Norms of the cached text's words: each distinct word's norm once (`ids` → `list`), and
 * per word index the norm's id + 1 once known (0 before), in a typed array.
 */
interface NormCache {
  ids: Map<string, number>;
  list: string[];
  /** The distinct words themselves, by the same id (a token's text is not sliced again). */
  texts: string[];
  /** Ids of words of one to five ASCII letters by shortKey: found without slicing and hashing the word. */
  short: Map<number, number>;
  idAt: Int32Array;
  /** By id: the norm's word-list bits (word-flags.ts) | KNOWN once computed, 0 before. */
  flags: Int32Array;
  /** The same bits by word index (whole words only), so a word seen again costs one read. */
  flagsAt: Int32Array;
}
const emptyNorms = (count: number): NormCache => ({
  ids: new Map(),
  list: objectList(),
  texts: objectList(),
  short: new Map(),
  idAt: new Int32Array(count),
  flags: new Int32Array(256),
  flagsAt: new Int32Array(count),
});
const KNOWN = 1 << 30;
let norms = emptyNorms(0);

/** The id of word k (clipped at `end`) in the norm cache, interning it on first sight. */
function wordId(text: string, b: Bounds, k: number, end: number, cache: NormCache): number {
  // A word's text and norm are kept by its index once computed: slicing the word and
  // hashing it for the map on every call was the hottest line of the analyser.
  if (b.ends[k]! <= end) {
    const id = cache.idAt[k]!;
    if (id > 0) return id - 1;
  }
  return internWord(text, b, k, end, cache);
}

/**
 * wordId of a word not yet kept by its index: interned by its text. Its own function, reached from wordId only for a
 * word clipped by `end` once fillFlags has run (flagsOf calls it for each word's first sight), so that the optimising
 * compiler leaves it out of wordId's many callers.
 */
function internWord(text: string, b: Bounds, k: number, end: number, cache: NormCache): number {
  const whole = b.ends[k]! <= end;
  const s = b.starts[k]!;
  const e = whole ? b.ends[k]! : end;
  // A short word ("the", "said") by a number read off its codes: a small integer is hashed in place, where a
  // fresh slice was an allocation and a hash computed for the map at each word's first sight.
  const key = shortKey(text, s, e);
  let id = key > 0 ? cache.short.get(key) : undefined;
  if (id === undefined) {
    const word = text.slice(s, e);
    id = cache.ids.get(word);
    if (id === undefined) {
      id = cache.list.push(normWord(word)) - 1;
      cache.texts.push(word);
      cache.ids.set(word, id);
    }
    if (key > 0) cache.short.set(key, id);
  }
  if (whole) cache.idAt[k] = id + 1;
  return id;
}

/**
 * text[s, e) as a number when it is one to five ASCII letters, else -1: the letters as digits 1-52 in base 53, so
 * each such word has its own number (no digit is 0, so lengths differ too), below 53^5 (a small integer).
 */
function shortKey(text: string, s: number, e: number): number {
  if (e - s > 5) return -1;
  let key = 0;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    const d = c >= 97 && c <= 122 ? c - 96 : c >= 65 && c <= 90 ? c - 38 : 0;
    if (d === 0) return -1;
    key = key * 53 + d;
  }
  return key;
}

/** An elided word ("l'", "qu'") is looked up without its apostrophe. */
const elidedNorm = (word: string): string => word.slice(0, -1).toLowerCase();

function toTokens(text: string, b: Bounds, lo: number, hi: number, end: number, cache: NormCache | null): Token[] {
  // Pushed, not preallocated: a holey array would give token lists a second shape in the optimised code.
  const out: Token[] = [];
  for (let k = lo; k < hi; k++) {
    const s = b.starts[k]!;
    const whole = b.ends[k]! <= end;
    const e = whole ? b.ends[k]! : end;
    if (cache) {
      const id = wordId(text, b, k, end, cache);
      const word = cache.texts[id]!;
      out.push({ start: s, end: e, text: word, norm: whole && b.elided[k] === 1 ? elidedNorm(word) : cache.list[id]! });
    } else {
      const word = text.slice(s, e);
      out.push({ start: s, end: e, text: word, norm: whole && b.elided[k] === 1 ? elidedNorm(word) : normWord(word) });
    }
  }
  return out;
}

function scan(text: string, start: number, end: number): Token[] {
  const b = scanBounds(text, start, end);
  return toTokens(text, b, 0, b.count, end, null);
}

/** Runs `fn` with the word bounds of `text` computed once; nested and repeated calls are safe. */
export function withTokenCache<T>(text: string, fn: () => T): T {
  const previous = [cachedText, bounds, blocks, norms] as const;
  cachedText = text;
  bounds = scanBounds(text, 0, text.length);
  blocks = blockIndex(bounds, text.length);
  norms = emptyNorms(bounds.count);
  fillFlags(text, bounds, norms);
  const previousIndex = swapTextIndex({ text, digits: null, unusual: null });
  try {
    return fn();
  } finally {
    [cachedText, bounds, blocks, norms] = previous;
    swapTextIndex(previousIndex);
  }
}

/** Words of text[start, end). A trailing dot stays on the token ("U.S.", "Mr."); see tokenCore. */
export function tokens(text: string, start = 0, end = text.length): Token[] {
  if (cachedText === null || text.length !== cachedText.length || text !== cachedText) return scan(text, start, end);
  return toTokens(text, bounds, wordFrom(bounds, blocks, start), wordFrom(bounds, blocks, end), end, norms);
}

/**
 * The words of text[start, end) by index, read from the typed arrays without building Token
 * objects: for the passes that look at every word of every sentence (mentions, scores). Word
 * `i` is what `tokens(text, start, end)[i]` would hold.
 */
export class Words {
  constructor(
    readonly text: string,
    private readonly b: Bounds,
    private readonly cache: NormCache,
    private readonly lo: number,
    readonly length: number,
    private readonly limit: number,
  ) {}

  start(i: number): number {
    return this.b.starts[this.lo + i]!;
  }

  end(i: number): number {
    const e = this.b.ends[this.lo + i]!;
    return e <= this.limit ? e : this.limit;
  }

  /** The word's text (`Token.text`). */
  word(i: number): string {
    // (As in flags: a kept id read here, so that this inlines; the rest is wordId's.)
    const k = this.lo + i;
    const id = this.cache.idAt[k]! - 1;
    return this.cache.texts[id >= 0 && this.whole(i, k) ? id : wordId(this.text, this.b, k, this.limit, this.cache)]!;
  }

  /** The word's norm (`Token.norm`). */
  norm(i: number): string {
    const k = this.lo + i;
    const id = this.cache.idAt[k]! - 1;
    return id >= 0 && this.b.elided[k] === 0 && this.whole(i, k) ? this.cache.list[id]! : normAt(this.text, this.b, this.cache, k, this.limit);
  }

  /** Whether word i (index k) ends within the limit. (Only the last word can run past it: the others end before the next one starts.) */
  private whole(i: number, k: number): boolean {
    return (i >= 0 && i < this.length - 1) || this.b.ends[k]! <= this.limit;
  }

  /** The word lists its norm belongs to: `lexFlags(norm(i))`, computed once per distinct word. */
  flags(i: number): number {
    // Only the read of a word seen before here, so that this inlines where it is called (it is called for most words of
    // every sentence); the first sight of a word position is flagsOf's.
    const k = this.lo + i;
    const f = this.cache.flagsAt[k]!;
    return f !== 0 && this.whole(i, k) ? f : flagsOf(this.text, this.b, this.cache, k, this.limit);
  }
}

/** Words.flags of word k (clipped at `limit`) when not yet kept by its index. */
function flagsOf(text: string, b: Bounds, cache: NormCache, k: number, limit: number): number {
  const whole = b.ends[k]! <= limit;
  const known = whole ? cache.idAt[k]! : 0;
  const id = known > 0 ? known - 1 : internWord(text, b, k, limit, cache);
  if (whole && b.elided[k] === 1) return (cache.flagsAt[k] = lexFlags(elidedNorm(cache.texts[id]!)));
  if (id >= cache.flags.length) {
    const grown = new Int32Array(Math.max(2 * cache.flags.length, id + 1));
    grown.set(cache.flags);
    cache.flags = grown;
  }
  let f = cache.flags[id]!;
  if (f === 0) {
    f = lexFlags(cache.list[id]!) | KNOWN;
    cache.flags[id] = f;
  }
  if (whole) cache.flagsAt[k] = f;
  return f;
}

/**
 * Every word's flags by its index, up front: nearly every word is asked for them (mention classes, cues), and with all
 * of them kept, Words.flags reaches flagsOf so rarely that it stays small enough to inline where it is called. In
 * chunks, as scanBounds (one loop over the whole text ran only in on-stack-replaced code).
 */
function fillFlags(text: string, b: Bounds, cache: NormCache): void {
  for (let k = 0; k < b.count; k += FLAGS_CHUNK) flagsIn(text, b, cache, k, Math.min(b.count, k + FLAGS_CHUNK));
}
const FLAGS_CHUNK = 1024;

function flagsIn(text: string, b: Bounds, cache: NormCache, from: number, to: number): void {
  for (let k = from; k < to; k++) flagsOf(text, b, cache, k, text.length);
}

/** The words of text[start, end) (see Words); outside an analysis the span is scanned alone. */
export function words(text: string, start = 0, end = text.length): Words {
  if (cachedText === null || text.length !== cachedText.length || text !== cachedText) {
    const b = scanBounds(text, start, end);
    return new Words(text, b, emptyNorms(b.count), 0, b.count, end);
  }
  const lo = wordFrom(bounds, blocks, start);
  return new Words(text, bounds, norms, lo, Math.max(0, wordFrom(bounds, blocks, end) - lo), end);
}

/** The norm of word k (clipped at `limit`): `Token.norm`. */
function normAt(text: string, b: Bounds, cache: NormCache, k: number, limit: number): string {
  const id = wordId(text, b, k, limit, cache);
  return b.ends[k]! <= limit && b.elided[k] === 1 ? elidedNorm(cache.texts[id]!) : cache.list[id]!;
}

/**
 * `words(text, start, end).norm(0)`, or "" when the span holds no word: for rules that read a span's first word only
 * and mostly stop there (no view object made for them).
 */
export function firstNorm(text: string, start: number, end: number): string {
  if (cachedText === null || text.length !== cachedText.length || text !== cachedText) {
    const w = words(text, start, end);
    return w.length > 0 ? w.norm(0) : "";
  }
  const lo = wordFrom(bounds, blocks, start);
  return wordFrom(bounds, blocks, end) > lo ? normAt(text, bounds, norms, lo, end) : "";
}

/**
 * The first `n` words of text[start, end): `tokens(text, start, end).slice(0, n)` without
 * building the rest (for rules that look at a span's opening words only).
 */
export function firstTokens(text: string, start: number, end: number, n: number): Token[] {
  if (cachedText === null || text.length !== cachedText.length || text !== cachedText) return scan(text, start, end).slice(0, n);
  const lo = wordFrom(bounds, blocks, start);
  return toTokens(text, bounds, lo, Math.min(wordFrom(bounds, blocks, end), lo + Math.max(0, n)), end, norms);
}

/** How many words text[start, end) holds, without building tokens (cached text only). */
export function countWords(text: string, start: number, end: number): number {
  if (cachedText === null || text !== cachedText) return scan(text, start, end).length;
  return wordFrom(bounds, blocks, end) - wordFrom(bounds, blocks, start);
}

// (At module level: a regular expression literal in a function is a new object at each call.)
const POSSESSIVE = /[’']s$/;
const TRAILING_DOTS = /\.+$/;

export function normWord(word: string): string {
  const lower = word.toLowerCase();
  const last = lower.charCodeAt(lower.length - 1);
  // Fast path: most words end in a plain letter (not "s" of a possessive, not a dot).
  if (last !== 46 && last !== 115) return lower;
  return lower.replace(POSSESSIVE, "").replace(TRAILING_DOTS, "");
}
