// Shapes around a name that coreference reads: whether it is an object (after a preposition, a
// possessive, a Russian oblique case), the office phrase that leads up to a person, joint names,
// the pronoun that opens a sentence.
import { OFFICE_NOUNS } from "./lexicon";
import { isApostrophe, RUSSIAN_OBJECT_ENDING } from "./mention-runs";
import { pronounForm, pronounIn, PRONOUNS } from "./lexicons";
import type { Mention } from "./mentions";
import type { PronounGender } from "./lexicons";
import type { Span } from "./types";
import { isSpaceAt, words } from "./text";
import * as F from "./word-flags";

const WORD_OR_SPACE = /[\p{L}\s’'-]/u;

/** `/[\p{L}\s’'-]/u.test(s[i])`, without the pattern for ASCII (the common case). */
function wordOrSpace(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return ((c | 32) >= 97 && (c | 32) <= 122) || c === 32 || (c >= 9 && c <= 13) || c === 39 || c === 45;
  return WORD_OR_SPACE.test(s[i]!);
}

const POSSESSIVE_AFTER = /^[’']s?(?!\p{L})/u;
const WORDS_ONLY = /^[\p{L}\s’'-]*$/u;
/** `/^\s*,/.test(text.slice(at, at + 2))`, without slicing. */
const commaAfter = (text: string, at: number): boolean => text.charCodeAt(at) === 44 || (isSpaceAt(text, at) && text.charCodeAt(at + 1) === 44);

/**
 * Whether the name at [start, end) is an object or an owner, not a subject: after a preposition
 * ("with Mark Lee", "for a unique New Zealand flag"), a possessive ("New Zealand's Prime
 * Minister"), or in a Russian oblique case ("с Ивановым").
 */
export function isObjectAt(
  text: string,
  start: number,
  end: number,
  sentenceStart: number,
  prepositions: ReadonlySet<string>,
  determiners: ReadonlySet<string>,
  russian: boolean,
): boolean {
  // (Only an apostrophe right after the name can start a possessive: the pattern is tried only then.)
  if (isApostrophe(text.charCodeAt(end)) && POSSESSIVE_AFTER.test(text.slice(end, end + 3))) return true;
  // "For Kevin Allton, a USI instructor, Warhol was …": a viewpoint opening the sentence is no object.
  // (The comma after the name first, without slicing: most names have none.)
  if (commaAfter(text, end) && start - sentenceStart <= 40) {
    const lead = text.slice(sentenceStart, start);
    if (lead && WORDS_ONLY.test(lead) && lead.trim().split(/\s+/).length <= 3) return false;
  }
  // A preposition right before it (past its office), or a preposition, a determiner and one more word, with no punctuation between.
  const from = Math.max(0, start - 40);
  let cut = start;
  while (cut > from && wordOrSpace(text, cut - 1)) cut--;
  // (The words before the name are read last first, each only when a test needs it.)
  back.cut = cut;
  back.end = start;
  back.trailing = true;
  const w0 = back.word(text);
  if (w0 === undefined) return russian && russianObject(text, start, end);
  if (prepositions.has(w0)) return true;
  const w1 = back.word(text);
  if (w1 !== undefined) {
    if (prepositions.has(w1) && determiners.has(w0)) return true;
    if (determiners.has(w1)) {
      const w2 = back.word(text);
      if (w2 !== undefined && prepositions.has(w2)) return true;
    }
  }
  return russian && russianObject(text, start, end);
}

/** The case shows on each word of a name, and on the first of "Центризбиркому Казахстана". */
function russianObject(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end).toLowerCase();
  return RUSSIAN_OBJECT_ENDING.test(name) || RUSSIAN_OBJECT_ENDING.test(name.split(" ")[0]!);
}

/**
 * The words of `text.slice(cut, start).toLowerCase().split(/\s+/).filter(Boolean)` without its trailing office nouns (but
 * the first word), last first, one per call to `word` (undefined past the first): read backwards, so only the words a test
 * asks for are sliced (asked for every mention). One reader for every call: a new one per mention was an allocation.
 */
class WordsBack {
  cut = 0;
  end = 0;
  trailing = true;

  word(text: string): string | undefined {
    const cut = this.cut;
    for (;;) {
      let end = this.end;
      while (end > cut && isSpaceAt(text, end - 1)) end--;
      if (end === cut) {
        this.end = end;
        return undefined;
      }
      let begin = end;
      while (begin > cut && !isSpaceAt(text, begin - 1)) begin--;
      const word = text.slice(begin, end).toLowerCase();
      this.end = begin;
      // "du président José Ramón Bauzà": the office before the name is part of the same object.
      if (this.trailing && OFFICE_NOUNS.has(word) && hasNonSpace(text, cut, begin)) continue;
      this.trailing = false;
      return word;
    }
  }
}
const back = new WordsBack();

function hasNonSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceAt(text, i)) return true;
  return false;
}

/** ,;:.!? */
const isClausePunctuation = (c: number): boolean => c === 44 || c === 59 || c === 58 || c === 46 || c === 33 || c === 63;

/**
 * `/^(?:[^,;:.!?]{1,60},\s*)?[^,;:.!?]*$/u.test(text.slice(from, to))` in one pass, without slicing: no such
 * punctuation before `to`, or only one comma, after one to 60 characters (code points).
 */
export function opensSentence(text: string, from: number, to: number): boolean {
  let comma = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isClausePunctuation(c)) continue;
    if (c !== 44 || comma >= 0) return false;
    comma = i;
  }
  if (comma < 0) return true;
  let points = 0;
  for (let i = from; i < comma; i++) if (!(i > from && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1)))) points++;
  return points >= 1 && points <= 60;
}
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Between two parts of one office phrase: a space, a short preposition ("в", "от", "of") or an age ("68-летняя"). */
const APPOSED = /^(?:\s+\p{Ll}[\p{L}-]*){0,2}\s*,\s*$/u;
const JOINED_BY_PREPOSITION = /^\s+(?:(?:\p{Ll}{1,3}|\d+-\p{Ll}+)\s+)?$/u;

/**
 * The office noun of an office phrase that runs up to the person at `i` through names joined by short
 * prepositions: "Кандидат в президенты США от Демократической партии Хиллари Клинтон" → "кандидат".
 */
export function officeBefore(text: string, mentions: readonly Mention[], i: number): string | undefined {
  // The phrase's head is its first office: "кандидат", not "президенты" of "в президенты США".
  let office: string | undefined;
  // "el lehendakari del Gobierno vasco, Juan José Ibarretxe": an office in apposition, its last adjectives left out of the mention.
  // (Asked for every person named: each gap is sliced for its pattern only when it ends on a comma or opens on a space.)
  const before = mentions[i - 1];
  if (before?.kind === "office" && endsOnComma(text, before.end, mentions[i]!.start) && APPOSED.test(text.slice(before.end, mentions[i]!.start)))
    return before.name.split(" ")[0]!.toLowerCase();
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const gap = mentions[j]!.end;
    const next = mentions[j + 1]!.start;
    if (!(gap < next && isSpaceAt(text, gap)) || !atMostOneWord(text, gap, next) || !JOINED_BY_PREPOSITION.test(text.slice(gap, next))) break;
    if (mentions[j]!.kind === "office") office = mentions[j]!.name.split(" ")[0]!.toLowerCase();
  }
  return office;
}

/** Whether text[from, to) holds at most one run of characters that are not spaces, as JOINED_BY_PREPOSITION's match does. */
function atMostOneWord(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isSpaceAt(text, i)) i++;
  while (i < to && !isSpaceAt(text, i)) i++;
  while (i < to && isSpaceAt(text, i)) i++;
  return i === to;
}

/** Whether the last character of text[from, to) that is not a space is a comma. */
function endsOnComma(text: string, from: number, to: number): boolean {
  while (to > from && isSpaceAt(text, to - 1)) to--;
  return to > from && text.charCodeAt(to - 1) === 44;
}

/** Words that make a pronoun after them another noun's owner. */
const OF_WORDS: ReadonlySet<string> = new Set(["of", "de", "des", "du", "von"]);
/** How far after a one-word name (characters) a pronoun may show its gender. */
const SINGLE_NAME_REACH = 80;

/**
 * The gender the first third-person pronoun after `from` (before `until`, within reach) shows:
 * "Adele, in her performance" → feminine. Undefined for "it"/"they", for none, and for a pronoun
 * in another noun's complement ("Respect, and others of her songs").
 */
export function genderAfter(text: string, from: number, until: number): "masculine" | "feminine" | undefined {
  const w = words(text, from, Math.min(until, from + SINGLE_NAME_REACH));
  for (let i = 0; i < w.length; i++) {
    // (A word that is no pronoun and holds none is skipped on its flag: three lookups a word were a cost of their own.)
    if (!(w.flags(i) & F.PRONOUN)) continue;
    const norm = w.norm(i);
    const g = PRONOUNS.get(pronounIn(norm) ?? pronounForm(norm) ?? "");
    if (g === undefined) continue;
    if ((g !== "masculine" && g !== "feminine") || (i > 0 && OF_WORDS.has(w.norm(i - 1)))) return undefined;
    return g;
  }
  return undefined;
}

/** "Raúl Tamudo y Martín Posse": two names of two or three capitalised words each, joined by "and". */
const JOINT_PEOPLE = /^(\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+){1,2}) (?:and|y|e|et|und|и|i) (\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+){1,2})$/u;

/** How many " " the string holds, counted up to four. */
function spaces(s: string): number {
  let n = 0;
  for (let i = s.indexOf(" "); i >= 0 && n < 4; i = s.indexOf(" ", i + 1)) n++;
  return n;
}

/**
 * The mentions with a joint name ("los delanteros Raúl Tamudo y Martín Posse") read as the two people it
 * names, so that a later "Tamudo" or "Posse" finds each of them. (The mention scan keeps such a run whole:
 * as a speaker, "X and Y said" is both of them.)
 */
export function splitJointPeople(mentions: readonly Mention[]): readonly Mention[] {
  // Copied only from the first joint name on (most sentences have none): a flatMap made an array per mention.
  let out: Mention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    // (Its match holds four spaces at least: the pattern is tried only on a name with as many.)
    const joint = m.kind === "name" && spaces(m.name) >= 4 ? JOINT_PEOPLE.exec(m.name) : null;
    if (!joint || m.name.length !== m.end - m.start) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, i);
    const [, a, b] = joint as unknown as [string, string, string];
    out.push({ name: a, kind: "person", start: m.start, end: m.start + a.length }, { name: b, kind: "person", start: m.end - b.length, end: m.end });
  }
  return out ?? mentions;
}

/**
 * The gender of the third-person pronoun that opens an author's sentence ("Il a choisi …", "She met …"), if one does, or
 * "latter" when the sentence opens on "the latter" ("Ce dernier …", "Cette dernière …", "The latter …", "Letzterer …").
 */
export function leadPronoun(text: string, s: Span): PronounGender | "latter" | undefined {
  // (Asked of every author's sentence: the phrases' pattern is tried only on a sentence opening on one of their first letters.)
  if (mayOpenLatter(text, s.start) && LATTER_OPENING.test(text.slice(s.start, s.start + 16))) return "latter";
  const word = leadWord(text, s.start);
  // (A word longer than every pronoun is none: not lower-cased to be looked up.)
  return word && word.length <= LONGEST_PRONOUN ? PRONOUNS.get(word.toLowerCase()) : undefined;
}
const LONGEST_PRONOUN = Math.max(...[...PRONOUNS.keys()].map((p) => p.length));

/**
 * `LEAD_WORD.exec(text.slice(start, start + 8))?.[0]`: an ASCII opening is read by its codes (asked of every author's
 * sentence; the slice and the match were an allocation each), anything else by the pattern.
 */
function leadWord(text: string, start: number): string | undefined {
  const limit = Math.min(start + 8, text.length);
  let i = start;
  for (; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return LEAD_WORD.exec(text.slice(start, start + 8))?.[0];
    if ((c | 32) < 97 || (c | 32) > 122) break;
  }
  return i > start && i < limit && isSpaceAt(text, i) ? text.slice(start, i) : undefined;
}
const LEAD_WORD = /^\p{L}+(?=\s)/u;
const LATTER_OPENING = /^(?:ce dernier|cette dernière|the latter|letzterer|letztere|este último|esta última)\b/iu;
/**
 * Whether text at i opens like one of those phrases: "ce", "le", "es" or "eſ" (ſ folds to s under /iu), "the l", in either
 * case (no other character folds to these letters). Most sentences opening on "The" are then not sliced for the pattern.
 */
function mayOpenLatter(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 32;
  const d = text.charCodeAt(i + 1);
  if (c === 99 || c === 108) return (d | 32) === 101;
  if (c === 101) return (d | 32) === 115 || d === 0x17f;
  return c === 116 && (d | 32) === 104 && (text.charCodeAt(i + 2) | 32) === 101 && text.charCodeAt(i + 3) === 32 && (text.charCodeAt(i + 4) | 32) === 108;
}
