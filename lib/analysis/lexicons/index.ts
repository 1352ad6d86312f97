// Per-language word lists behind attribution and check-worthiness. The lists are data
// (one JSON file per language, each stating its provenance); this module compiles them once
// into sets and regular expressions. Nothing here names a particular person, place or
// organisation: the rules are measured on texts nobody here has seen.
import de from "./de.json";
import en from "./en.json";
import es from "./es.json";
import fr from "./fr.json";
import ru from "./ru.json";
import zh from "./zh.json";

export type Gender = "masculine" | "feminine" | "plural" | "neuter";
/** A pronoun's gender, or "any" where one form serves several (German "sie": she and they). */
export type PronounGender = Gender | "any";

interface LexiconData {
  language: string;
  provenance: string;
  reportingVerbs: string[];
  accordingTo: string[];
  pronouns: Record<Gender, string[]>;
  months: string[];
  yearWords: string[];
  quantityWords: string[];
  numberWords: string[];
  ordinalPattern: string;
  eventVerbs: string[];
  agentSuffixes: string[];
  officeNouns: string[];
  timeWords: string[];
  comparatives: string[];
  ordinalWords: string[];
  /** Words that make the name after them an object ("in", "à l'", "после"), not the one speaking. */
  prepositions: string[];
  /** Articles and possessives skipped between a preposition and its name. */
  determiners: string[];
  /** Words right before a quoted name that make it a name, not speech: naming words ("a user labelled “X”", "под названием «X»") and kinds of named things ("газета «X»", "the newspaper “X”"). */
  namingWords: string[];
  /** "so-called", "так называемый", "sogenannte": the author holds the quoted words at a distance. */
  soCalled: string[];
  /** Office nouns that name a body, not a person ("ministère", "правительство"): never resolved to a person named near them. */
  bodyNouns: string[];
  /** Relative pronouns that open a clause about the name before them: ", who said", ", который отшучивается". */
  relativePronouns: string[];
  /** Nouns for an act of speaking whose owner follows them: "Комментарий шведского телевидения: «…»". */
  speechNouns: string[];
  /** "According to A, quoting B": the words that pass the source on to B. */
  quotingWords: string[];
  /** Verbs that open a quoted predicate ("Marine Le Pen « est une femme »"): such words are someone's, not a scare quote. */
  predicateStarts: string[];
  /** Object and possessive forms of the third-person pronouns, by the subject form they stand for ("по его словам" → он). */
  pronounForms: Record<string, string>;
  /** Words that stand for a reporting verb right after a quotation and its comma: German "„…“, so ein Sprecher". */
  quoteTags: string[];
}

/** What a cue word shows: see checkworthy.ts. */
export type CueKind = "event" | "time" | "comparative" | "number" | "month" | "ordinal";

/** A cue word or phrase, looked up by its first word's lower-case form. */
export interface Cue {
  kind: CueKind;
  /** The phrase's further words ("place" of "took place"). */
  rest: readonly string[];
  text: string;
}

export interface LanguageLexicon {
  language: string;
  provenance: string;
  /** Writes without spaces: words are matched as substrings, not tokens. */
  unspaced: boolean;
  reportingVerbs: ReadonlySet<string>;
  /** "according to X" phrases; match[0] ends where the source's name begins. */
  accordingTo: RegExp | null;
  officeNouns: ReadonlySet<string>;
  /** Dates written the language's way ("9 июля 2024 года", "7. Juni 2015", "2024年7月9日"). */
  date: RegExp | null;
  /** A number with a unit or a counted noun ("45 тысяч рублей", "10 %", "三成"). */
  quantity: RegExp;
  /** Numbers written as words ("три", "zwölf", "douze"). */
  numberWord: RegExp | null;
  ordinal: RegExp;
  eventVerb: RegExp | null;
  /** Chinese place and body suffixes ("…省", "…委员会"): the named agents of unspaced text. */
  agentName: RegExp | null;
  /** A month named without a day ("в сентябре", "en septembre prochain"): a date reference. */
  monthAlone: RegExp | null;
  /** Days and relative days ("yesterday", "вчера", "am Montag"): when an event happened. */
  timeWord: RegExp | null;
  /** "more than", "более", "plus de", "超过": a comparison that can be checked. */
  comparative: RegExp | null;
  /**
   * Spaced languages: every cue word and phrase by its first word, so a unit's cues are found
   * in one pass over its tokens instead of one regular expression per kind of cue.
   */
  cues: ReadonlyMap<string, readonly Cue[]>;
  /** Months are written in lower case (ru, fr, es): "Mars" the planet is no month; English and German capitalise them. */
  lowerCaseMonths: boolean;
  prepositions: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  quoteTags: ReadonlySet<string>;
}

const DATA: Record<string, LexiconData> = { de, en, es, fr, ru, zh };

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alt = (words: string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");
// JavaScript's \b only knows ASCII letters; these bounds work for Cyrillic and accents too.
const L = "(?<![\\p{L}\\p{N}])";
const R = "(?![\\p{L}\\p{N}])";
const DAY = "\\d{1,2}(?:er)?";
const YEAR = "(?:1[5-9]|20)\\d{2}";

function datePattern(d: LexiconData): RegExp | null {
  if (d.language === "zh") return /(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}月(?:\d{1,2}[日号])?)?|\d{1,2}月\d{1,2}[日号]/gu;
  if (d.months.length === 0) return null;
  const m = `(?:${alt(d.months)})`;
  const parts = [
    `${L}${DAY}\\.?\\s+(?:de\\s+)?${m}(?:\\s+(?:de\\s+)?${YEAR})?${R}`, // 9 июля 2024, 7. Juni 2015, 15 de octubre de 2023
    `${L}${m}\\s+${YEAR}${R}`, // Juni 2015, septembre 2009
  ];
  return new RegExp(parts.join("|"), "giu");
}

const words = (list: string[], unspaced: boolean, flags = "iu"): RegExp | null =>
  list.length ? new RegExp(unspaced ? `(?:${alt(list)})` : `${L}(?:${alt(list)})${R}`, flags) : null;

function cueMap(d: LexiconData): ReadonlyMap<string, readonly Cue[]> {
  const map = new Map<string, Cue[]>();
  const put = (kind: CueKind, list: string[]): void => {
    for (const phrase of list) {
      const [head, ...rest] = phrase.toLowerCase().split(/\s+/);
      if (!head || !/\p{L}/u.test(head)) continue;
      map.set(head, [...(map.get(head) ?? []), { kind, rest, text: phrase }]);
    }
  };
  put("event", d.eventVerbs);
  put("time", d.timeWords);
  put("comparative", d.comparatives);
  put("number", d.numberWords);
  put("month", d.months);
  put("ordinal", d.ordinalWords);
  return map;
}

function compile(d: LexiconData): LanguageLexicon {
  const unspaced = d.language === "zh";
  const digits = unspaced ? "(?:\\d[\\d,.]*|[一二两三四五六七八九十百千万亿]+)" : `${L}\\d[\\d\\s.,]*`;
  // A number in words counts too when a unit follows it ("до трёх лет", "zwölf Prozent").
  const number = d.numberWords.length && !unspaced ? `(?:${digits}|${L}(?:${alt(d.numberWords)}))` : digits;
  const units = alt(d.quantityWords);
  // Months are written in lower case in Russian, French and Spanish, so "Mars" the planet is
  // not "mars" the month; German capitalises them.
  const months = d.language === "de" ? d.months.map((m) => m[0]!.toUpperCase() + m.slice(1)) : d.months;
  return {
    language: d.language,
    provenance: d.provenance,
    unspaced,
    reportingVerbs: new Set(d.reportingVerbs),
    accordingTo: d.accordingTo.length ? new RegExp(`${unspaced ? "" : L}(?:${alt(d.accordingTo)})${unspaced ? "" : R}`, "iu") : null,
    officeNouns: new Set(d.officeNouns),
    date: datePattern(d),
    // "an 11-year lull", "ein 20-Tonnen-Lkw": a hyphen may join the number to its unit.
    quantity: new RegExp(`${number}(?:\\s*|-)(?:${units})${unspaced ? "" : R}|[$€£¥]\\s?\\d`, "giu"),
    numberWord: d.numberWords.length && !unspaced ? new RegExp(`${L}(?:${alt(d.numberWords)})${R}`, "giu") : null,
    ordinal: new RegExp(d.ordinalPattern, "giu"),
    eventVerb: d.eventVerbs.length ? new RegExp(unspaced ? alt(d.eventVerbs) : `${L}(?:${alt(d.eventVerbs)})${R}`, "iu") : null,
    // A name starts after a preposition, a conjunction, punctuation or another script: "在日内瓦市" gives "日内瓦市".
    agentName: d.agentSuffixes.length
      ? new RegExp(`(?<=^|[^\\p{Script=Han}]|[在于从到自和与及的对向])[\\p{Script=Han}]{1,6}?(?:${alt(d.agentSuffixes)})`, "gu")
      : null,
    monthAlone: months.length ? new RegExp(`${L}(?:${alt(months)})${R}`, "u") : null,
    timeWord: words(d.timeWords, unspaced),
    comparative: words(d.comparatives, unspaced),
    cues: unspaced ? new Map() : cueMap(d),
    lowerCaseMonths: d.language === "ru" || d.language === "fr" || d.language === "es",
    prepositions: new Set(d.prepositions),
    determiners: new Set(d.determiners),
    quoteTags: new Set(d.quoteTags),
  };
}

const compiled = new Map<string, LanguageLexicon>();
/** By the tag exactly as given: this is asked once per unit, and the tag rarely varies. */
const byTag = new Map<string, LanguageLexicon>();

/** The lexicon of a BCP 47 tag's primary language; English for languages without one. */
export function lexiconFor(language: string): LanguageLexicon {
  let lex = byTag.get(language);
  if (!lex) {
    lex = compiledFor(language);
    if (byTag.size > 64) byTag.clear();
    byTag.set(language, lex);
  }
  return lex;
}

function compiledFor(language: string): LanguageLexicon {
  const primary = language.toLowerCase().split(/[-_]/)[0] ?? "en";
  const key = primary in DATA ? primary : "en";
  let lex = compiled.get(key);
  if (!lex) {
    lex = compile(DATA[key]!);
    compiled.set(key, lex);
  }
  return lex;
}

/**
 * First words of every language's "according to" phrases (and English "according", "in the
 * words of", "quoting", "citing"): a span without one of them needs no phrase search.
 */
export const ACCORDING_FIRST_WORDS: ReadonlySet<string> = new Set([
  "according",
  "in",
  "quoting",
  "citing",
  ...Object.values(DATA)
    .filter((d) => d.language !== "zh")
    .flatMap((d) => d.accordingTo.map((p) => p.toLowerCase().split(/\s+/)[0]!)),
]);

/** French inversion glues the subject pronoun to the verb: "explique-t-il", "a-t-elle", "prévient-il". */
const FRENCH_INVERSION = /^(?:[\p{L}’']+)-(?:t-)?(il|elle|ils|elles|on)$/u;
const INVERTED_SUFFIXES = ["-t-il", "-t-elle", "-t-on", "-il", "-elle", "-ils", "-elles"];

/** Reporting verbs of every spaced language (French ones also inverted: "explique-t-il"): a quotation in another language's words is still attributed. */
export const ALL_REPORTING_VERBS: ReadonlySet<string> = new Set(
  Object.values(DATA)
    .filter((d) => d.language !== "zh")
    .flatMap((d) => (d.language === "fr" ? d.reportingVerbs.flatMap((v) => [v, ...INVERTED_SUFFIXES.map((x) => v + x)]) : d.reportingVerbs)),
);

/** Naming words of every spaced language ("called", "intitulé", "под названием"). */
export const ALL_NAMING_WORDS: ReadonlySet<string> = new Set(Object.values(DATA).flatMap((d) => d.namingWords));

/** Relative pronouns of every spaced language. */
export const ALL_RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(Object.values(DATA).flatMap((d) => d.relativePronouns));

/** Speech nouns of every spaced language other than English (whose list is lexicon.ts's SPEECH_NOUNS). */
export const ALL_SPEECH_NOUNS: ReadonlySet<string> = new Set(Object.values(DATA).flatMap((d) => d.speechNouns));

export const ALL_QUOTING_WORDS: ReadonlySet<string> = new Set(Object.values(DATA).flatMap((d) => d.quotingWords));

/** First words of a quoted predicate, per language (checked in the document's language only: "a" is also an article). */
export const PREDICATE_STARTS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.values(DATA).map((d) => [d.language, new Set(d.predicateStarts)]),
);

export const ALL_BODY_NOUNS: ReadonlySet<string> = new Set(Object.values(DATA).flatMap((d) => d.bodyNouns));

/** Prepositions of every spaced language (lower case). */
export const ALL_PREPOSITIONS: ReadonlySet<string> = new Set(Object.values(DATA).flatMap((d) => d.prepositions));

export const ALL_SO_CALLED: ReadonlySet<string> = new Set(Object.values(DATA).flatMap((d) => d.soCalled));

/** Month names of every language (lower case), for sentence repair ("am 2. Oktober"). */
export const ALL_MONTH_NAMES: ReadonlySet<string> = new Set(Object.values(DATA).flatMap((d) => d.months));

/**
 * German office nouns, also as the head of a compound: "Wirtschaftsminister",
 * "Justizministerin", "Währungskommissar" are offices like "Minister".
 */
const GERMAN_OFFICE_HEADS = new RegExp(`(?:${alt(de.officeNouns)})$`);
export const isGermanOffice = (norm: string): boolean => GERMAN_OFFICE_HEADS.test(norm);

/** Office nouns of every language (lower case). */
export const ALL_OFFICE_NOUNS: ReadonlySet<string> = new Set(Object.values(DATA).flatMap((d) => d.officeNouns));

function pronounMap(list: LexiconData[]): ReadonlyMap<string, PronounGender> {
  const map = new Map<string, PronounGender>();
  for (const d of list) {
    for (const [g, words] of Object.entries(d.pronouns) as Array<[Gender, string[]]>) {
      for (const w of words) map.set(w, map.has(w) && map.get(w) !== g ? "any" : g);
    }
  }
  return map;
}

/** Third-person pronouns of every spaced language with the gender or number they mark. */
export const PRONOUNS = pronounMap(Object.values(DATA).filter((d) => d.language !== "zh"));

/** The third-person pronoun a word is or holds ("he", "он", and "il" of "explique-t-il" or "a-t-il"), if any. */
const PRONOUN_FORMS: ReadonlyMap<string, string> = new Map(Object.values(DATA).flatMap((d) => Object.entries(d.pronounForms)));

/** The subject pronoun an object or possessive form stands for ("его" → "он", "him" → "he"), if any. */
export const pronounForm = (norm: string): string | undefined => PRONOUN_FORMS.get(norm);

export function pronounIn(norm: string): string | undefined {
  if (PRONOUNS.has(norm)) return norm;
  const m = norm.includes("-") ? FRENCH_INVERSION.exec(norm) : null;
  return m && PRONOUNS.has(m[1]!) ? m[1] : undefined;
}

/** Chinese third-person pronouns, matched as characters. */
export const ZH_PRONOUNS = pronounMap([zh]);

const ZH_BODY = new RegExp(`(?:${alt(zh.agentSuffixes)})$`, "u");
/** A Chinese name ending like a place or a body ("…省", "…委员会"), so not a person. */
export const isChineseBody = (name: string): boolean => ZH_BODY.test(name);

export const PROVENANCE: Readonly<Record<string, string>> = Object.fromEntries(Object.values(DATA).map((d) => [d.language, d.provenance]));

/** First words of every spaced language's cue phrases: a word outside it starts no cue. */
export const ALL_CUE_HEADS: ReadonlySet<string> = new Set(
  Object.values(DATA)
    .filter((d) => d.language !== "zh")
    .flatMap((d) => [...cueMap(d).keys()]),
);
