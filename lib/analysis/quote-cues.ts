// Cues around a quotation's marks that tell speech: a reporting verb right after the closing mark, a tag word after it
// ("„…“, so ein Sprecher"), a colon or a verb of speech right before the opening mark.
import * as lexicon from "./lexicon";
import { lexiconFor } from "./lexicons";
import type { Span } from "./types";
import type { KindResult } from "./quote-kind-results";
import { isLetter, isSpaceAt, isUpperAt, words } from "./text";
import * as F from "./word-flags";
import { describedAs } from "./unspaced-verbs";
import { PUT_FORWARD_BEFORE } from "./quote-kind-unspaced";

const { COMPLEMENTIZERS, REPORTING_VERBS } = lexicon;

// (At module level: a regular expression literal in a function is a new object at each call, and this runs for every quotation.)
const WORD_NEXT = /^[^\S\n]*(?:[,—–-][^\S\n]*){0,2}\p{L}/u;
/** Whether a reporting verb follows the closing mark closely: "‘We are ready,’ the minister said", "«…», — сказал он". */
export function followedBySpeech(text: string, quoteEnd: number): boolean {
  if (!WORD_NEXT.test(text.slice(quoteEnd, quoteEnd + 6))) return false;
  const w = words(text, quoteEnd, Math.min(text.length, quoteEnd + 60));
  // (Not past a comma after lower-case words: "lors de « L'Émission politique » du jeudi 23 mars, accusé l'Élysée"; a name
  // in commas is the verb's subject: "« … », Karim Hacène, journaliste a twitté".)
  let lower = false;
  for (let i = 0; i < Math.min(5, w.length); i++) {
    if (lower && hasComma(text, w.end(i - 1), w.start(i))) return false;
    lower ||= !isUpperAt(text, w.start(i));
    if (w.flags(i) & F.REPORTING_VERB && !isUpperAt(text, w.start(i))) return true;
  }
  return false;
}

/** `text.slice(start, end).includes(",")`, without the slice. */
function hasComma(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 44) return true;
  return false;
}

/** A word standing for the reporting verb right after the closing mark and a comma ("„…“, so ein Sprecher"), or null. */
export function quoteTagAfter(text: string, quoteEnd: number, language: string): string | null {
  // (Most quotations have no comma after them: no slice or match then.)
  const m = text.charCodeAt(quoteEnd) === 44 ? /^,[^\S\n]*(\p{L}+)[^\S\n]+\p{L}/u.exec(text.slice(quoteEnd, quoteEnd + 24)) : null;
  return m && lexiconFor(language).quoteTags.has(m[1]!.toLowerCase()) ? m[1]!.toLowerCase() : null;
}

/** Whether the words just before the quotation introduce speech: "X said:", "X stated “". */
export function introducesSpeech(text: string, quoteStart: number, lineStart: number): boolean {
  // Scanned backwards by hand: this runs for every quotation.
  const from = Math.max(lineStart, quoteStart - 40);
  let i = quoteStart - 1;
  while (i >= from && isSpaceAt(text, i)) i--;
  if (i < from) return false;
  if (text[i] === ":" || text[i] === "：") return true;
  if (text[i] === ",") i--;
  const end = i + 1;
  while (i >= from && (isLetter(text[i]) || text[i] === "-")) i--;
  // "called it “a disaster”" names a thing; it does not report a speech.
  const word = text.slice(i + 1, end).toLowerCase();
  if (word.length > 0 && REPORTING_VERBS.has(word) && word !== "called") return true;
  // "recordó que “Barcelona se presentó …”", "said that “…”", "заявил, что «…»": the reported clause itself.
  if (!COMPLEMENTIZERS.has(word)) return false;
  while (i >= from && (isSpaceAt(text, i) || text[i] === ",")) i--;
  const verbEnd = i + 1;
  while (i >= from && (isLetter(text[i]) || text[i] === "-")) i--;
  const verb = text.slice(i + 1, verbEnd).toLowerCase();
  return verb.length > 0 && REPORTING_VERBS.has(verb);
}

/** `!/\S/.test(text.slice(start, end))`, without the slice. */
export function onlySpaces(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceAt(text, i)) return false;
  return true;
}

// Patterns anchored at the end of a slice (/…[^\S\n]*$/) try every start of the slice; these scan back from its end instead.

/** Back from `end` past white space other than line breaks, not before `start`: the index of the character before it. */
function backPastSpaces(text: string, start: number, end: number): number {
  let i = end - 1;
  while (i >= start && text.charCodeAt(i) !== 10 && isSpaceAt(text, i)) i--;
  return i;
}

const LETTER = /^\p{L}$/u;

/** `/\p{L}[^\S\n]*$/u.test(text.slice(start, end))`: a letter ends the span but for spaces on its line. */
export function letterBeforeSpaces(text: string, start: number, end: number): boolean {
  const i = backPastSpaces(text, start, end);
  const c = text.charCodeAt(i);
  // (A letter outside the BMP ends on a low surrogate: tested as the pair.)
  if (c >= 0xdc00 && c <= 0xdfff) return i > start && LETTER.test(text.slice(i - 1, i + 1));
  return i >= start && isLetter(text[i]);
}

/** `/(\p{L}[\p{L}-]*)[^\S\n]+$/u.exec(text.slice(start, end))?.[1]`: the word before the span's closing spaces. */
export function wordBeforeSpaces(text: string, start: number, end: number): string | undefined {
  const wordEnd = backPastSpaces(text, start, end) + 1;
  if (wordEnd === end) return undefined;
  let i = wordEnd - 1;
  for (; i >= start && (isLetter(text[i]) || text[i] === "-"); i--);
  // (A surrogate pair may be a letter: left to the pattern.)
  const c = text.charCodeAt(i);
  if (i >= start && c >= 0xd800 && c <= 0xdfff) return WORD_BEFORE_SPACES.exec(text.slice(start, end))?.[1];
  // The word opens on its first letter, past any hyphens.
  while (i + 1 < wordEnd && text[i + 1] === "-") i++;
  return i + 1 < wordEnd ? text.slice(i + 1, wordEnd) : undefined;
}
const WORD_BEFORE_SPACES = /(\p{L}[\p{L}-]*)[^\S\n]+$/u;

/** Whether text[span] holds a verb form that only reports someone's words in the language (German "sei", "habe", "wolle"). */
export function reportedSpeech(text: string, span: Span, language: string): boolean {
  const re = lexiconFor(language).reportedSpeech;
  return re !== null && span.end > span.start && re.test(text.slice(span.start, span.end));
}

/** "Aussagen seien „nicht machbar“" said the other way round: „nicht machbar“ seien, a verb form of reported speech in the clause after it. */
export function reportedAfter(text: string, quoteEnd: number, language: string): boolean {
  const clause = /^[^,.;:!?\n]{0,40}/u.exec(text.slice(quoteEnd, quoteEnd + 40))![0];
  return reportedSpeech(text, { start: quoteEnd, end: quoteEnd + clause.length }, language);
}

/** Whether a verb of speech and a colon stand right before the quotation: "les manifestants ont clamé : « … »". */
export function speechColonBefore(text: string, quoteStart: number): boolean {
  const word = /(\p{L}+)\s*[:：]\s*$/u.exec(text.slice(Math.max(0, quoteStart - 40), quoteStart))?.[1];
  return word !== undefined && REPORTING_VERBS.has(word.toLowerCase());
}

/** "pour (des) (chefs de)", "chefs d'" right before the quotation, in French. */
const CHARGE_BEFORE = /(?:\bpour(?:\s+(?:des|les))?(?:\s+chefs?\s+d(?:e|['’]))?|\bchefs?\s+d(?:e|['’]))\s*$/iu;
/** Words of a prosecution in the sentence: an investigation, an indictment, a complaint. */
const PROSECUTION = /\b(?:enquête|examen|inculp|poursuiv|condamn|plainte|accus|soupçonn|parquet|procès|jug[ée])/iu;

/** "mis en examen pour « recel de détournements de fonds publics »": the quoted name of a legal charge (French). */
export function legalCharge(text: string, q: Span, sentenceStart: number, language: string): boolean {
  if (!/^fr\b/i.test(language)) return false;
  const lead = text.slice(Math.max(sentenceStart, q.start - 200), q.start);
  // (A charge is a noun phrase: no clause of its own, no editor's brackets: "« allégations [qui] portent sur … »".)
  return CHARGE_BEFORE.test(lead) && PROSECUTION.test(lead) && !/[[\]]|\bqu(?:i|e|['’])/iu.test(text.slice(q.start, q.end));
}

/** The stem (first letters, lower case) of a quotation's first word when it is capitalised: "«Лига Севера»" → "лиг". */
function firstWordStem(text: string, q: Span): string | undefined {
  const m = CAPITALISED_WORD.exec(text.slice(q.start + 1, Math.min(q.end - 1, q.start + 40)));
  const word = m?.[0].trim();
  return word ? word.toLowerCase().slice(0, Math.max(3, word.length - 2)) : undefined;
}
/** The stem of a quotation that is one capitalised word ("«Лиги»"), else undefined. */
function singleWordStem(text: string, q: Span): string | undefined {
  const inner = text.slice(q.start + 1, q.end - 1).trim();
  return /^\p{Lu}[\p{L}-]*$/u.test(inner) && inner.length >= 4 ? inner.toLowerCase().slice(0, Math.max(3, inner.length - 2)) : undefined;
}
const CAPITALISED_WORD = /^\s*\p{Lu}[\p{L}-]*/u;

const HAN_FIRST = /^[\p{Script=Han}]/u;
const inner = (text: string, q: Span): string => text.slice(q.start + 1, q.end - 1).trim();

/**
 * The keys a title is remembered by: its first word's stem ("«Лиги Севера»" → "лиг"), or a Chinese title whole, without its
 * year, and each part around a dash ("「2026臺南夏日音樂節-將軍吼」" → "臺南夏日音樂節", "將軍吼").
 */
export function titleKeys(text: string, q: Span): string[] {
  const plain = inner(text, q).replace(/^\d+/u, "");
  // (And each part of a list it names: "「好穿、好行、好洗」5大福利措施" … "「好洗」".)
  if (HAN_FIRST.test(plain)) return [inner(text, q), plain, ...plain.split(/[-－—、‧・]/u)].filter((x) => x.length >= 2);
  const stem = firstWordStem(text, q);
  return stem ? [stem] : [];
}

/** The key a later quotation is looked up by among the titles: a one-word capitalised quotation's stem, or a Chinese quotation whole. */
export function repeatKey(text: string, q: Span): string | undefined {
  if (noRepeatKey(text, q)) return undefined;
  return HAN_FIRST.test(inner(text, q)) ? inner(text, q) : singleWordStem(text, q);
}

/**
 * Whether a quotation opening on an ASCII character surely has no repeat key, read by index (no slice, trim or pattern):
 * not a capital (no Han character either), or an ASCII character other than a letter or a hyphen inside (not one word).
 */
function noRepeatKey(text: string, q: Span): boolean {
  let s = q.start + 1;
  let e = q.end - 1;
  while (s < e && isAsciiSpace(text.charCodeAt(s))) s++;
  while (e > s && isAsciiSpace(text.charCodeAt(e - 1))) e--;
  if (s >= e) return true;
  const first = text.charCodeAt(s);
  if (first >= 128) return false;
  if (first < 65 || first > 90) return true;
  for (let i = s + 1; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && c !== 45 && ((c | 32) < 97 || (c | 32) > 122)) return true;
  }
  return false;
}
const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/** How often a short Chinese quotation must recur to be a name: words someone says are seldom quoted three times over. */
const NAME_REPEATS = 3;
/** Longest quotation (characters) counted as a recurring name. */
const REPEATED_MAX = 16;
/** A Chinese name may open on a model's letters or digits: "「AH-64E阿帕契直升機」", "「P-3C型機」". */
const MODEL_FIRST = /^[A-Za-z0-9][A-Za-z0-9-]*[\p{Script=Han}]/u;

/** The short Chinese quotations a text quotes NAME_REPEATS times or more ("「識正書簡」" all through a speech about it). */
export function repeatedNames(text: string, spans: readonly Span[]): Set<string> {
  const seen = new Map<string, number>();
  for (const q of spans) {
    const key = inner(text, q);
    if (key.length >= 2 && key.length <= REPEATED_MAX && (HAN_FIRST.test(key) || MODEL_FIRST.test(key)) && !/[，。！？；：、,.!?;:]/u.test(key))
      seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [key, n] of seen) if (n >= NAME_REPEATS) out.add(key);
  return out;
}

/**
 * A title quoted again: its shortened form or a part of it after a title quoted before (`titleStems`: "«Лиги»" after
 * "«Лиги Севера»", "「將軍吼」" after "「臺南夏日音樂節-將軍吼」"), or a short Chinese quotation the text repeats (`repeated`).
 */
export function namedAgain(text: string, q: Span, titleStems: ReadonlySet<string>, repeated: ReadonlySet<string>): KindResult | null {
  // (The key first: most quotations are no title quoted again, and the tests of the words before it are then not needed.)
  const key = titleStems.size > 0 ? repeatKey(text, q) : undefined;
  const titled = key !== undefined && key !== "" && titleStems.has(key);
  if (!titled && repeated.size === 0) return null;
  // (Not where someone coins it: "蔡英文形容這是「英雄麵」" is her word, whatever the text calls the thing afterwards.)
  if (describedAs(text, q)) return null;
  // (Nor where someone says or puts it forward, again: "馬前總統講的「新三不」", "他提出了「新三不」".)
  if (PUT_FORWARD_BEFORE.test(text.slice(Math.max(0, q.start - 4), q.start))) return null;
  if (titled) return NAMED_BEFORE;
  return repeated.has(inner(text, q)) ? REPEATED_NAME : null;
}
const NAMED_BEFORE: KindResult = { kind: "title", signals: ["quote-kind:named-before"] };
const REPEATED_NAME: KindResult = { kind: "title", signals: ["quote-kind:repeated-name"] };
