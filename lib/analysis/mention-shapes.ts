// Shapes of names that the mention scan (mentions.ts) checks word by word: a surname that is also
// a function word, a person before "of" and a body or after a body's noun, an office's first noun,
// Russian adjectives and genitive places around a name, a place's name after its noun, a club's
// after an article.
import { ALL_BODY_NOUNS, ALL_KINSHIP_NOUNS, ALL_PLACE_NOUNS } from "./lexicons";
import { adjacent, CAP, CONNECTOR, kindOf, OFFICE, PATRONYMIC, type Run } from "./mention-runs";
import { isLowerAt, isSpaceAt, isUpperAt, type Words } from "./text";
import * as F from "./word-flags";

/**
 * "Abdullahi Nor, who …", "Theresa May said": a capitalised function word or month name right
 * after a name, mid-sentence, ending the run (no capital or digit after it), is its last word.
 */
/** `/\d/` (no u flag) of one character: an ASCII digit. */
const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

export function surnameLikeWord(text: string, w: Words, i: number): boolean {
  if (!(w.flags(i) & (F.NOT_NAME | F.MONTH)) || !adjacent(w, i - 1, i) || !isUpperAt(text, w.start(i)) || !isLowerAt(text, w.start(i) + 1)) return false;
  if (i + 1 >= w.length) return true;
  const next = w.start(i + 1);
  return !(adjacent(w, i, i + 1) && isUpperAt(text, next)) && !isAsciiDigit(text.charCodeAt(next));
}

/** The person of "<First> <Last> of <Body>": two or three capitalised words that read as a person's name, then "of". */
export function personBeforeOf(w: Words, cls: Uint8Array, run: Run): Run | null {
  for (let c = run.first + 2; c <= Math.min(run.last - 1, run.first + 3); c++) {
    if (cls[c] !== CONNECTOR || w.norm(c) !== "of") continue;
    const head = { first: run.first, last: c - 1 };
    return kindOf(w, cls, head) === "person" && !(w.flags(c - 1) & F.NAME_CONNECTOR) ? head : null;
  }
  return null;
}

/** The first office noun of words [from, to): "прокурор" of "прокурор Жан-Франсуа Рикар". */
export function officeHead(w: Words, cls: Uint8Array, from: number, to: number): string | undefined {
  for (let k = from; k < to; k++) if (cls[k] === OFFICE || w.flags(k) & F.OFFICE_NOUN) return w.norm(k);
  return undefined;
}

/** A Russian adjective in the nominative: "Белый", "Верховный", "Государственная". */
export const RUSSIAN_ADJECTIVE = /\p{L}{3,}(?:ый|ий|ой|ая|яя|ое|ее)$/u;

/** A Russian adjective in any case: "афганские", "местной", "российского" (not a pronoun: "которых", "этих", "своей"). */
export const RUSSIAN_ADJECTIVE_ANY =
  /^(?!котор|(?:эт|сво|наш|ваш|мо|тво)(?:и|их|ими|им|ей|его|ему|ой|ом|ую)$|(?:так|как|сам)(?:ой|ая|ое|ие|ые|ого|ому|им|ым|ую|их|ых|ими|ыми)$|вс(?:ех|ем|ей|его|ему)$)\p{L}{3,}(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ую|юю|ых|их|ыми|ими)$/u;

/** Oblique endings of a capitalised place or owner before a name: "Сирии", "Алёхиной", "Соединённых Штатов". */
const OBLIQUE = /(?:ой|ии|ого|его|ых|их|ов)$/;

/**
 * Russian puts the place or the person a name belongs with before it, in an oblique case
 * ("президент Сирии Башар Асад", "адвокат Алёхиной Оксана Дарова") or after a place noun
 * ("житель штата Массачусетс Джеймс Костелло", "жителем Гавайи Марком Дэвидом Чэпменом"): of three
 * or four capitalised words, the first is then not part of the name. A patronymic ("Мария
 * Владимировна Захарова") or a plain three-word name ("Али Абдалла Салех") stays whole.
 */
export function withoutGenitivePlace(w: Words, run: Run, russian: boolean): Run {
  const size = run.last - run.first + 1;
  if (!russian || size < 3 || size > 4 || PATRONYMIC.test(w.norm(run.first + 1))) return run;
  const first = run.first;
  const place = OBLIQUE.test(w.norm(first)) || (first > 0 && ALL_PLACE_NOUNS.has(w.norm(first - 1)) && adjacent(w, first - 1, first));
  return place ? { first: first + 1, last: run.last } : run;
}

/** Nouns that end the name of a thing, never a person's: "International Nuclear Event Scale", "World Cup". */
export const THING_NOUNS: ReadonlySet<string> = new Set(
  "scale index prize award awards cup league championship championships games festival programme program project system network fund prize press news times post herald journal gazette tribune telegraph".split(
    " ",
  ),
);

export const FACILITY_NOUNS: ReadonlySet<string> = new Set(
  "centre center hall building house square street road avenue park airport station stadium arena hospital school museum library theatre theater tower bridge church cathedral palace prison camp base port headquarters".split(
    " ",
  ),
);

const eventOrDocument = (w: Words, j: number): boolean => (w.flags(j) & (F.EVENT_NOUN | F.DOCUMENT_NOUN)) !== 0;

/**
 * Whether the words [first, last] name a place, a building or an event, not a person: they end on
 * an event noun ("Peace Conference"), or on a building noun after an event or building noun
 * ("Conference Centre"). "Stuart Hall" and "Bill Clinton" stay names.
 */
export function placeOrEvent(w: Words, first: number, last: number): boolean {
  if (eventOrDocument(w, last)) return true;
  if (!FACILITY_NOUNS.has(w.norm(last))) return false;
  for (let k = first; k < last; k++) if (eventOrDocument(w, k) || FACILITY_NOUNS.has(w.norm(k))) return true;
  return false;
}

/** Words that open a street's name (ru, es, fr) or end it (en); none of them is a surname. */
const STREET_FIRST: ReadonlySet<string> = new Set(
  "улица улице улицу улицы проспект проспекте площадь площади переулок переулке бульвар бульваре набережная набережной шоссе calle avenida plaza paseo rue boulevard".split(
    " ",
  ),
);
const STREET_LAST: ReadonlySet<string> = new Set("street avenue road boulevard".split(" "));

/** Whether the capitalised words first..last name a street ("Улица Монсиньи", "Calle Mayor", "Oxford Street"). */
export const streetName = (w: Words, first: number, last: number): boolean => STREET_FIRST.has(w.norm(first)) || STREET_LAST.has(w.norm(last));

/** A regnal number in Latin letters ("II", "XVI"), also before a sentence's full stop. */
const ROMAN_NUMERAL = /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{0,3})\.?$/;
export const isRomanNumeral = (word: string): boolean => ROMAN_NUMERAL.test(word);

/**
 * Whether word k is an office noun as a title. A capitalised kinship noun is not: "Mari Carmen Arévalo" is a given
 * name, whatever French "mari" means; kinship nouns name a speaker only in lower case ("his father Norrie").
 */
export function titleAt(w: Words, k: number): boolean {
  return (w.flags(k) & F.OFFICE_NOUN) !== 0 && !(isUpperAt(w.text, w.start(k)) && ALL_KINSHIP_NOUNS.has(w.norm(k)));
}

/** Whether a lower-case place noun and "de"/"del" come right before word `first` ("la plaza de Sant Jaume"). */
export function placeOf(w: Words, first: number): boolean {
  const de = first - 1;
  if (de < 1 || (w.norm(de) !== "de" && w.norm(de) !== "del") || !adjacent(w, de, first) || !adjacent(w, de - 1, de)) return false;
  return ALL_PLACE_NOUNS.has(w.norm(de - 1)) && isLowerAt(w.text, w.start(de - 1));
}

/** Definite articles, plain and joined to a preposition, of French and Spanish. */
const ROMANCE_ARTICLES: ReadonlySet<string> = new Set(["el", "la", "los", "las", "al", "del", "le", "les", "au", "aux", "du"]);

/** Whether a definite article stands right before word `first` (not an office noun: "el Rey Juan Carlos" is a person). */
export function afterArticle(w: Words, first: number): boolean {
  return first > 0 && ROMANCE_ARTICLES.has(w.norm(first - 1)) && adjacent(w, first - 1, first) && !(w.flags(first) & F.OFFICE_NOUN);
}

/** The last two or three words of a capitalised run that follow a body noun ("Armed Forces", "Party"), when they read as a person's name. */
export function personAfterBody(w: Words, cls: Uint8Array, run: Run): Run | null {
  for (let k = run.last - 2; k >= run.first + 1 && k >= run.last - 3; k--) {
    if (!ALL_BODY_NOUNS.has(w.norm(k))) continue;
    const person = { first: k + 1, last: run.last };
    for (let j = person.first; j <= person.last; j++) if (w.flags(j) & F.OFFICE_NOUN || ALL_BODY_NOUNS.has(w.norm(j))) return null;
    if (placeOrEvent(w, person.first, person.last)) return null;
    return kindOf(w, cls, person) === "person" ? person : null;
  }
  return null;
}

/** The capitalised words after the last office noun of a run, when they end it (at most four). */
export function nameAfterTitle(w: Words, cls: Uint8Array, run: Run): Run | null {
  let j = run.last;
  while (j > run.first && cls[j] === CAP && !titleAt(w, j)) j--;
  // "Secretary of State Condoleezza Rice": past the office's "of" complement, the last two words are the person.
  if (cls[j] === CONNECTOR && j > run.first && w.flags(j - 1) & F.OFFICE_NOUN && isUpperAt(w.text, w.start(j - 1)) && run.last - j >= 3)
    return { first: run.last - 1, last: run.last };
  // (Up to four names: "Comoros president Ahmed Abdallah Mohamed Sambi".)
  if (j === run.last || !titleAt(w, j) || run.last - j > 4) return null;
  // "Ministry of Foreign Affairs": a connector after the office noun makes a body, not a person.
  if (!isUpperAt(w.text, w.start(j))) return null;
  // "Labour Party Conference Centre": a building or an event after the office noun is no person.
  if (placeOrEvent(w, j + 1, run.last)) return null;
  // "Parlamento Europeo", "Gobierno Vasco": one capitalised word after a body's noun is that body's name.
  if (j === run.last - 1 && ALL_BODY_NOUNS.has(w.norm(j))) return null;
  return { first: j + 1, last: run.last };
}

/** `/^,\s*$/.test(text.slice(from, to))` without slicing: only a comma and spaces between an office and a name. */
export function commaGap(text: string, from: number, to: number): boolean {
  if (to <= from || text.charCodeAt(from) !== 44) return false;
  for (let i = from + 1; i < to; i++) if (!isSpaceAt(text, i)) return false;
  return true;
}

/**
 * "Bill Gortney", "Bill Clinton": a document noun opening a run of two or three capitalised words
 * with no other document word is a given name, not the head of a document's name.
 */
export function givenName(w: Words, cls: Uint8Array, run: Run, k: number): boolean {
  if (k !== run.first || run.last - k < 1 || run.last - k > 2) return false;
  for (let j = k + 1; j <= run.last; j++) if (cls[j] !== CAP || w.flags(j) & (F.DOCUMENT_NOUN | F.EVENT_NOUN)) return false;
  return true;
}
