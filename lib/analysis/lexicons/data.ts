// The per-language word lists as loaded from the JSON files (one per language, each stating its
// provenance), and the helpers that turn a list into a regular-expression alternation.
import de from "./de.json";
import en from "./en.json";
import es from "./es.json";
import fr from "./fr.json";
import ru from "./ru.json";
import zh from "./zh.json";

export type Gender = "masculine" | "feminine" | "plural" | "neuter";
/** A pronoun's gender, or "any" where one form serves several (German "sie": she and they). */
export type PronounGender = Gender | "any";

export interface LexiconData {
  language: string;
  provenance: string;
  reportingVerbs: string[];
  /**
   * Regular verbs of speech by their infinitive (Spanish "afirmar", "añadir"): their third-person forms of the present,
   * preterite, imperfect, future and conditional, and the participle ("ha afirmado"), join `reportingVerbs` (see
   * spanishForms). Irregular and stem-changing forms stay listed in `reportingVerbs`.
   */
  reportingVerbLemmas?: string[];
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
  /** Kinship nouns ("father", "вдова", "sa fille"): they speak as offices do ("The father said"), and one capitalised word after them is a given name ("his father Norrie"). */
  kinshipNouns: string[];
  timeWords: string[];
  /** A clock time written in words or digits, where the language has no separator for it ("九時三十分"): a pattern. */
  clockPattern?: string;
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
  /**
   * Unspaced languages: the last words of a quoted name ("…基金會", "…計畫", "…颱風"), and the words right after a quotation
   * that make it a name ("「…」訪問團", "「…」的框架"). A short quotation without punctuation that ends on one, or is followed
   * by one, names an organisation, a plan, an event or a work.
   */
  titleHeads?: string[];
  /** Unspaced languages: titles that end a person's name ("齊維新先生", "吳釗燮部長"): named agents, though not bodies. */
  personTitles?: string[];
  /** Common one-character family names (unspaced languages): a run ending on one and a given name or two is a person's name. */
  surnames?: string[];
  /** Unspaced languages: measure words that count a noun after figures ("20個名額", "1500架次"); after a numeral word ("一个") they are an article. */
  counters?: string[];
  /** Verb forms that only report someone's words (German Konjunktiv I: "sei", "habe", "wolle"): a quotation in their clause is speech. */
  reportedSpeech?: string[];
  titleFollowers?: string[];
  /** Unspaced languages: words right before a quotation that make it a name: "拍攝的「養鴨好人家」", "加油標語，是「振臂翱翔」". */
  titlePreceders?: string[];
  /** Unspaced languages: words holding a one-character verb of speech that are not that verb ("名稱", "小說"). */
  verbBlockers?: string[];
  /** Unspaced languages: nouns for someone's saying after "X的" ("邱吉爾的名言：「…」", "哈維爾前總統的名言「…」"): X said it. */
  sayingNouns?: string[];
  /** Office nouns that name a body, not a person ("ministère", "правительство"): never resolved to a person named near them. */
  bodyNouns: string[];
  /** Nouns for an organisation that a later "the union said", "le syndicat estime" refers to by its acronym (SUD-PTT, FARC). */
  organisationNouns: string[];
  /** Relative pronouns that open a clause about the name before them: ", who said", ", который отшучивается". */
  relativePronouns: string[];
  /**
   * Whether the language leaves a pronoun subject out ("Estimó que …", "«Me lo apunto», señaló"): a reporting
   * verb with no subject is then said by the person named before, as with "he"/"she".
   */
  subjectDrop?: boolean;
  /** Nouns for an act of speaking whose owner follows them: "Комментарий шведского телевидения: «…»". */
  speechNouns: string[];
  /** "According to A, quoting B": the words that pass the source on to B. */
  quotingWords: string[];
  /** Verbs that open a quoted predicate ("Marine Le Pen « est une femme »"): such words are someone's, not a scare quote. */
  predicateStarts: string[];
  /** Object and possessive forms of the third-person pronouns, by the subject form they stand for ("по его словам" → он). */
  pronounForms: Record<string, string>;
  /** Possessives that do not show their owner's gender or number (Spanish "su": "A su juicio, «…»"): they stand for whoever spoke last. */
  neutralPossessives?: string[];
  /** Kinds of place whose name follows or precedes them ("штата Массачусетс", "Galveston County"), and words for a place's people ("жителем Гавайи"): that name is a place, not part of a person's name next to it. */
  placeNouns: string[];
  /** Words that stand for a reporting verb right after a quotation and its comma: German "„…“, so ein Sprecher". */
  quoteTags: string[];
}

/** Third-person forms and the participle of a regular Spanish -ar, -er or -ir verb: "afirmar" → afirma, afirman, afirmó, afirmaron, afirmaba, … afirmado. */
export function spanishForms(lemma: string): string[] {
  const stem = lemma.slice(0, -2);
  const end = lemma.slice(-2);
  const future = [`${lemma}á`, `${lemma}án`, `${lemma}ía`, `${lemma}ían`];
  if (end === "ar") return [lemma, `${stem}a`, `${stem}an`, `${stem}ó`, `${stem}aron`, `${stem}aba`, `${stem}aban`, `${stem}ado`, ...future];
  if (end !== "er" && end !== "ir") return [];
  return [lemma, `${stem}e`, `${stem}en`, `${stem}ió`, `${stem}ieron`, `${stem}ía`, `${stem}ían`, `${stem}ido`, ...future];
}

/** A language's data with its verb lemmas' forms joined to its reporting verbs. */
function withForms(d: LexiconData): LexiconData {
  const lemmas = d.reportingVerbLemmas ?? [];
  if (lemmas.length === 0) return d;
  return { ...d, reportingVerbs: [...new Set([...d.reportingVerbs, ...lemmas.flatMap(spanishForms)])] };
}

export const DATA: Record<string, LexiconData> = { de, en, es: withForms(es), fr, ru, zh };

export const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
export const alt = (words: string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");
