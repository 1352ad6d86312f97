// Runs of words that make a mention: word classes, name runs ("Republic of Korea"), office runs
// ("official representative"), their complements in each language ("of the Ministry", "глава
// государства", "porte-parole de la fédération") and the kind of mention a run is. Used by
// mentions.ts, which classifies the words and turns runs into mentions.
import { givenName, isRomanNumeral, RUSSIAN_ADJECTIVE_ANY, streetName, THING_NOUNS, titleAt } from "./mention-shapes";
import { ALL_BODY_NOUNS, ALL_PLACE_NOUNS, ALL_RELATIVE_PRONOUNS, GERMAN_ARTICLES, lexiconFor } from "./lexicons";
import type { Mention } from "./mentions";
import * as F from "./word-flags";
import { isLowerAt, isSpaceAt, isUpperAt, type Words } from "./text";

// Word classes, one byte per word (0 past the last word).
export const CAP = 1;
export const OFFICE = 2;
export const MODIFIER = 3;
export const CONNECTOR = 4;
export const DET = 5;
export const OTHER = 6;
export const BREAK = 7;

export const isApostrophe = (c: number): boolean => c === 0x2019 || c === 39;
/** `/[’']s?$/.test(word) && word.length > 2` of word i, without slicing. */
function isPossessive(w: Words, i: number): boolean {
  const s = w.start(i);
  const e = w.end(i);
  const last = w.text.charCodeAt(e - 1);
  return e - s > 2 && (isApostrophe(last) || (last === 115 && isApostrophe(w.text.charCodeAt(e - 2))));
}
// (At module level: a regular expression literal in a function is a new object at each evaluation.)
const [ACRONYM, INNER_DOT, CAPITAL_FIRST] = [/^\p{Lu}[\p{Lu}\d.&-]+$/u, /\p{L}\.\p{L}/u, /^\p{Lu}/u];
const [ELIDED_ARTICLE, ELIDED_DE] = [/[ld][’']$/i, /^d['’]\p{Ll}/u];
/** ACRONYM.test(word), answered without the pattern when its second code unit is a lower-case Latin or Cyrillic letter (most names). */
export const isAcronym = (word: string): boolean => !lowerLetter(word.charCodeAt(1)) && ACRONYM.test(word);
const lowerLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x45f);

/** tokenCore(word i).end: the end without a trailing sentence dot (kept on "U.S."). */
export function coreEnd(w: Words, i: number): number {
  const e = w.end(i);
  // "U.S." keeps its dots; so does an initial before a name ("V. Sapounov", "И. Петров").
  return w.text.charCodeAt(e - 1) === 46 && !INNER_DOT.test(w.word(i)) && !(isInitial(w.word(i)) && i + 1 < w.length && isUpperAt(w.text, w.start(i + 1)))
    ? e - 1
    : e;
}

/** A capital and a dot: "V.", "И.". */
export const isInitial = (word: string): boolean => word.length === 2 && word[1] === "." && CAPITAL_FIRST.test(word);

/**
 * Whether only spaces separate words a and b, so they may belong to one name: the gap
 * after a's core holds no line break, and a keeps its whole text as its core.
 */
export function adjacent(w: Words, a: number, b: number): boolean {
  if (a < 0 || b < 0 || a >= w.length || b >= w.length || isPossessive(w, a)) return false;
  const from = w.end(a);
  const to = w.start(b);
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (w.text.charCodeAt(i) === 10 || !isSpaceAt(w.text, i)) return false;
  return coreEnd(w, a) === from;
}

export interface Run {
  first: number;
  last: number;
}

/** "à l'AFP Jean Roe": an elided article before an acronym makes it an object of its own, not the start of the name after it. */
const elidedAcronym = (w: Words, i: number): boolean => isAcronym(w.word(i)) && ELIDED_ARTICLE.test(w.text.slice(Math.max(0, w.start(i) - 2), w.start(i)));

/** /[\u0400-\u04ff]/ on a code unit (a word's first, read from the text: no word or character string made). */
const isCyrillicCode = (c: number): boolean => c >= 0x400 && c <= 0x4ff;
/** "телеканала Bravo Энди Коэн": a name does not run on from Latin letters into Cyrillic ones or back. */
export const sameScript = (w: Words, a: number, b: number): boolean =>
  isCyrillicCode(w.text.charCodeAt(w.start(a))) === isCyrillicCode(w.text.charCodeAt(w.start(b)));

/** English nationality adjectives: "British", "Russian", "Chinese", "European", "American". */
const NATIONALITY = /^[a-z]+(?:ish|ian|ese|ean|can)$/;
const nationalityBeforeNoun = (w: Words, k: number): boolean =>
  k + 1 < w.length && NATIONALITY.test(w.norm(k)) && isLowerAt(w.text, w.start(k + 1)) && adjacent(w, k, k + 1) && !(w.flags(k + 1) & F.OFFICE_NOUN);

/** A run of capitalised words, allowing "of (the)" between them: "Republic of Korea". */
const ROMANCE_ARTICLES: ReadonlySet<string> = new Set(["la", "las", "los", "le", "les"]);

export function nameRun(w: Words, cls: Uint8Array, i: number): Run {
  let j = i;
  for (;;) {
    // (A regnal number in Latin letters after a Cyrillic name belongs to it: "Альберт II".)
    if (cls[j + 1] === CAP && adjacent(w, j, j + 1) && !(j === i && elidedAcronym(w, j)) && (sameScript(w, j, j + 1) || isRomanNumeral(w.word(j + 1)))) j++;
    // ("Das Fazit von Sandra Boser": a German noun after an article, then "von", is not part of the name after it.)
    else if (cls[j + 1] === CONNECTOR && adjacent(w, j, j + 1) && !(j === i && i > 0 && GERMAN_ARTICLES.has(w.norm(i - 1)) && w.norm(j + 1) === "von")) {
      // (Also a Romance article after "de": "Humberto de la Calle", "Pedro de los Santos".)
      const k = cls[j + 2] === DET || (cls[j + 2] === CONNECTOR && ROMANCE_ARTICLES.has(w.norm(j + 2))) ? j + 3 : j + 2;
      // "Ben Summerskill of the British gay rights organization": a nationality adjective before a
      // lower-case noun starts a phrase of its own, not the rest of the name.
      if (cls[k] === CAP && adjacent(w, k - 1, k) && adjacent(w, j + 1, j + 2) && !nationalityBeforeNoun(w, k)) j = k;
      else break;
    } else break;
  }
  return { first: i, last: j };
}

export const isOfficeWord = (c: number | undefined): boolean => c === MODIFIER || c === OFFICE;

/** "official representative", "press secretary", "Russian president": modifiers + office nouns. */
export function officeRun(w: Words, cls: Uint8Array, i: number): Run | null {
  let j = i;
  let office = cls[i] === OFFICE ? i : -1;
  while (isOfficeWord(cls[j]) && adjacent(w, j, j + 1) && isOfficeWord(cls[j + 1])) if (cls[++j] === OFFICE) office = j;
  // "conseil municipal": a modifier after the last office noun is not part of the run here.
  return office >= 0 ? { first: i, last: office } : null;
}

/** Extends a run with "of/for (the) <run>" complements: "representative of the Ministry". */
export function complement(w: Words, cls: Uint8Array, run: Run): Run {
  const c = run.last + 1;
  if (c >= w.length) return run;
  // "Lieutenant Ibrahim Moussa of the loyalists": a title and a name end the person; "of" starts another phrase.
  if (cls[run.last] === CAP && !(w.flags(run.last) & F.OFFICE_NOUN)) {
    for (let k = run.first; k < run.last; k++) if (w.flags(k) & F.OFFICE_NOUN && cls[k + 1] === CAP && !(w.flags(k + 1) & F.OFFICE_NOUN)) return run;
  }
  const norm = w.norm(c);
  if (!(norm === "of" || norm === "for") || !adjacent(w, run.last, c)) return run;
  const k = cls[run.last + 2] === DET ? run.last + 3 : run.last + 2;
  if (!adjacent(w, k - 1, k)) return run;
  if (cls[k] === CAP && nationalityBeforeNoun(w, k)) return run;
  let next = cls[k] === CAP ? nameRun(w, cls, k) : officeRun(w, cls, k);
  // "of the Russian president": a capitalised adjective before an office noun.
  if (next && cls[k] === CAP && adjacent(w, next.last, next.last + 1)) {
    const office = officeRun(w, cls, next.last + 1);
    if (office) next = { first: next.first, last: office.last };
  }
  return next ? { first: run.first, last: next.last } : run;
}

/** Russian puts an office's complement in the genitive, without a preposition: "глава государства", "министр иностранных дел". */
export const GENITIVE = /^[\u0430-\u044f\u0451]{3,}(?:а|я|ы|и|ов|ев|ей|ого|его|ых|их)$/;
const RUSSIAN_PREPOSITIONS = new Set(lexiconFor("ru").prepositions);
/** Past-tense verbs end like genitives: "Полиция задержала" is a subject and its verb. */
const PAST_TENSE = /(?:ла|ло|ли)$/;

/** Russian dative, instrumental and prepositional endings no name has in the nominative: "Франции", "с Ивановым", "Петрову". */
export const RUSSIAN_OBJECT_ENDING = /(?:ии|ым|ским|цким|ому|ему|ову|еву|ину|ыну)$/;

/** Russian patronymics: "Владимирович", "Владимировна", "Ильинична". */
export const PATRONYMIC = /(?:вич|вна|ична|инична)$/;

export function genitiveComplement(text: string, w: Words, run: Run): Run {
  // "Президент России Владимир Путин", "Глава МИД Сергей Лавров": a capitalised genitive place or an
  // acronym between the office and a person's name.
  // Several may stand there: "представитель МИД России Мария Захарова".
  let p = run.last;
  const placeLike = (k: number) => k < w.length && isUpperAt(text, w.start(k)) && (GENITIVE.test(w.norm(k)) || isAcronym(w.word(k))) && adjacent(w, k - 1, k);
  while (
    placeLike(p + 1) &&
    p + 3 < w.length &&
    // "Мария Владимировна Захарова": a given name before a patronymic is no place.
    !PATRONYMIC.test(w.norm(p + 2)) &&
    isUpperAt(text, w.start(p + 2)) &&
    isUpperAt(text, w.start(p + 3)) &&
    adjacent(w, p + 1, p + 2) &&
    adjacent(w, p + 2, p + 3)
  )
    p++;
  if (p > run.last) return { first: run.first, last: p };
  // "министр по делам религии Муджахид Юсуф Рава", "уполномоченный по правам человека Анна Белова": a "по" complement of
  // up to three lower-case words between the office and its holder's name.
  const po = run.last + 1;
  if (po + 2 < w.length && w.norm(po) === "по" && adjacent(w, run.last, po)) {
    let k = po + 1;
    while (k < w.length && k <= po + 3 && isLowerAt(text, w.start(k)) && adjacent(w, k - 1, k)) k++;
    if (k > po + 1 && k + 1 < w.length && isUpperAt(text, w.start(k)) && isUpperAt(text, w.start(k + 1)) && adjacent(w, k - 1, k) && adjacent(w, k, k + 1))
      return { first: run.first, last: k - 1 };
  }
  // "главы КНР", "министр обороны России" (below): a capitalised genitive or an acronym that ends the phrase.
  const tail = (k: number) => placeLike(k) && !(k + 1 < w.length && isUpperAt(text, w.start(k + 1)) && adjacent(w, k, k + 1));
  let j = run.last;
  while (
    j - run.last < 2 &&
    adjacent(w, j, j + 1) &&
    isLowerAt(text, w.start(j + 1)) &&
    GENITIVE.test(w.norm(j + 1)) &&
    !PAST_TENSE.test(w.norm(j + 1)) &&
    !RUSSIAN_PREPOSITIONS.has(w.norm(j + 1))
  )
    j++;
  if (tail(j + 1)) {
    j++;
    // "представители Белого дома", "решение Верховного суда": a capitalised adjective takes its noun along.
    if (
      j + 1 < w.length &&
      adjacent(w, j, j + 1) &&
      isLowerAt(text, w.start(j + 1)) &&
      RUSSIAN_ADJECTIVE_ANY.test(w.norm(j)) &&
      OBLIQUE_NOUN.test(w.norm(j + 1))
    )
      j++;
  }
  return { first: run.first, last: j };
}

/** A Russian noun in an oblique case after an adjective ("дома", "суда", "думы", "площади"), not a past-tense verb. */
export const OBLIQUE_NOUN = /^\p{Ll}{2,}(?<![аеиоуыя]л[аои]?)(?:а|я|ы|и|у|ю|е|ом|ем|ой|ей)$/u;

/** French and Spanish join an office to its body with "de": "porte-parole de la fédération", "ministro del Interior". */
const DE = new Set(["de", "du", "des", "del", "d"]);
const DE_DETERMINERS = new Set(["la", "l", "le", "les", "el", "los", "las"]);

export function deComplement(text: string, w: Words, cls: Uint8Array, run: Run): Run {
  const de = run.last + 1;
  if (de >= w.length || !DE.has(w.norm(de)) || !adjacent(w, run.last, de)) return run;
  let k = de + 1;
  if (k < w.length && DE_DETERMINERS.has(w.norm(k)) && (adjacent(w, de, k) || w.start(k) === w.end(de) + 1)) k++;
  if (k >= w.length || w.start(k) - w.end(k - 1) > 1) return run;
  if (cls[k] === CAP) {
    // "directeur du site de Jababeka David Quentin", "ministre de l'Intérieur Manuel Valls": of three or
    // more capitalised words, the last two are the person holding the office.
    const name = nameRun(w, cls, k);
    // Not "Banque Centrale Européenne": capitalised (feminine or plural) adjectives are part of a body's name;
    // given names end like masculine ones ("Manuel", "Michel").
    const personal = (i: number) => cls[i] === CAP && !isAcronym(w.word(i)) && !BODY_ADJECTIVE.test(w.norm(i));
    const person = name.last - name.first >= 2 && personal(name.last) && personal(name.last - 1);
    // "presidente del Gobierno José María Aznar": after a body's one-word name, the two or three names left are the person.
    const afterBody = name.last - name.first >= 3 && name.last - name.first <= 4 && ALL_BODY_NOUNS.has(w.norm(name.first)) && personal(name.first + 1);
    return { first: run.first, last: afterBody ? name.first : person ? name.last - 2 : name.last };
  }
  return isLowerAt(text, w.start(k)) && cls[k] !== CONNECTOR ? { first: run.first, last: k } : run;
}

/**
 * French and Spanish adjectives after a noun: "gouvernement malien", "leaders religieux",
 * "consejo nacional" (endings of adjectives that no common verb form shares: no -ique, -ica), and the French
 * colours that name groups: "Gilets jaunes", "Casques bleus".
 */
const POSTNOMINAL =
  /^\p{Ll}{2,}(?:ien|ienne|éen|éenne|abe|ais|aise|ain|aine|ois|oise|ol|ole|al|ale|aux|el|elle|if|ive|aire|iste|eux|euse|ano|ana|ense|ista|ivo|iva|és|esa|eño|eña|uz|uza|ego|ega|ario|aria|ador|adora)s?$|^(?:jaune|rouge|verte?|noire?|blanc|blanche|bleue?)s?$/u;

const BODY_ADJECTIVE = /(?:ale|aux|éenne|ienne|aise|aine|oise|ique|ive|aire|ana|ense)s?$/;

/** Whether word i + 1 is an adjective after word i: "gouvernement malien", "Ligue arabe". */
export function postnominal(w: Words, cls: Uint8Array, i: number): boolean {
  // Not a closed-class word of that shape: "dijo Hurtado quien subrayó" (a relative pronoun, as "italien" ends).
  return (
    adjacent(w, i, i + 1) &&
    (cls[i + 1] === OTHER || cls[i + 1] === MODIFIER) &&
    !(w.flags(i + 1) & (F.REPORTING_VERB | F.NOT_NAME)) &&
    !ALL_RELATIVE_PRONOUNS.has(w.norm(i + 1)) &&
    POSTNOMINAL.test(w.norm(i + 1))
  );
}

/**
 * Chains adjectives and "de" complements after an office or a body, a few steps deep:
 * "président du conseil du CERN", "l'Association des leaders religieux du Mali".
 */
export function romanceComplement(text: string, w: Words, cls: Uint8Array, run: Run): Run {
  for (let step = 0; step < 4; step++) {
    let j = run.last;
    while (j - run.last < 2 && postnominal(w, cls, j)) j++;
    let next = deComplement(text, w, cls, { first: run.first, last: j });
    // "chambre de Commerce et d'industrie de Paris", "ministère de l'Économie et des Finances": "and" joins a second complement.
    // (Only after a first complement: "mandats de député et de président" lists two offices.)
    if (step > 0 && next.last === j && j + 2 < w.length && (w.norm(j + 1) === "et" || w.norm(j + 1) === "y") && adjacent(w, j, j + 1)) {
      // (The tokeniser keeps an elided "d’" with its word: "d’industrie".)
      const elided = ELIDED_DE.test(w.word(j + 2));
      const joined = elided ? { first: run.first, last: j + 2 } : DE.has(w.norm(j + 2)) ? deComplement(text, w, cls, { first: run.first, last: j + 1 }) : next;
      if (joined.last >= j + 2 && (elided || joined.last > j + 2)) next = joined;
    }
    if (next.last === run.last) return run;
    run = next;
  }
  return run;
}

const PARTICLES: ReadonlySet<string> = new Set(["de", "du", "van", "von", "da", "di", "del"]);

export function kindOf(w: Words, cls: Uint8Array, run: Run): Mention["kind"] {
  // cls marks German compounds too ("Innenminister").
  for (let k = run.first; k <= run.last; k++) if (titleAt(w, k) || cls[k] === OFFICE) return "office";
  const size = run.last - run.first + 1;
  for (let k = run.first; k <= run.last; k++) if (w.flags(k) & (F.DOCUMENT_NOUN | F.EVENT_NOUN) && !givenName(w, cls, run, k)) return "document";
  if (size < 2 || size > 4) return "name";
  for (let k = run.first; k <= run.last; k++)
    if ((cls[k] !== CAP && !innerParticle(w, run, k)) || (isAcronym(w.word(k)) && !(isInitial(w.word(k)) && k < run.last))) return "name";
  // "Naval Forces Central Command", "Police Scotland", "United States", "Czech Republic": a body's or a place's name, not a person's.
  for (let k = run.first; k <= run.last; k++) if (ALL_BODY_NOUNS.has(w.norm(k)) || (k > run.first && ALL_PLACE_NOUNS.has(w.norm(k)))) return "name";
  // "International Nuclear Event Scale", "Nobel Peace Prize": a run ending on the noun of a thing is its name.
  if (THING_NOUNS.has(w.norm(run.last))) return "name";
  // "Улица Монсиньи", "Calle Mayor", "Oxford Street": a street's name.
  if (streetName(w, run.first, run.last)) return "name";
  return "person";
}

/** "Marc Ladreit de Lacharrière": a particle after two names, before the last, is a person's (not a closure: one per call). */
const innerParticle = (w: Words, run: Run, k: number): boolean => k - run.first >= 2 && k === run.last - 1 && PARTICLES.has(w.norm(k));
