// Which of the names around a quotation is the subject that speaks: names a preposition governs,
// names joined to them, names inside a relative clause and names qualifying an office are objects.
import * as lexicon from "./lexicon";
import { ALL_NAMING_WORDS, ALL_RELATIVE_PRONOUNS, isGermanOffice, lexiconFor, type LanguageLexicon } from "./lexicons";
import { RUSSIAN_OBJECT_ENDING } from "./mention-runs";
import type { Mention } from "./mentions";
import type { Span } from "./types";
import { isLower } from "./text";
import { indexFrom, normOr, upperAt, type WordList } from "./speakers-words";

const { OFFICE_MODIFIERS, OFFICE_NOUNS, REPORTING_VERBS } = lexicon;

const ENGLISH = lexiconFor("en");

/** A given name in the dative or accusative ("Раулю", "Марию"), not a short name such as "Лю". */
const RUSSIAN_DATIVE_GIVEN = /^\p{Lu}\p{Ll}{3,}ю$/u;

/** French words for a group of people: "un groupe de Gilets jaunes", "une centaine de manifestants". */
const FR_GROUPS: ReadonlySet<string> = new Set([
  "groupe",
  "centaine",
  "centaines",
  "dizaine",
  "dizaines",
  "millier",
  "milliers",
  "poignée",
  "foule",
  "cortège",
]);

// (Patterns at module level: a regular expression literal in a function is a new object at each call, and these run for every word.)
const RUSSIAN = /^ru\b/i;
/** , " “ ” « » „ */
const PHRASE_BREAKS: ReadonlySet<number> = new Set(Array.from(',"“”«»„', (c) => c.charCodeAt(0)));
/** `/[,"“”«»„]/.test(text.slice(from, to))` without the slice: a comma or quotation mark between two words. */
function phraseBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (PHRASE_BREAKS.has(text.charCodeAt(k))) return true;
  return false;
}
// (The word tests of `governed` live at module level: closures made in it would be new objects at each of its many calls.)
// (English "a" is the Spanish and Italian preposition "a": "propuesto a Porta"; "an" the German one: "ein Brief an Boris Johnson".)
const isDeterminer = (lex: LanguageLexicon, w: string): boolean =>
  lex.determiners.has(w) || (ENGLISH.determiners.has(w) && (lex === ENGLISH || (w !== "a" && !lex.prepositions.has(w))));
// A possessive ("Russia’s", "Jones'") is skipped; an elided preposition ("d'Yvan") is not.
// (Read off the last two characters: the two patterns were tried on every word of the noun phrase.)
const isPossessive = (w: string): boolean => {
  const last = w.charCodeAt(w.length - 1);
  return (last === 115 && isApostrophe(w.charCodeAt(w.length - 2))) || (isApostrophe(last) && w.length > 3);
};
/** ’ or ' (POSSESSIVE_S's and APOSTROPHE_LAST's marks). */
const isApostrophe = (c: number): boolean => c === 0x2019 || c === 39;
// (And the office a person holds: "en respuesta al vicepresidente Mariano Rajoy".)
// (German capitalises the office: "an Premierminister Boris Johnson".)
const isTitle = (m: Mention, german: boolean, w: WordList, i: number): boolean =>
  m.kind === "person" &&
  (german || !upperAt(w, i)) &&
  (OFFICE_NOUNS.has(w.norm(i)) || OFFICE_MODIFIERS.has(w.norm(i)) || (german && isGermanOffice(w.norm(i))));
const isPreposition = (lex: LanguageLexicon, w: string): boolean => ENGLISH.prepositions.has(w) || lex.prepositions.has(w);

/** Whether a preposition governs the mention, so it is an object, not the one speaking ("in the Times", "du Front", "после встречи"). */
export function governed(w: WordList, m: Mention, language: string, text: string): boolean {
  // "угрожает Франции, призывает …": a Russian name in an oblique case is an object without any preposition.
  // The case shows on each word of a name: "Раулю Кастро" (the given name's dative).
  // An office phrase shows it on its head noun only: "президент России" is no object for its genitive "России".
  if (RUSSIAN.test(language)) {
    const first = m.name.split(" ")[0]!;
    const office = isLower(m.name[0]);
    if (RUSSIAN_OBJECT_ENDING.test(first.toLowerCase()) || (!office && (RUSSIAN_OBJECT_ENDING.test(m.name.toLowerCase()) || RUSSIAN_DATIVE_GIVEN.test(first))))
      return true;
  }
  const lex = lexiconFor(language);
  const before = wordBefore(w, m.start);
  let i = before;
  // Skip the rest of the noun phrase: "against [Russia’s] Far Eastern neighbours", "dans [les colonnes] du".
  const german = lex.language === "de";
  while (i >= 0 && (isDeterminer(lex, w.norm(i)) || isPossessive(w.word(i)) || isTitle(m, german, w, i))) i--;
  if (i < 0) return false;
  const word = w.norm(i);
  // "Кроме того, президент …", "After that, the minister …": a comma closes the prepositional phrase;
  // "Spokesperson of the “Refuge” Dimitri Verdonck": the preposition governs the quoted name, not the one after it.
  if (phraseBreak(text, w.end(i), m.start)) return false;
  // "As Ben Rozitis, a co-author of the study, told Space.com": "as" opening the clause is a conjunction.
  if (i === 0 && (word === "as" || word === "comme" || word === "como" || word === "wie" || word === "как")) return false;
  // "Nadine Morano, ex-députée UMP, …": a name right after an office noun qualifies the office;
  // after a word naming its kind ("the agency Moody's", "l'agence Reuters") it is the body's own name.
  if (m.kind !== "person" && i === before && OFFICE_NOUNS.has(word) && !upperAt(w, i) && !ALL_NAMING_WORDS.has(word)) return true;
  // "À Paris, des Gilets jaunes ont crié", "un groupe de Gilets jaunes a chanté": "des" opening the clause is the plural article,
  // and "de" after a word for a group says who the group is; neither governs the subject.
  if (
    lex.language === "fr" &&
    ((word === "des" && (i === 0 || /,\s*$/.test(text.slice(w.end(i - 1), w.start(i))))) || (word === "de" && FR_GROUPS.has(normOr(w, i - 1))))
  )
    return false;
  // "через агентство Amaq", "à l'agence Reuters": a preposition before the word naming the body governs its name too.
  if (ALL_NAMING_WORDS.has(word) && !upperAt(w, i)) {
    let j = i - 1;
    while (j >= 0 && isDeterminer(lex, w.norm(j))) j--;
    if (j >= 0 && isPreposition(lex, w.norm(j)) && !phraseBreak(text, w.end(j), m.start)) return true;
  }
  return isPreposition(lex, word);
}

/** The word before the first at or after `pos` (-2 when there is none). */
function wordBefore(w: WordList, pos: number): number {
  const i = indexFrom(w, pos);
  return i >= 0 ? i - 1 : -2;
}

/** ", who …:", ", который отшучивается словами:": the clause before the quotation is about the name before the comma. */
export function relativeAntecedent(text: string, w: WordList, mentions: Mention[], language = "en"): Mention | undefined {
  for (let i = w.length - 1; i > 0; i--) {
    if (!ALL_RELATIVE_PRONOUNS.has(w.norm(i))) continue;
    const previousEnd = w.end(i - 1);
    const gap = text.slice(previousEnd, w.start(i));
    // "une citation de François Fillon qui disait": without a comma, the person named right before it.
    if (!gap.includes(",")) {
      const named = mentions.find((x) => x.kind === "person" && x.end === previousEnd && /^\s+$/.test(gap));
      if (named) return named;
      continue;
    }
    const comma = previousEnd + gap.lastIndexOf(",");
    const [previousStart, start] = [w.start(i - 1), w.start(i)];
    const m = mentions.find((x) => x.end <= comma && x.end >= previousStart && /^[\s,]*$/.test(text.slice(x.end, start)));
    // "Bernard Bonnet, le successeur de Claude Erignac, qui …": a governed name ends an apposition;
    // the name before the apposition's comma is the antecedent.
    if (m && governed(w, m, language, text)) {
      const outer = mentions.findLast((x) => x.end < m.start && /^\s*,/.test(text.slice(x.end, x.end + 2)));
      if (outer) return outer;
    }
    return m;
  }
  return undefined;
}

/** `text.slice(from, to).includes(mark)` for a one-character mark, without the slice. */
function holds(text: string, from: number, to: number, mark: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === mark) return true;
  return false;
}
const COMMA = 44;
const CLOSE_PAREN = 41;

/** (One empty list for the token lists without a relative clause, as most are.) */
const NO_CLAUSES: Span[] = [];

/** Spans from ", who" (", который", ", qui") to the next comma: clauses about the name before them. */
function relativeClauses(text: string, w: WordList): Span[] {
  let out: Span[] | null = null;
  // (The gaps between words are read in place: a slice per word pair was most of this function's allocation.)
  for (let i = 1; i < w.length; i++) {
    if (!ALL_RELATIVE_PRONOUNS.has(w.norm(i))) continue;
    // "Rep. Charles Rangel (Democrats) who represents a neighborhood which Chavez visited said": without
    // a comma, right after a name or its parenthesis, the clause runs to the next comma or to the verb.
    const bare = !commaBefore(text, w, i) && (upperAt(w, i - 1) || holds(text, w.end(i - 1), w.start(i), CLOSE_PAREN));
    if (!commaBefore(text, w, i) && !bare) continue;
    let j = i + 1;
    while (j < w.length && !commaBefore(text, w, j)) j++;
    if (j < w.length || bare) (out ??= []).push({ start: w.start(i), end: w.end(j - 1) });
  }
  return out ?? NO_CLAUSES;
}

/** Whether a comma stands between word j - 1 and word j (at module level: a closure made per call was a new object). */
const commaBefore = (text: string, w: WordList, j: number): boolean => holds(text, w.end(j - 1), w.start(j), COMMA);

/** Whether one of the clauses holds the mention (`clauses.some(…)` without a closure per mention). */
function insideClause(clauses: readonly Span[], m: Mention): boolean {
  for (let k = 0; k < clauses.length; k++) if (clauses[k]!.start <= m.start && m.end <= clauses[k]!.end) return true;
  return false;
}

const OPEN_PAREN_LAST = /\(\s*$/;
const CLOSE_PAREN_FIRST = /^\s*\)/;
/** "Lionel Tardy (UMP) a écrit": a name in parentheses qualifies the one before it. */
const parenthesised = (text: string, m: Mention): boolean =>
  // (An opening parenthesis among the two characters before it first: most names have none, and then need no slices.)
  (text.charCodeAt(m.start - 1) === 40 || text.charCodeAt(m.start - 2) === 40) &&
  OPEN_PAREN_LAST.test(text.slice(Math.max(0, m.start - 2), m.start)) &&
  CLOSE_PAREN_FIRST.test(text.slice(m.end, m.end + 2));

/** Words that join two names into one phrase: "of The Globe and Mail", "du PS et d'EELV". */
const COORDINATORS = new Set(["and", "or", "et", "ou", "und", "oder", "и", "или", "y", "o", "e"]);
/** Words that join a second predicate to the clause's subject: "отказался …, но сказал", "and said", "mais a ajouté". */
export const PREDICATE_JOINERS: ReadonlySet<string> = new Set([...COORDINATORS, "but", "mais", "aber", "но", "а", "pero", "puis", "then", "luego"]);
/** Auxiliaries of a compound past between a joiner and its verb ("puis a déclaré", "and has said"). */
const AUXILIARIES: ReadonlySet<string> = new Set(["a", "ont", "avait", "avaient", "has", "have", "had", "ha", "han", "había", "hat", "haben", "hatte"]);

/** Whether the verb at `vi` opens a second predicate of its clause: "… and said", "…, puis a déclaré". */
export function joinsPredicate(w: WordList, vi: number): boolean {
  if (vi < 1) return false;
  const before = w.norm(vi - 1);
  return PREDICATE_JOINERS.has(before) || (vi > 1 && AUXILIARIES.has(before) && PREDICATE_JOINERS.has(w.norm(vi - 2)));
}

const LIST_COMMA = /^\s*,\s*$/;
const LAST_ITEMS = / (?:and|y|e|et|und|и|o|or|ou) \p{Lu}/u;
const LIST_GOES_ON = /^\s*(?:,\s*(?:(?:and|y|e|et|und|и|o|or|ou)\s+)?|(?:and|y|e|et|und|и|o|or|ou)\s+)$/u;

/** The mentions no preposition governs; a name joined by "and" to a governed one is governed too. */
export function ungoverned(text: string, w: WordList, mentions: Mention[], language: string): Mention[] {
  let previous = false;
  // "Smith, who chairs the committee, said": names inside a relative clause are not its subject.
  const clauses = relativeClauses(text, w);
  // (A loop, not `filter` with a closure made per call.)
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    let g = governed(w, m, language, text) || (i > 0 && insideClause(clauses, m)) || parenthesised(text, m);
    if (!g && previous && i > 0) {
      // The words between the two names: how many, and the first.
      let count = 0;
      let first = -1;
      for (let k = 0; k < w.length; k++) {
        if (w.start(k) < mentions[i - 1]!.end || w.end(k) > m.start) continue;
        if (count++ === 0) first = k;
      }
      g = count === 1 && COORDINATORS.has(w.norm(first));
      // "con Washington, Buenos Aires, La Habana y Lisboa": an item of a list that goes on after it, its first item governed.
      // (Not "In Paris, Jean Dupont said": no list goes on after the name.)
      const next = mentions[i + 1];
      // (Or the list's last two items, joined in one name: "…, La Habana y Lisboa".)
      const goesOn = (next !== undefined && LIST_GOES_ON.test(text.slice(m.end, next.start))) || LAST_ITEMS.test(m.name);
      g ||= count === 0 && LIST_COMMA.test(text.slice(mentions[i - 1]!.end, m.start)) && goesOn;
    }
    previous = g;
    if (!g) out.push(m);
  }
  return out;
}

/**
 * The subject that opens the clause of a verb at `verbStart`: a name right after a comma that
 * ends a leading phrase (up to three words before it: "When …, Chávez accused", "…, ex-CIA official
 * Paul Pillar led"), else the first name with no comma before it.
 */
export function clauseHead(text: string, w: WordList, subjects: Mention[], verbStart: number, language: string): Mention | undefined {
  const lex = lexiconFor(language);
  const stops = (w: string): boolean => ENGLISH.prepositions.has(w) || lex.prepositions.has(w) || COORDINATORS.has(w) || REPORTING_VERBS.has(w);
  const afterComma = (m: Mention): boolean => {
    const k = indexFrom(w, m.start);
    let next = m.start;
    for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
      if (text.slice(w.end(j), next).includes(",")) return true;
      if (j < k - 4 || stops(w.norm(j))) return false;
      next = w.start(j);
    }
    return false;
  };
  const first = (m: Mention): boolean => w.length === 0 || !text.slice(w.start(0), m.start).includes(",");
  // Not a possessive owner: "Freedonia's defense ministry has denied …, saying" is the ministry's.
  const opening = subjects.filter((m) => m.end <= verbStart && !/^[’']s?(?!\p{L})/u.test(text.slice(m.end, m.end + 3)));
  // "…, former UN weapons inspector Hans Blix recommended": the person the phrase ends on, not a name qualifying the office.
  return opening.find((m) => m.kind === "person" && afterComma(m)) ?? opening.find(afterComma) ?? opening.find(first);
}
