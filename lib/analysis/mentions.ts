import { ACCORDING_FIRST_WORDS, ALL_PREPOSITIONS, ALL_RELATIVE_PRONOUNS, isGermanOffice, lexiconFor } from "./lexicons";
import type { Span } from "./types";
import * as F from "./word-flags";
import { firstEndingAfter, isLowerAt, isSpace, isUpperAt, words, type Words } from "./text";

/**
 * A named or described agent: "Maria Zakharova", "the DPRK Foreign Ministry", "the
 * official representative of the Russian Foreign Ministry". Found from capitalisation and
 * office nouns, never from a list of names.
 */
export interface Mention extends Span {
  name: string;
  kind: "person" | "office" | "document" | "name";
}

export interface MentionContext {
  /** Capitalised words seen mid-sentence anywhere in the document: names, not openers. */
  docNames: ReadonlySet<string>;
  /** Spans (quotations) whose words are not the author's and break every name. */
  exclude: readonly Span[];
  /** The document's language tag: chooses the per-language lexicon. */
  language?: string;
  /** The document's sentences and a cache of their mentions (see findMentions). */
  sentences?: readonly Span[];
  /** By sentence index: that sentence's mentions once scanned. */
  mentionCache?: Array<Mention[] | undefined>;
}

// Word classes, one byte per word (0 past the last word).
const CAP = 1;
const OFFICE = 2;
const MODIFIER = 3;
const CONNECTOR = 4;
const DET = 5;
const OTHER = 6;
const BREAK = 7;

const isApostrophe = (c: number): boolean => c === 0x2019 || c === 39;
/** `/[’']s?$/.test(word) && word.length > 2` of word i, without slicing. */
function isPossessive(w: Words, i: number): boolean {
  const s = w.start(i);
  const e = w.end(i);
  const last = w.text.charCodeAt(e - 1);
  return e - s > 2 && (isApostrophe(last) || (last === 115 && isApostrophe(w.text.charCodeAt(e - 2))));
}
const isAcronym = (word: string): boolean => /^\p{Lu}[\p{Lu}\d.&-]+$/u.test(word);

/** tokenCore(word i).end: the end without a trailing sentence dot (kept on "U.S."). */
function coreEnd(w: Words, i: number): number {
  const e = w.end(i);
  return w.text.charCodeAt(e - 1) === 46 && !/\p{L}\.\p{L}/u.test(w.word(i)) ? e - 1 : e;
}

// One buffer for every sentence (scanMentions does not nest): allocating a typed array per
// sentence was a measurable cost of its own.
let clsBuffer = new Uint8Array(256);

function classify(text: string, w: Words, ctx: MentionContext, sentenceStart: number): Uint8Array {
  const n = w.length;
  if (clsBuffer.length < n + 4) clsBuffer = new Uint8Array(2 * (n + 4));
  const cls = clsBuffer;
  cls.fill(0, n, n + 4);
  const exclude = ctx.exclude;
  let ex = n > 0 ? firstEndingAfter(exclude, w.start(0)) : 0;
  // Only the first word can open the sentence; checked once, not per word (that was quadratic).
  const firstIsInitial = n > 0 && !/[\p{L}\p{N}]/u.test(text.slice(sentenceStart, w.start(0)));
  const capitalisedNouns = /^de\b/i.test(ctx.language ?? "");
  for (let i = 0; i < n; i++) {
    const s = w.start(i);
    while (ex < exclude.length && exclude[ex]!.end <= s) ex++;
    const q = exclude[ex];
    cls[i] = q && q.start <= s ? BREAK : classOf(text, w, i, ctx, capitalisedNouns, i === 0 && firstIsInitial);
  }
  return cls;
}

function classOf(text: string, w: Words, i: number, ctx: MentionContext, capitalisedNouns: boolean, initial: boolean): number {
  const at = w.start(i);
  if (isUpperAt(text, at)) {
    const f = w.flags(i);
    if (f & (F.NOT_NAME | F.MONTH | F.WEEKDAY)) return OTHER;
    // German capitalises every noun: an office noun is an office, not a name ("Die Abgeordnete Christina Berg").
    if (capitalisedNouns && (f & F.OFFICE_NOUN || isGermanOffice(w.norm(i)))) return OFFICE;
    // "Laut Innenminister Paul Weber", "Selon …", "После боя …": an according-to word or a preposition opening the sentence is no name.
    if (initial && (ACCORDING_FIRST_WORDS.has(w.norm(i)) || ALL_PREPOSITIONS.has(w.norm(i)))) return OTHER;
    if (initial && f & F.OFFICE_NOUN) return OFFICE;
    if (initial && !isAcronym(w.word(i)) && !ctx.docNames.has(w.norm(i))) {
      // A capital that only opens the sentence is a name when a name follows it or when
      // it is the subject of a reporting verb ("Paris also strongly condemned ...").
      let speaks = false;
      // Up to three words on, not past a comma ("Более того, как сообщает CNN": "Более" does not speak).
      for (let k = i + 1; k < Math.min(i + 4, w.length) && !speaks && !text.slice(w.end(k - 1), w.start(k)).includes(","); k++)
        speaks = (w.flags(k) & F.REPORTING_VERB) !== 0;
      // "Smith, who chairs …": a relative clause attaches to a name.
      if (!speaks && i + 1 < w.length && ALL_RELATIVE_PRONOUNS.has(w.norm(i + 1))) speaks = true;
      // "Предположительно, Юханссон …": a comma ends it; the capital after it starts another name.
      if (!speaks && (i + 1 >= w.length || !isUpperAt(text, w.start(i + 1)) || !adjacent(w, i, i + 1))) return OTHER;
    }
    return CAP;
  }
  if (!isLowerAt(text, at)) return OTHER;
  const f = w.flags(i);
  if (f & F.OFFICE_NOUN) return OFFICE;
  if (f & F.OFFICE_MODIFIER) return MODIFIER;
  if (f & F.NAME_CONNECTOR) return CONNECTOR;
  if (f & F.DETERMINER) return DET;
  return OTHER;
}

/**
 * Whether only spaces separate words a and b, so they may belong to one name: the gap
 * after a's core holds no line break, and a keeps its whole text as its core.
 */
function adjacent(w: Words, a: number, b: number): boolean {
  if (a < 0 || b < 0 || a >= w.length || b >= w.length || isPossessive(w, a)) return false;
  const from = w.end(a);
  const to = w.start(b);
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (w.text.charCodeAt(i) === 10 || !isSpace(w.text[i])) return false;
  return coreEnd(w, a) === from;
}

interface Run {
  first: number;
  last: number;
}

/** "à l'AFP Jean Roe": an elided article before an acronym makes it an object of its own, not the start of the name after it. */
const elidedAcronym = (w: Words, i: number): boolean => isAcronym(w.word(i)) && /[ld][’']$/i.test(w.text.slice(Math.max(0, w.start(i) - 2), w.start(i)));

/** "телеканала Bravo Энди Коэн": a name does not run on from Latin letters into Cyrillic ones or back. */
const CYRILLIC = /[\u0400-\u04ff]/;
const sameScript = (w: Words, a: number, b: number): boolean => CYRILLIC.test(w.word(a)[0]!) === CYRILLIC.test(w.word(b)[0]!);

/** A run of capitalised words, allowing "of (the)" between them: "Republic of Korea". */
function nameRun(w: Words, cls: Uint8Array, i: number): Run {
  let j = i;
  for (;;) {
    if (cls[j + 1] === CAP && adjacent(w, j, j + 1) && !(j === i && elidedAcronym(w, j)) && sameScript(w, j, j + 1)) j++;
    else if (cls[j + 1] === CONNECTOR && adjacent(w, j, j + 1)) {
      const k = cls[j + 2] === DET ? j + 3 : j + 2;
      if (cls[k] === CAP && adjacent(w, k - 1, k) && adjacent(w, j + 1, j + 2)) j = k;
      else break;
    } else break;
  }
  return { first: i, last: j };
}

const isOfficeWord = (c: number | undefined): boolean => c === MODIFIER || c === OFFICE;

/** "official representative", "press secretary", "Russian president": modifiers + office nouns. */
function officeRun(w: Words, cls: Uint8Array, i: number): Run | null {
  let j = i;
  while (isOfficeWord(cls[j]) && adjacent(w, j, j + 1) && isOfficeWord(cls[j + 1])) j++;
  return cls[j] === OFFICE ? { first: i, last: j } : null;
}

/** Extends a run with "of/for (the) <run>" complements: "representative of the Ministry". */
function complement(w: Words, cls: Uint8Array, run: Run): Run {
  const c = run.last + 1;
  if (c >= w.length) return run;
  const norm = w.norm(c);
  if (!(norm === "of" || norm === "for") || !adjacent(w, run.last, c)) return run;
  const k = cls[run.last + 2] === DET ? run.last + 3 : run.last + 2;
  if (!adjacent(w, k - 1, k)) return run;
  let next = cls[k] === CAP ? nameRun(w, cls, k) : officeRun(w, cls, k);
  // "of the Russian president": a capitalised adjective before an office noun.
  if (next && cls[k] === CAP && adjacent(w, next.last, next.last + 1)) {
    const office = officeRun(w, cls, next.last + 1);
    if (office) next = { first: next.first, last: office.last };
  }
  return next ? { first: run.first, last: next.last } : run;
}

/** Russian puts an office's complement in the genitive, without a preposition: "глава государства", "министр иностранных дел". */
const GENITIVE = /^[\u0430-\u044f\u0451]{3,}(?:а|я|ы|и|ов|ев|ей|ого|его|ых|их)$/;
const RUSSIAN_PREPOSITIONS = new Set(lexiconFor("ru").prepositions);
/** Past-tense verbs end like genitives: "Полиция задержала" is a subject and its verb. */
const PAST_TENSE = /(?:ла|ло|ли)$/;

function genitiveComplement(text: string, w: Words, run: Run): Run {
  // "Президент России Владимир Путин", "Глава МИД Сергей Лавров": a capitalised genitive place or an
  // acronym between the office and a person's name.
  // Several may stand there: "представитель МИД России Мария Захарова".
  let p = run.last;
  const placeLike = (k: number) => k < w.length && isUpperAt(text, w.start(k)) && (GENITIVE.test(w.norm(k)) || isAcronym(w.word(k))) && adjacent(w, k - 1, k);
  while (
    placeLike(p + 1) &&
    p + 3 < w.length &&
    isUpperAt(text, w.start(p + 2)) &&
    isUpperAt(text, w.start(p + 3)) &&
    adjacent(w, p + 1, p + 2) &&
    adjacent(w, p + 2, p + 3)
  )
    p++;
  if (p > run.last) return { first: run.first, last: p };
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
  if (tail(j + 1)) j++;
  return { first: run.first, last: j };
}

/** French and Spanish join an office to its body with "de": "porte-parole de la fédération", "ministro del Interior". */
const DE = new Set(["de", "du", "des", "del", "d"]);
const DE_DETERMINERS = new Set(["la", "l", "le", "les", "el", "los", "las"]);

function deComplement(text: string, w: Words, cls: Uint8Array, run: Run): Run {
  const de = run.last + 1;
  if (de >= w.length || !DE.has(w.norm(de)) || !adjacent(w, run.last, de)) return run;
  let k = de + 1;
  if (k < w.length && DE_DETERMINERS.has(w.norm(k)) && (adjacent(w, de, k) || w.start(k) === w.end(de) + 1)) k++;
  if (k >= w.length || w.start(k) - w.end(k - 1) > 1) return run;
  if (cls[k] === CAP) return { first: run.first, last: nameRun(w, cls, k).last };
  return isLowerAt(text, w.start(k)) && cls[k] !== CONNECTOR ? { first: run.first, last: k } : run;
}

function kindOf(w: Words, cls: Uint8Array, run: Run): Mention["kind"] {
  // cls marks German compounds too ("Innenminister").
  for (let k = run.first; k <= run.last; k++) if (w.flags(k) & F.OFFICE_NOUN || cls[k] === OFFICE) return "office";
  for (let k = run.first; k <= run.last; k++) if (w.flags(k) & (F.DOCUMENT_NOUN | F.EVENT_NOUN)) return "document";
  const size = run.last - run.first + 1;
  if (size < 2 || size > 4) return "name";
  for (let k = run.first; k <= run.last; k++) if (cls[k] !== CAP || isAcronym(w.word(k))) return "name";
  return "person";
}

/** The capitalised words after the last office noun of a run, when they end it (at most three). */
function nameAfterTitle(w: Words, cls: Uint8Array, run: Run): Run | null {
  let j = run.last;
  while (j > run.first && cls[j] === CAP && !(w.flags(j) & F.OFFICE_NOUN)) j--;
  if (j === run.last || !(w.flags(j) & F.OFFICE_NOUN) || run.last - j > 3) return null;
  // "Ministry of Foreign Affairs": a connector after the office noun makes a body, not a person.
  return isUpperAt(w.text, w.start(j)) ? { first: j + 1, last: run.last } : null;
}

function toMention(w: Words, run: Run, kind: Mention["kind"]): Mention {
  const start = w.start(run.first);
  let end = coreEnd(w, run.last);
  // Without a trailing possessive: /[’']s?$/.
  if (end > start && w.text.charCodeAt(end - 1) === 115 && end - 1 > start && isApostrophe(w.text.charCodeAt(end - 2))) end -= 2;
  else if (end > start && isApostrophe(w.text.charCodeAt(end - 1))) end -= 1;
  return { start, end, name: singleSpaced(w.text, start, end), kind };
}

/** text.slice(start, end).replace(/\s+/g, " "), slicing only when some space is not a single " ". */
function singleSpaced(text: string, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? isSpace(text[i + 1]) && i + 1 < end : isSpace(text[i])) return text.slice(start, end).replace(/\s+/g, " ");
  }
  return text.slice(start, end);
}

/**
 * Mentions in text order within [start, end); `sentenceStart` marks capitals that only open a
 * sentence. Within one sentence the answer comes from a per-sentence cache: units, speakers,
 * coreference and citations all ask about the same sentences, and each is scanned once.
 */
export function findMentions(text: string, start: number, end: number, sentenceStart: number, ctx: MentionContext): Mention[] {
  const sentences = ctx.sentences;
  const cache = ctx.mentionCache;
  if (!sentences || !cache) return scanMentions(text, start, end, sentenceStart, ctx);
  const i = firstEndingAfter(sentences, start);
  const s = sentences[i];
  if (!s || s.start > start || s.end < end || s.start !== sentenceStart) return scanMentions(text, start, end, sentenceStart, ctx);
  let all = cache[i];
  if (!all) {
    all = scanMentions(text, s.start, s.end, s.start, ctx);
    cache[i] = all;
  }
  if (start === s.start && end === s.end) return all;
  const out: Mention[] = [];
  for (const m of all) if (m.start >= start && m.end <= end) out.push(m);
  return out;
}

function scanMentions(text: string, start: number, end: number, sentenceStart: number, ctx: MentionContext): Mention[] {
  const w = words(text, start, end);
  const russian = /^ru\b/i.test(ctx.language ?? "");
  const romance = /^(?:fr|es)\b/i.test(ctx.language ?? "");
  const cls = classify(text, w, ctx, sentenceStart);
  const out: Mention[] = [];
  for (let i = 0; i < w.length; i++) {
    let run: Run | null = null;
    if (cls[i] === CAP) run = nameRun(w, cls, i);
    else if (isOfficeWord(cls[i])) run = officeRun(w, cls, i);
    if (!run) continue;
    // "the Russian president": capitalised adjectives before an office noun.
    if (cls[i] === CAP && adjacent(w, run.last, run.last + 1)) {
      const office = officeRun(w, cls, run.last + 1);
      if (office) run = { first: run.first, last: office.last };
    }
    run = complement(w, cls, run);
    if (russian && cls[run.last] === OFFICE) run = genitiveComplement(text, w, run);
    else if (romance && cls[run.last] === OFFICE) run = deComplement(text, w, cls, run);
    const kind = kindOf(w, cls, run);
    // A capitalised title before a name is that person: "Transport Minister Paul Brandt", "Prime Minister Ito".
    const titled = kind === "office" ? nameAfterTitle(w, cls, run) : null;
    if (titled) {
      out.push(toMention(w, titled, "person"));
      i = run.last;
      continue;
    }
    // An office followed by a personal name is that person: "press secretary ... Dmitry Peskov",
    // "The official representative ..., Lin Jian, ...".
    if (kind === "office") {
      const k = run.last + 1;
      if (cls[k] === CAP && (/^,\s*$/.test(text.slice(coreEnd(w, run.last), w.start(k))) || adjacent(w, run.last, k))) {
        const person = nameRun(w, cls, k);
        if (kindOf(w, cls, person) === "person") {
          out.push(toMention(w, person, "person"));
          i = person.last;
          continue;
        }
      }
    }
    out.push(toMention(w, run, kind));
    i = run.last;
  }
  return out;
}

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
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const w = words(text, s.start, s.end);
    // Only capitals mid-sentence count, and not right after an opening quote or a colon.
    for (let i = 1; i < w.length; i++) if (isUpperAt(text, w.start(i)) && !opensSpeech(text, w.end(i - 1), w.start(i))) names.add(w.norm(i));
  }
  return names;
}
