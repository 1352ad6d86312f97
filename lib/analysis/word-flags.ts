// Which word lists a norm belongs to, as bits: computed once per distinct word of an analysis
// (words.ts keeps them by norm id), so the per-word rules test a bit instead of hashing the
// word into several sets each time they meet it.
import * as argument from "./lexicon-argument";
import * as lexicon from "./lexicon";
import { ALL_CUE_HEADS, pronounForm, pronounIn } from "./lexicons";

export const NOT_NAME = 1;
export const MONTH = 2;
export const WEEKDAY = 4;
export const OFFICE_NOUN = 8;
export const OFFICE_MODIFIER = 16;
export const NAME_CONNECTOR = 32;
export const REPORTING_VERB = 64;
export const EVALUATIVE = 128;
export const MILD_EVALUATIVE = 256;
/** The first word of a check-worthiness cue phrase in some language (lexicons' `cues`). */
export const CUE_HEAD = 512;
export const DOCUMENT_NOUN = 1024;
export const EVENT_NOUN = 2048;
/** "the", "a", "an". */
export const DETERMINER = 4096;
/** "statement", "remarks", "слова", "propos": a noun for an act of speaking or writing. */
export const SPEECH_NOUN = 8192;
/** A noun of a person's field or calling by its ending: "environmentalist", "économiste", "журналист", "велогонщик". */
export const AGENT_NOUN = 16384;

/** An English simple past or participle ("welcomed", "gave"): see past-events.ts. */
export const ENGLISH_PAST = 32768;

/** A third-person pronoun or a word holding one, in some language: `pronounIn(norm) ?? pronounForm(norm)` is defined. */
export const PRONOUN = 65536;

/** A word that can open or mark a clause of its own in splitClauses (clauses.ts): its opening and joint words. */
export const CLAUSE_WORD = 131072;

/** A regular past tense or participle: "welcomed", "pledged", "retaliated", "was excluded". */
const EN_PAST = /^\p{Ll}{3,}ed$/u;
/** "unexpected", "unarmed", "unprecedented": a negated participle is an adjective ("undermined", "unveiled" are verbs). */
const EN_NEGATED = /^un(?!der|veil|leash|lock|load|fold|ite)\p{Ll}/u;
/** The commonest irregular pasts of news events. */
const EN_IRREGULAR = new Set(
  "gave given took taken made met led sent fought flew drove rode hid shot struck stole sold bought paid broke broken began begun fled hit won lost left".split(
    " ",
  ),
);
/** Words in -ed that are no past tense: nouns, adverbs, adjectives and verbs whose stem ends so. */
const EN_NOT_PAST = new Set(
  "hundred red bed shed seed speed feed need needed breed bred sacred naked wicked indeed proceed exceed succeed embed kindred rugged ragged beloved learned aged alleged aforementioned so-called concerned interested related limited based supposed used".split(
    " ",
  ),
);
const isEnglishPast = (norm: string): boolean =>
  EN_IRREGULAR.has(norm) || (norm.endsWith("ed") && EN_PAST.test(norm) && !EN_NOT_PAST.has(norm) && !EN_NEGATED.test(norm));

/** Those endings (not "Christ", "persist", "датчик": at least seven letters, "-чик" after five). */
const AGENT_ENDING = /^(?:\p{L}{4,}(?:ists?|istes?|istas?|isten|ист|истка|щик)|\p{L}{5,}чик)$/u;

/** Whether the norm holds one of those endings' cores (the pattern backtracks over every letter; most words have none). */
const mayBeAgent = (norm: string): boolean => norm.includes("ist") || norm.includes("ист") || norm.endsWith("щик") || norm.endsWith("чик");

const LISTS: ReadonlyArray<readonly [number, ReadonlySet<string>]> = [
  [NOT_NAME, lexicon.NOT_NAMES],
  [MONTH, lexicon.MONTHS],
  [WEEKDAY, lexicon.WEEKDAYS],
  [OFFICE_NOUN, lexicon.OFFICE_NOUNS],
  [OFFICE_MODIFIER, lexicon.OFFICE_MODIFIERS],
  [NAME_CONNECTOR, lexicon.NAME_CONNECTORS],
  [REPORTING_VERB, lexicon.REPORTING_VERBS],
  [EVALUATIVE, argument.EVALUATIVE],
  [MILD_EVALUATIVE, argument.MILD_EVALUATIVE],
  [CUE_HEAD, ALL_CUE_HEADS],
  [DOCUMENT_NOUN, lexicon.DOCUMENT_NOUNS],
  [EVENT_NOUN, lexicon.EVENT_NOUNS],
  [DETERMINER, new Set(["the", "a", "an"])],
  [SPEECH_NOUN, lexicon.SPEECH_NOUNS],
  [CLAUSE_WORD, new Set("because since given for as but however yet despite although though while whereas".split(" "))],
];

/** Each norm of some list → the bits of all its lists: one lookup per word, not one per list (built once, constant data). */
const LIST_BITS: ReadonlyMap<string, number> = (() => {
  const bits = new Map<string, number>();
  for (const [bit, list] of LISTS) for (const word of list) bits.set(word, (bits.get(word) ?? 0) | bit);
  return bits;
})();

/**
 * "экс-мэр", "ex-ministre", "вице-премьер", "премьер-министр", "генерал-губернатор": a hyphenated
 * word whose last part is an office noun is an office noun (a short first part only: "Жан-Франсуа" is a name).
 */
const OFFICE_PREFIX = /^(?:экс|ex|вице|vice|\p{L}{3,8})-(?=\p{L}+$)/u;

export function lexFlags(norm: string): number {
  let f = LIST_BITS.get(norm) ?? 0;
  // "освобождён" and "освобожден": Russian often writes ё as е; the lists hold either.
  if (norm.includes("ё")) f |= lexFlags(norm.replace(/ё/g, "е"));
  if (norm.length >= 7 && mayBeAgent(norm) && AGENT_ENDING.test(norm)) f |= AGENT_NOUN;
  if (isEnglishPast(norm)) f |= ENGLISH_PAST;
  if (pronounIn(norm) !== undefined || pronounForm(norm) !== undefined) f |= PRONOUN;
  // (The prefix pattern is tried only on a hyphenated word.)
  if (!(f & OFFICE_NOUN) && norm.includes("-")) {
    const prefix = OFFICE_PREFIX.exec(norm);
    if (prefix && lexicon.OFFICE_NOUNS.has(norm.slice(prefix[0].length))) f |= OFFICE_NOUN;
  }
  return f;
}
