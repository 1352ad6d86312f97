import * as lexicon from "./lexicon";
import { ACCORDING_FIRST_WORDS, ALL_RELATIVE_PRONOUNS, isGermanOffice, lexiconFor } from "./lexicons";
import type { Span } from "./types";
import { firstEndingAfter, forEachWord, isLower, isSpace, isUpper, normWord, tokenCore, tokens, type Token } from "./text";

const { DOCUMENT_NOUNS, EVENT_NOUNS, MONTHS, NAME_CONNECTORS, NOT_NAMES, OFFICE_MODIFIERS, OFFICE_NOUNS, REPORTING_VERBS, WEEKDAYS } = lexicon;

/**
 * A named or described agent: "Maria Zakharova", "the DPRK Foreign Ministry", "the
 * official representative of the Russian Foreign Ministry". Found from capitalisation and
 * office nouns, never from a list of names.
 */
export interface Mention extends Span {
  name: string;
  kind: "person" | "office" | "document" | "name";
}

type Cls = "cap" | "office" | "modifier" | "connector" | "det" | "other" | "break";

export interface MentionContext {
  /** Capitalised words seen mid-sentence anywhere in the document: names, not openers. */
  docNames: ReadonlySet<string>;
  /** Spans (quotations) whose words are not the author's and break every name. */
  exclude: readonly Span[];
  /** The document's language tag: chooses the per-language lexicon. */
  language?: string;
  /** The document's sentences and a cache of their mentions (see findMentions). */
  sentences?: readonly Span[];
  mentionCache?: Map<number, Mention[]>;
}

const isPossessive = (t: Token): boolean => /[’']s?$/.test(t.text) && t.text.length > 2;
const isAcronym = (t: Token): boolean => /^\p{Lu}[\p{Lu}\d.&-]+$/u.test(t.text);

function classify(text: string, toks: Token[], ctx: MentionContext, sentenceStart: number): Cls[] {
  let ex = toks[0] ? firstEndingAfter(ctx.exclude, toks[0].start) : 0;
  // Only the first word can open the sentence; checked once, not per word (that was quadratic).
  const firstIsInitial = toks[0] !== undefined && !/[\p{L}\p{N}]/u.test(text.slice(sentenceStart, toks[0].start));
  const capitalisedNouns = /^de\b/i.test(ctx.language ?? "");
  return toks.map((t, i) => {
    while (ex < ctx.exclude.length && ctx.exclude[ex]!.end <= t.start) ex++;
    const q = ctx.exclude[ex];
    if (q && q.start <= t.start) return "break";
    if (isUpper(t.text[0])) {
      if (NOT_NAMES.has(t.norm) || MONTHS.has(t.norm) || WEEKDAYS.has(t.norm)) return "other";
      // German capitalises every noun: an office noun is an office, not a name ("Die Abgeordnete Christina Berg").
      if (capitalisedNouns && (OFFICE_NOUNS.has(t.norm) || isGermanOffice(t.norm))) return "office";
      const initial = i === 0 && firstIsInitial;
      // "Laut Innenminister Paul Weber", "Selon …": an according-to word opening the sentence is no name.
      if (initial && ACCORDING_FIRST_WORDS.has(t.norm)) return "other";
      if (initial && OFFICE_NOUNS.has(t.norm)) return "office";
      if (initial && !isAcronym(t) && !ctx.docNames.has(t.norm)) {
        // A capital that only opens the sentence is a name when a name follows it or when
        // it is the subject of a reporting verb ("Paris also strongly condemned ...").
        const next = toks[i + 1];
        const speaks = toks.slice(i + 1, i + 4).some((x) => REPORTING_VERBS.has(x.norm)) || (next !== undefined && ALL_RELATIVE_PRONOUNS.has(next.norm));
        // "Предположительно, Юханссон …": a comma ends it; the capital after it starts another name.
        if (!speaks && (!next || !isUpper(next.text[0]) || !adjacent(text, t, next))) return "other";
      }
      return "cap";
    }
    if (!isLower(t.text[0])) return "other";
    if (OFFICE_NOUNS.has(t.norm)) return "office";
    if (OFFICE_MODIFIERS.has(t.norm)) return "modifier";
    if (NAME_CONNECTORS.has(t.norm)) return "connector";
    if (t.norm === "the" || t.norm === "a" || t.norm === "an") return "det";
    return "other";
  });
}

/**
 * Whether only spaces separate two tokens, so they may belong to one name. The same test as
 * `/^[^\S\n]+$/.test(text.slice(tokenCore(a).end, b.start)) && a.end === tokenCore(a).end`,
 * without slicing: the gap starts at a.end whenever tokenCore keeps the whole token.
 */
function adjacent(text: string, a: Token | undefined, b: Token | undefined): boolean {
  if (!a || !b || isPossessive(a) || b.start <= a.end) return false;
  for (let i = a.end; i < b.start; i++) if (text.charCodeAt(i) === 10 || !isSpace(text[i])) return false;
  return tokenCore(a).end === a.end;
}

interface Run {
  first: number;
  last: number;
}

/** "à l'AFP Jean Roe": an elided article before an acronym makes it an object of its own, not the start of the name after it. */
const elidedAcronym = (text: string, t: Token): boolean => isAcronym(t) && /[ld][’']$/i.test(text.slice(Math.max(0, t.start - 2), t.start));

/** A run of capitalised words, allowing "of (the)" between them: "Republic of Korea". */
function nameRun(text: string, toks: Token[], cls: Cls[], i: number): Run {
  let j = i;
  for (;;) {
    if (cls[j + 1] === "cap" && adjacent(text, toks[j], toks[j + 1]) && !(j === i && elidedAcronym(text, toks[j]!))) j++;
    else if (cls[j + 1] === "connector" && adjacent(text, toks[j], toks[j + 1])) {
      const k = cls[j + 2] === "det" ? j + 3 : j + 2;
      if (cls[k] === "cap" && adjacent(text, toks[k - 1], toks[k]) && adjacent(text, toks[j + 1], toks[j + 2])) j = k;
      else break;
    } else break;
  }
  return { first: i, last: j };
}

/** "official representative", "press secretary", "Russian president": modifiers + office nouns. */
function officeRun(text: string, toks: Token[], cls: Cls[], i: number): Run | null {
  let j = i;
  while ((cls[j] === "modifier" || cls[j] === "office") && adjacent(text, toks[j], toks[j + 1]) && (cls[j + 1] === "modifier" || cls[j + 1] === "office")) j++;
  return cls[j] === "office" ? { first: i, last: j } : null;
}

/** Extends a run with "of/for (the) <run>" complements: "representative of the Ministry". */
function complement(text: string, toks: Token[], cls: Cls[], run: Run): Run {
  const c = toks[run.last + 1];
  if (!c || !(c.norm === "of" || c.norm === "for") || !adjacent(text, toks[run.last], c)) return run;
  const k = cls[run.last + 2] === "det" ? run.last + 3 : run.last + 2;
  if (!adjacent(text, toks[k - 1], toks[k])) return run;
  let next = cls[k] === "cap" ? nameRun(text, toks, cls, k) : officeRun(text, toks, cls, k);
  // "of the Russian president": a capitalised adjective before an office noun.
  if (next && cls[k] === "cap" && adjacent(text, toks[next.last], toks[next.last + 1])) {
    const office = officeRun(text, toks, cls, next.last + 1);
    if (office) next = { first: next.first, last: office.last };
  }
  return next ? { first: run.first, last: next.last } : run;
}

/** Russian puts an office's complement in the genitive, without a preposition: "глава государства", "министр иностранных дел". */
const GENITIVE = /^[\u0430-\u044f\u0451]{3,}(?:а|я|ы|и|ов|ев|ей|ого|его|ых|их)$/;
const RUSSIAN_PREPOSITIONS = new Set(lexiconFor("ru").prepositions);
/** Past-tense verbs end like genitives: "Полиция задержала" is a subject and its verb. */
const PAST_TENSE = /(?:ла|ло|ли)$/;

function genitiveComplement(text: string, toks: Token[], run: Run): Run {
  // "Президент России Владимир Путин", "Глава МИД Сергей Лавров": a capitalised genitive place or an
  // acronym between the office and a person's name.
  const place = toks[run.last + 1];
  if (place && isUpper(place.text[0]) && (GENITIVE.test(place.norm) || isAcronym(place)) && adjacent(text, toks[run.last], place)) {
    const a = toks[run.last + 2];
    const b = toks[run.last + 3];
    if (a && b && isUpper(a.text[0]) && isUpper(b.text[0]) && adjacent(text, place, a) && adjacent(text, a, b)) return { first: run.first, last: run.last + 1 };
  }
  let j = run.last;
  while (
    j - run.last < 2 &&
    adjacent(text, toks[j], toks[j + 1]) &&
    isLower(toks[j + 1]!.text[0]) &&
    GENITIVE.test(toks[j + 1]!.norm) &&
    !PAST_TENSE.test(toks[j + 1]!.norm) &&
    !RUSSIAN_PREPOSITIONS.has(toks[j + 1]!.norm)
  )
    j++;
  return { first: run.first, last: j };
}

/** French and Spanish join an office to its body with "de": "porte-parole de la fédération", "ministro del Interior". */
const DE = new Set(["de", "du", "des", "del", "d"]);
const DE_DETERMINERS = new Set(["la", "l", "le", "les", "el", "los", "las"]);

function deComplement(text: string, toks: Token[], cls: Cls[], run: Run): Run {
  const de = toks[run.last + 1];
  if (!de || !DE.has(de.norm) || !adjacent(text, toks[run.last], de)) return run;
  let k = run.last + 2;
  if (toks[k] && DE_DETERMINERS.has(toks[k]!.norm) && (adjacent(text, de, toks[k]) || toks[k]!.start === de.end + 1)) k++;
  const head = toks[k];
  if (!head || head.start - toks[k - 1]!.end > 1) return run;
  if (cls[k] === "cap") return { first: run.first, last: nameRun(text, toks, cls, k).last };
  return isLower(head.text[0]) && cls[k] !== "connector" ? { first: run.first, last: k } : run;
}

function kindOf(toks: Token[], cls: Cls[], run: Run): Mention["kind"] {
  const words = toks.slice(run.first, run.last + 1);
  // cls marks German compounds too ("Innenminister").
  if (words.some((t) => OFFICE_NOUNS.has(t.norm)) || cls.slice(run.first, run.last + 1).includes("office")) return "office";
  if (words.some((t) => DOCUMENT_NOUNS.has(t.norm) || EVENT_NOUNS.has(t.norm))) return "document";
  const allCap = cls.slice(run.first, run.last + 1).every((c) => c === "cap");
  return allCap && words.length >= 2 && words.length <= 4 && !words.some(isAcronym) ? "person" : "name";
}

/** The capitalised words after the last office noun of a run, when they end it (at most three). */
function nameAfterTitle(toks: Token[], cls: Cls[], run: Run): Run | null {
  let j = run.last;
  while (j > run.first && cls[j] === "cap" && !OFFICE_NOUNS.has(toks[j]!.norm)) j--;
  if (j === run.last || !OFFICE_NOUNS.has(toks[j]!.norm) || run.last - j > 3) return null;
  // "Ministry of Foreign Affairs": a connector after the office noun makes a body, not a person.
  return isUpper(toks[j]!.text[0]) ? { first: j + 1, last: run.last } : null;
}

function toMention(text: string, toks: Token[], run: Run, kind: Mention["kind"]): Mention {
  const start = toks[run.first]!.start;
  const end = tokenCore(toks[run.last]!).end;
  const bare = text.slice(start, end).replace(/[’']s?$/, "");
  return { start, end: start + bare.length, name: bare.replace(/\s+/g, " "), kind };
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
  let all = cache.get(i);
  if (!all) {
    all = scanMentions(text, s.start, s.end, s.start, ctx);
    cache.set(i, all);
  }
  if (start === s.start && end === s.end) return all;
  const out: Mention[] = [];
  for (const m of all) if (m.start >= start && m.end <= end) out.push(m);
  return out;
}

function scanMentions(text: string, start: number, end: number, sentenceStart: number, ctx: MentionContext): Mention[] {
  const toks = tokens(text, start, end);
  const russian = /^ru\b/i.test(ctx.language ?? "");
  const romance = /^(?:fr|es)\b/i.test(ctx.language ?? "");
  const cls = classify(text, toks, ctx, sentenceStart);
  const out: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    let run: Run | null = null;
    if (cls[i] === "cap") run = nameRun(text, toks, cls, i);
    else if (cls[i] === "modifier" || cls[i] === "office") run = officeRun(text, toks, cls, i);
    if (!run) continue;
    // "the Russian president": capitalised adjectives before an office noun.
    if (cls[i] === "cap" && adjacent(text, toks[run.last], toks[run.last + 1])) {
      const office = officeRun(text, toks, cls, run.last + 1);
      if (office) run = { first: run.first, last: office.last };
    }
    run = complement(text, toks, cls, run);
    if (russian && cls[run.last] === "office") run = genitiveComplement(text, toks, run);
    else if (romance && cls[run.last] === "office") run = deComplement(text, toks, cls, run);
    const kind = kindOf(toks, cls, run);
    // A capitalised title before a name is that person: "Transport Minister Paul Brandt", "Prime Minister Ito".
    const titled = kind === "office" ? nameAfterTitle(toks, cls, run) : null;
    if (titled) {
      out.push(toMention(text, toks, titled, "person"));
      i = run.last;
      continue;
    }
    // An office followed by a personal name is that person: "press secretary ... Dmitry Peskov",
    // "The official representative ..., Lin Jian, ...".
    if (kind === "office") {
      const k = run.last + 1;
      const comma = /^,\s*$/.test(text.slice(tokenCore(toks[run.last]!).end, toks[k]?.start ?? end));
      if (cls[k] === "cap" && (comma || adjacent(text, toks[run.last], toks[k]))) {
        const person = nameRun(text, toks, cls, k);
        if (kindOf(toks, cls, person) === "person") {
          out.push(toMention(text, toks, person, "person"));
          i = person.last;
          continue;
        }
      }
    }
    out.push(toMention(text, toks, run, kind));
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
  for (const s of sentences) {
    let prevEnd = -1;
    forEachWord(text, s.start, s.end, (start, end) => {
      // Only capitals mid-sentence count, and not right after an opening quote or a colon.
      if (prevEnd >= 0 && isUpper(text[start]) && !opensSpeech(text, prevEnd, start)) names.add(normWord(text.slice(start, end)));
      prevEnd = end;
    });
  }
  return names;
}
