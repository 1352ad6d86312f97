// The cue words of Walton's schemes (lexicons/scheme-cues.json) compiled once per language into
// phrases indexed by their first word, so a statement's cues are found in one pass over its words
// (regular expressions over ~500 alternatives cost a second to compile per language). PURE. The
// phrases are data; this module only knows their small syntax: "…" is a gap of up to six words, a
// leading "^" anchors the phrase at the start of a sentence or clause ("Like X, Y" is an analogy,
// "looks like" is not).
import data from "./lexicons/scheme-cues.json";

export type CueStrength = "strong" | "weak";

/** How much one cue raises a scheme's confidence (combined as a noisy-or, see noisy-or.ts). */
export const CUE_WEIGHT: Readonly<Record<CueStrength, number>> = { strong: 0.55, weak: 0.2 };

export interface SchemeCueHit {
  schemeId: string;
  strength: CueStrength;
  /** The words as written in the statement. */
  words: string;
}

interface Phrase {
  schemeId: string;
  strength: CueStrength;
  /** Word runs, with a gap of up to GAP words between consecutive runs. */
  parts: string[][];
  anchored: boolean;
}

type Tiers = Partial<Record<CueStrength, string[]>>;
const LANGUAGES = data.languages as Record<string, Record<string, Tiers>>;
const EXPERT_NOUNS = data.expertNouns as Record<string, string[]>;
export const SCHEME_CUES_PROVENANCE: string = data.provenance;
const GAP = 6;

interface Word {
  norm: string;
  start: number;
  end: number;
  /** First word of its sentence or clause: nothing but punctuation of a break before it. */
  clauseStart: boolean;
}

// Letters and digits, with inner apostrophes and hyphens ("can't", "so-called", "из-за").
const WORD = /[\p{L}\p{N}]+(?:['’ʼ-][\p{L}\p{N}]+)*/gu;
const BREAK = /[.!?;:,(“”"«»—–]/;

function words(text: string): Word[] {
  const out: Word[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    out.push({
      norm: m[0].toLowerCase().replace(/[’ʼ]/g, "'"),
      start: m.index,
      end: m.index + m[0].length,
      clauseStart: out.length === 0 || BREAK.test(text.slice(last, m.index)),
    });
    last = m.index + m[0].length;
  }
  return out;
}

const phraseWords = (phrase: string): string[] => words(phrase).map((w) => w.norm);

function index(list: Array<Omit<Phrase, "parts" | "anchored"> & { phrase: string }>): Map<string, Phrase[]> {
  const map = new Map<string, Phrase[]>();
  for (const { phrase, ...rest } of list) {
    const anchored = phrase.startsWith("^");
    const parts = phrase
      .split("…")
      .map(phraseWords)
      .filter((p) => p.length > 0);
    const head = parts[0]?.[0];
    if (!head) continue;
    map.set(head, [...(map.get(head) ?? []), { ...rest, parts, anchored }]);
  }
  return map;
}

/** The index of the word after the phrase when it matches at word i, else -1. */
function matchAt(ws: readonly Word[], i: number, p: Phrase): number {
  if (p.anchored && !ws[i]!.clauseStart) return -1;
  let at = i;
  for (let k = 0; k < p.parts.length; k++) {
    const part = p.parts[k]!;
    const fits = (from: number) => part.every((w, j) => ws[from + j]?.norm === w);
    if (k === 0) {
      if (!fits(at)) return -1;
    } else {
      let from = at;
      while (from <= at + GAP && from < ws.length && !fits(from)) from++;
      if (from > at + GAP || from >= ws.length) return -1;
      at = from;
    }
    at += part.length;
  }
  return at;
}

function find(text: string, phrases: ReadonlyMap<string, readonly Phrase[]>): Array<{ phrase: Phrase; start: number; end: number }> {
  const ws = words(text);
  const found: Array<{ phrase: Phrase; start: number; end: number }> = [];
  ws.forEach((w, i) => {
    for (const p of phrases.get(w.norm) ?? []) {
      const next = matchAt(ws, i, p);
      if (next > i) found.push({ phrase: p, start: w.start, end: ws[next - 1]!.end });
    }
  });
  return found;
}

const compiled = new Map<string, { cues: Map<string, Phrase[]>; experts: Map<string, Phrase[]> }>();

/** The primary subtag of a BCP 47 tag ("en-GB" → "en"); English when absent. */
export const primaryLanguage = (language: string | null | undefined): string => (language ?? "en").toLowerCase().split(/[-_]/)[0] || "en";

function forLanguage(language: string | null | undefined) {
  const key = primaryLanguage(language);
  let c = compiled.get(key);
  if (!c) {
    const schemes = Object.entries(LANGUAGES[key] ?? {}).flatMap(([schemeId, tiers]) =>
      (["strong", "weak"] as const).flatMap((strength) => (tiers[strength] ?? []).map((phrase) => ({ schemeId, strength, phrase }))),
    );
    c = {
      cues: index(schemes),
      experts: index((EXPERT_NOUNS[key] ?? []).map((phrase) => ({ schemeId: "expert-opinion", strength: "strong" as const, phrase }))),
    };
    compiled.set(key, c);
  }
  return c;
}

/** Every scheme cue in a statement, each distinct wording once per scheme and strength. */
export function findSchemeCues(text: string, language?: string | null): SchemeCueHit[] {
  // A weak cue inside a strong one of the same scheme ("law" in "international law") is the same
  // evidence and is not counted twice; longer phrases are kept before the shorter ones they hold.
  const all = find(text, forLanguage(language).cues).sort(
    (a, b) =>
      (a.phrase.strength === b.phrase.strength ? 0 : a.phrase.strength === "strong" ? -1 : 1) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const taken = new Map<string, Array<[number, number]>>();
  const hits: Array<SchemeCueHit & { start: number }> = [];
  const seen = new Set<string>();
  for (const { phrase, start, end } of all) {
    const spans = taken.get(phrase.schemeId) ?? [];
    taken.set(phrase.schemeId, spans);
    if (spans.some(([a, b]) => start < b && a < end)) continue;
    spans.push([start, end]);
    const words = text.slice(start, end).replace(/\s+/g, " ");
    const key = `${phrase.schemeId} ${phrase.strength} ${words.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    hits.push({ schemeId: phrase.schemeId, strength: phrase.strength, words, start });
  }
  return hits.sort((a, b) => a.start - b.start).map((h) => ({ schemeId: h.schemeId, strength: h.strength, words: h.words }));
}

/** The first expert noun in a text ("the expert community", "Professor"), as written; null when none. */
export function findExpertNoun(text: string, language?: string | null): string | null {
  const first = find(text, forLanguage(language).experts).sort((a, b) => a.start - b.start || b.end - a.end)[0];
  return first ? text.slice(first.start, first.end) : null;
}

/** Languages with scheme cue lists. */
export const SCHEME_CUE_LANGUAGES: readonly string[] = Object.keys(LANGUAGES);
