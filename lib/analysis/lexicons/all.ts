// Sets over every supported language at once: a rule that asks "is this a reporting verb?" or
// "is this a pronoun?" answers for a quotation in any language's words.
import zh from "./zh.json";
import de from "./de.json";
import { alt, DATA, type Gender, type LexiconData, type PronounGender } from "./data";

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

export const ALL_PLACE_NOUNS: ReadonlySet<string> = new Set(Object.values(DATA).flatMap((d) => d.placeNouns));
export const ALL_BODY_NOUNS: ReadonlySet<string> = new Set(Object.values(DATA).flatMap((d) => d.bodyNouns));
export const ALL_ORGANISATION_NOUNS: ReadonlySet<string> = new Set(Object.values(DATA).flatMap((d) => d.organisationNouns));

/** German articles ("das Fazit von …": the noun after one is no given name). */
export const GERMAN_ARTICLES: ReadonlySet<string> = new Set(de.determiners);

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
/** Feminine agent nouns ("Pädagogin", "Frauenrechtlerin", "Kandidatin"): endings of no common given name. */
const GERMAN_FEMININE_AGENT = /(?:erin|istin|ogin|torin|atin|ärin|eurin)$/;
/** (Also inflected: "des EU-Kommissionspräsidenten", "den Ministern", "des Kanzlers".) */
const GERMAN_INFLECTION = /(?:en|n|s)$/;
export const isGermanOffice = (norm: string): boolean =>
  GERMAN_OFFICE_HEADS.test(norm) || GERMAN_FEMININE_AGENT.test(norm) || GERMAN_OFFICE_HEADS.test(norm.replace(GERMAN_INFLECTION, ""));
/** An office held by a woman, by its German ending ("die Sprecherin", "Kultusministerin"): "sie" can stand for it. */
export const isFeminineAgent = (norm: string): boolean => GERMAN_FEMININE_AGENT.test(norm);

/** Office nouns of every language (lower case). */
export const ALL_OFFICE_NOUNS: ReadonlySet<string> = new Set(Object.values(DATA).flatMap((d) => [...d.officeNouns, ...d.kinshipNouns]));

/** Number words of every language ("tres", "three", "три"): a capitalised one opening a sentence is no name. */
export const ALL_NUMBER_WORDS: ReadonlySet<string> = new Set(Object.values(DATA).flatMap((d) => d.numberWords));

/** Kinship nouns of every language (lower case): office nouns too, and the one word after them is a given name. */
export const ALL_KINSHIP_NOUNS: ReadonlySet<string> = new Set(Object.values(DATA).flatMap((d) => d.kinshipNouns));

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

/**
 * Stands for a subject the language left out (data.ts `subjectDrop`): no word of any text, read as a
 * pronoun of either gender by coreference.
 */
export const DROPPED_SUBJECT = "∅";

/** Stands for the owner of a possessive that does not mark gender (data.ts `neutralPossessives`): read as a pronoun of either gender. */
export const NEUTRAL_OWNER = "∅'s";

/** The third-person pronoun a word is or holds ("he", "он", and "il" of "explique-t-il" or "a-t-il"), if any. */
const PRONOUN_FORMS: ReadonlyMap<string, string> = new Map(
  Object.values(DATA).flatMap((d) => [...Object.entries(d.pronounForms), ...(d.neutralPossessives ?? []).map((w) => [w, NEUTRAL_OWNER] as const)]),
);

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
