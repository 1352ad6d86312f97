// Each word of a sentence classed for mention scanning (mentions.ts): part of a capitalised name,
// an office or its modifier, a name connector, a determiner, a break (inside a quotation) or other.
import { ACCORDING_FIRST_WORDS, ALL_KINSHIP_NOUNS, ALL_NUMBER_WORDS, ALL_PREPOSITIONS, ALL_RELATIVE_PRONOUNS, isGermanOffice, lexiconFor } from "./lexicons";
import type { LanguageLexicon } from "./lexicons";
import { adjacent, BREAK, CAP, CONNECTOR, DET, isAcronym, isApostrophe, MODIFIER, OFFICE, OTHER } from "./mention-runs";
import { RUSSIAN_ADJECTIVE_ANY, surnameLikeWord } from "./mention-shapes";
import type { MentionContext } from "./mentions";
import type { Span } from "./types";
import { isLowerAt, isUpperAt, words, type Words } from "./text";
import * as F from "./word-flags";

// One buffer for every sentence (scanMentions does not nest): allocating a typed array per
// sentence was a measurable cost of its own.
let clsBuffer = new Uint8Array(256);

// Patterns at module level: a regular expression literal inside a function is a new object at each evaluation.
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const GERMAN = /^de\b/i;
const RUSSIAN = /^ru\b/i;
const ROMANCE = /^(?:fr|es)\b/i;
const ISTA = /ist[ae]s?$/u;
const LOWER_PART = /-\p{Ll}+$/u;
const AGE_IN_COMMAS = /^,\s*\d{1,3},/;

/** What the mention scan reads off a document's language tag. */
export interface ScanLanguage {
  german: boolean;
  russian: boolean;
  romance: boolean;
  lexicon: LanguageLexicon;
}

// By tag, computed once (constant data): testing the tag's patterns and looking up its lexicon
// for every sentence scanned was a measurable share of the scan.
const scanLanguages = new Map<string, ScanLanguage>();

export function scanLanguage(language: string | undefined): ScanLanguage {
  const tag = language ?? "en";
  // (The tag of the previous call first: one document asks with one tag, twice per sentence.)
  if (tag === lastTag && lastLanguage !== null) return lastLanguage;
  let found = scanLanguages.get(tag);
  if (!found) {
    found = { german: GERMAN.test(tag), russian: RUSSIAN.test(tag), romance: ROMANCE.test(tag), lexicon: lexiconFor(tag) };
    if (scanLanguages.size > 64) scanLanguages.clear();
    scanLanguages.set(tag, found);
  }
  lastTag = tag;
  lastLanguage = found;
  return found;
}
let lastTag = "";
let lastLanguage: ScanLanguage | null = null;

/** The class of each word of `w`; `ex` is the first excluded span ending after the first word's start. */
export function classify(text: string, w: Words, ctx: MentionContext, sentenceStart: number, ex: number): Uint8Array {
  const n = w.length;
  if (clsBuffer.length < n + 4) clsBuffer = new Uint8Array(2 * (n + 4));
  const cls = clsBuffer;
  // (The four past the last word, set one by one: a typed array's fill is a call into the runtime, once per sentence.)
  cls[n] = 0;
  cls[n + 1] = 0;
  cls[n + 2] = 0;
  cls[n + 3] = 0;
  const exclude = ctx.exclude;
  // Only the first word can open the sentence; checked once, not per word (that was quadratic).
  // (Most sentences open on their first word: nothing before it to slice and test.)
  const firstIsInitial = n > 0 && (sentenceStart >= w.start(0) || !LETTER_OR_NUMBER.test(text.slice(sentenceStart, w.start(0))));
  const language = scanLanguage(ctx.language);
  const capitalisedNouns = language.german;
  const russian = language.russian;
  // "Le Parti populaire a exclu …": a French or Spanish article opening the sentence is not part of a name.
  const articles = language.romance ? language.lexicon.determiners : null;
  const romanceAdjectives = articles !== null;
  const pronouns = language.lexicon.pronouns;
  for (let i = 0; i < n; i++) {
    const s = w.start(i);
    while (ex < exclude.length && exclude[ex]!.end <= s) ex++;
    const q = exclude[ex];
    let c =
      q && q.start <= s
        ? BREAK
        : i === 0 && firstIsInitial && articles?.has(w.norm(i))
          ? OTHER
          : classOf(text, w, i, ctx, capitalisedNouns, i === 0 && firstIsInitial, russian, pronouns);
    // (The class in a local, each rule below asked only of the class it changes.)
    if (c === OTHER) {
      if (i > 0 && cls[i - 1] === CAP && !capitalisedNouns && surnameLikeWord(text, w, i)) c = CAP;
      // "editor Will Tracy": a capitalised modal inside the sentence, right before a capitalised word, is a given name.
      // "Former First Lady Nancy Reagan": a capitalised modifier right before a capitalised office noun belongs to the title.
      else if (
        i + 1 < n &&
        isUpperAt(text, s) &&
        isUpperAt(text, w.start(i + 1)) &&
        ((i > 0 && w.norm(i) === "will") || (w.flags(i) & F.OFFICE_MODIFIER && w.flags(i + 1) & F.OFFICE_NOUN)) &&
        adjacent(w, i, i + 1)
      )
        c = CAP;
    }
    // "su línea optimista", "el partido nacionalista": a word of a calling by its ending only ("-ista"), right after a
    // lower-case noun, is that noun's adjective, not a person's calling (after an office it still qualifies it).
    else if (
      c === OFFICE &&
      romanceAdjectives &&
      i > 0 &&
      cls[i - 1] === OTHER &&
      !(w.flags(i) & F.OFFICE_NOUN) &&
      ISTA.test(w.norm(i)) &&
      isLowerAt(text, w.start(i - 1)) &&
      adjacent(w, i - 1, i)
    )
      c = OTHER;
    // "the Sunday Telegraph", "the May Day Parade": a capitalised day or month between "the" and a name opens that name.
    if (
      c === CAP &&
      i > 1 &&
      cls[i - 1] === OTHER &&
      w.flags(i - 1) & (F.WEEKDAY | F.MONTH) &&
      w.flags(i - 2) & F.DETERMINER &&
      isUpperAt(text, w.start(i - 1)) &&
      adjacent(w, i - 1, i)
    )
      cls[i - 1] = CAP;
    cls[i] = c;
    // "афганские власти", "местная полиция": Russian adjectives right before an office or body noun qualify it.
    if (russian && c === OFFICE)
      for (
        let k = i - 1;
        k >= 0 && k >= i - 2 && cls[k] === OTHER && adjacent(w, k, k + 1) && isLowerAt(text, w.start(k)) && RUSSIAN_ADJECTIVE_ANY.test(w.norm(k));
        k--
      )
        cls[k] = MODIFIER;
  }
  return cls;
}

/**
 * Whether one excluded span holds the start of every word of `w`: all of them are then breaks (classify), for one test.
 * `ex`: the first excluded span ending after the first word's start.
 */
export function quotedThroughout(w: Words, exclude: readonly Span[], ex: number): boolean {
  if (w.length === 0) return false;
  const q = exclude[ex];
  return q !== undefined && q.start <= w.start(0) && q.end > w.start(w.length - 1);
}

function classOf(
  text: string,
  w: Words,
  i: number,
  ctx: MentionContext,
  capitalisedNouns: boolean,
  initial: boolean,
  russian: boolean,
  pronouns: ReadonlySet<string>,
): number {
  const at = w.start(i);
  // "L'action de …": an elided article is a word of its own, never a name.
  if (isApostrophe(text.charCodeAt(w.end(i) - 1))) return OTHER;
  if (isUpperAt(text, at)) {
    const f = w.flags(i);
    if (f & (F.NOT_NAME | F.MONTH | F.WEEKDAY)) return OTHER;
    // "Er fügte hinzu", "Ella dijo", "Sie sagte": the language's own pronoun, capitalised, is no name (in English text "Ella" may be one).
    if (pronouns.has(w.norm(i))) return OTHER;
    // German capitalises every noun: an office noun is an office, not a name ("Die Abgeordnete Christina Berg").
    if (capitalisedNouns && (f & F.OFFICE_NOUN || isGermanOffice(w.norm(i)))) return OFFICE;
    // "Laut Innenminister Paul Weber", "Selon …", "После боя …": an according-to word or a preposition opening the sentence is no name.
    // ("Tres veces negó el líder …": nor a number word.)
    if (initial && (ACCORDING_FIRST_WORDS.has(w.norm(i)) || ALL_PREPOSITIONS.has(w.norm(i)) || ALL_NUMBER_WORDS.has(w.norm(i)))) return OTHER;
    // (Not a kinship noun: those name a speaker only in lower case; "Mari Carmen Arévalo" is a given name.)
    if (initial && f & (F.OFFICE_NOUN | F.AGENT_NOUN) && !ALL_KINSHIP_NOUNS.has(w.norm(i))) return OFFICE;
    // "Официальные представители …", "Местная полиция …": a Russian adjective opening the sentence before an office noun qualifies it.
    if (initial && russian && i + 1 < w.length && w.flags(i + 1) & F.OFFICE_NOUN && isLowerAt(text, w.start(i + 1)) && RUSSIAN_ADJECTIVE_ANY.test(w.norm(i)))
      return MODIFIER;
    // "Задачей-минимум Канаев видит …", "Фотограф-любитель Пол Гореш": a capital that opens the sentence
    // on a word ending in a lower-case part is a common word, not part of the name after it.
    if (initial && LOWER_PART.test(w.word(i))) return OTHER;
    if (initial && !isAcronym(w.word(i)) && !ctx.docNames.has(w.norm(i))) {
      // "Здоровье Хиллари вызывает …", "Ателье Андреа Падована": a Russian abstract or neuter noun opening the sentence is no name.
      if (russian && RUSSIAN_COMMON_NOUN.test(w.norm(i))) return OTHER;
      // A capital that only opens the sentence is a name when a name follows it or when
      // it is the subject of a reporting verb ("Paris also strongly condemned ...").
      let speaks = false;
      // Up to three words on, not past a comma ("Более того, как сообщает CNN": "Более" does not speak).
      for (let k = i + 1; k < Math.min(i + 4, w.length) && !speaks && !hasComma(text, w.end(k - 1), w.start(k)); k++)
        speaks = (w.flags(k) & F.REPORTING_VERB) !== 0;
      // "Syakrani, 24, says …": an age in commas after it (sliced only when a comma follows).
      if (!speaks && text.charCodeAt(w.end(i)) === 44 && AGE_IN_COMMAS.test(text.slice(w.end(i), w.end(i) + 7))) speaks = true;
      // "Smith, who chairs …": a relative clause attaches to a name.
      if (!speaks && i + 1 < w.length && ALL_RELATIVE_PRONOUNS.has(w.norm(i + 1))) speaks = true;
      // "Предположительно, Юханссон …": a comma ends it; the capital after it starts another name.
      if (!speaks && (i + 1 >= w.length || !isUpperAt(text, w.start(i + 1)) || !adjacent(w, i, i + 1))) return OTHER;
    }
    return CAP;
  }
  if (!isLowerAt(text, at)) return OTHER;
  // "Suleiman al-Amr", "Abd al-Rahman": an Arabic article joined to a capital belongs to the name.
  // (Its hyphen is the word's third or fourth character, read in the text: most words need neither their string nor a match.)
  const end = w.end(i);
  if (((at + 2 < end && text.charCodeAt(at + 2) === 45) || (at + 3 < end && text.charCodeAt(at + 3) === 45)) && ARABIC_PARTICLE.test(w.word(i))) return CAP;
  const f = w.flags(i);
  if (f & (F.OFFICE_NOUN | F.AGENT_NOUN)) return OFFICE;
  if (f & F.OFFICE_MODIFIER) return MODIFIER;
  if (f & F.NAME_CONNECTOR) return CONNECTOR;
  if (f & F.DETERMINER) return DET;
  return OTHER;
}

/** `text.slice(from, to).includes(",")` without slicing. */
function hasComma(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 44) return true;
  return false;
}

/** Endings of Russian abstract and neuter nouns, never of a given name or a surname opening a sentence. */
const RUSSIAN_COMMON_NOUN = /(?:ость|ение|ание|ство|ствие|тие|ье|знь)$/u;

const ARABIC_PARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az|ibn|bin|abu)-\p{Lu}/u;

/** Whether text[from, to) holds a colon or an opening quotation mark: /[:“"«„「]/ without slicing. */
function opensSpeech(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 0x201c || c === 34 || c === 0xab || c === 0x201e || c === 0x300c) return true;
  }
  return false;
}

/** Capitalised words that occur mid-sentence somewhere: evidence that they are names. */
export function collectDocNames(text: string, sentences: readonly Span[]): Set<string> {
  const names = new Set<string>();
  // In chunks of sentences: one loop over the whole document per analysis ran only in on-stack-replaced code, which V8
  // dropped and compiled again over the first analyses (in between it ran unoptimised); a helper called per chunk keeps its code.
  for (let si = 0; si < sentences.length; si += DOC_NAMES_CHUNK) namesIn(text, sentences, si, Math.min(sentences.length, si + DOC_NAMES_CHUNK), names);
  return names;
}
const DOC_NAMES_CHUNK = 64;

/** collectDocNames over sentences [from, to). */
function namesIn(text: string, sentences: readonly Span[], from: number, to: number, names: Set<string>): void {
  for (let si = from; si < to; si++) {
    const s = sentences[si]!;
    const w = words(text, s.start, s.end);
    // Only capitals mid-sentence count, and not right after an opening quote or a colon.
    for (let i = 1; i < w.length; i++) if (isUpperAt(text, w.start(i)) && !opensSpeech(text, w.end(i - 1), w.start(i))) names.add(w.norm(i));
  }
}
