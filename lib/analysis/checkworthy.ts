import { addDates, dateSearchFrom, findNumbers, firstDigitIn, firstOrdinal, type Found } from "./dates";
import * as lexicon from "./lexicon";
import { isGermanOffice, lexiconFor, PRONOUNS, type CueKind, type LanguageLexicon } from "./lexicons";
import { hasAgentSuffix, hasTitledPerson } from "./lexicons/unspaced-cues";
import { findMentions, type Mention, type MentionContext } from "./mentions";
import type { Span } from "./types";
import * as F from "./word-flags";
import { firstEndingAfter, hasAsciiDigit, type Words } from "./text";
import { round } from "./noisy-or";
import { all, first, occurs } from "./span-matches";
import { pastEvent } from "./past-events";
import { countedBy, quantityAmong } from "./checkworthy-numbers";
import { add, endsAsQuestion, push, someQuantity, Tally } from "./checkworthy-tally";
import type { UnitSignals } from "./unit-signals";

const { NOT_NAMES } = lexicon;

// Check-worthiness combines independent cues as a noisy-or, 1 - Π(1 - w): each cue can only raise the score, no single weak
// cue reaches 0.5 (a measured amount, the strongest, does), and the result stays within 0..1. The cues are the same in every
// language (en, ru, de, fr, es, zh); only the words that show them differ (lexicons/*.json): the same kind of sentence scores alike.

const W = {
  date: 0.45,
  year: 0.35,
  time: 0.2,
  datedEvent: 0.25,
  event: 0.15,
  agentEvent: 0.3,
  number: 0.2,
  maxNumbers: 2,
  /** A measured amount (a number with a unit or a counted noun: "44 года", "12 people") is a checkable fact by itself. */
  quantity: 0.5,
  ordinal: 0.2,
  repeatCount: 0.25,
  agent: 0.25,
  role: 0.2,
  name: 0.2,
  comparative: 0.15,
  attribution: 0.2,
  maxNames: 4,
};

const CLOCK = /(?<![\d:.,])(?:[01]?\d|2[0-3])(?::|h)[0-5]\d(?![\d:])/;
const REPEAT_COUNT = /\bfor the (?:\w+) time\b|\b(?:once|twice|three times|\d+ times)\b/i;
/** Tested first: REPEAT_COUNT cannot match without one of these (each of its branches holds " time", "once" or "twice"). */
const REPEAT_WORD = / time|once|twice/i;
const YEAR_ONLY = /^(?:(?:in|since|until|by|from|of|during)\s+)?\d{4}s?$/i;
const HAN_YEAR = /^\d{4}年$/;
const HORTATORY = /^(?:let us|let's|let me|imagine|consider)\b/i;
/** Whether HORTATORY can match: its first letter (l, i or c in either case; /i without u folds no other letter to one) opens the span. */
const mayExhort = (text: string, span: Span): boolean => {
  const c = text.charCodeAt(span.start) | 32;
  return span.end > span.start && (c === 108 || c === 105 || c === 99);
};

type Cues = Record<CueKind, string | undefined>;
const CUES: Cues = { event: undefined, time: undefined, comparative: undefined, number: undefined, month: undefined, ordinal: undefined };

/**
 * The word-list bits of all the unit's words OR-ed together (word-flags.ts), set by findCues in its pass over the words:
 * a later scan for a word of some list is skipped when no word has its bit. All bits for unspaced languages (no pass).
 */
let unitFlags = 0;

/**
 * The first cue word or phrase of each kind among the words (spaced languages), in one pass: cheaper than one regular
 * expression per kind over every unit. Chinese uses the regexes. Every kind is a field from the start, so all units' cues
 * have one shape (reading them was megamorphic); one object, cleared by each call (read only within checkworthiness).
 */
function findCues(w: Words, lex: LanguageLexicon, text: string, slice: string): Cues {
  const found = CUES;
  found.event = found.time = found.comparative = found.number = found.month = found.ordinal = undefined;
  const u = lex.unspacedCues;
  if (u) {
    // eventVerb and comparative, found by first character (lexicons/unspaced-cues.ts); timeWord, with its clock times, as it is.
    found.event = u.event.first(slice);
    found.time = lex.timeWord?.exec(slice)?.[0];
    found.comparative = u.comparative.first(slice);
    unitFlags = -1;
    return found;
  }
  let seen = 0;
  for (let i = 0; i < w.length; i++) {
    const f = w.flags(i);
    seen |= f;
    if (!(f & F.CUE_HEAD)) continue;
    const list = lex.cues.get(w.norm(i));
    if (!list) continue;
    for (const cue of list) {
      if (found[cue.kind] !== undefined) continue;
      if (cue.kind === "month" && lex.lowerCaseMonths === isUpperInitial(text[w.start(i)]!)) continue;
      let k = 0;
      while (k < cue.rest.length && i + 1 + k < w.length && w.norm(i + 1 + k) === cue.rest[k]) k++;
      if (k === cue.rest.length) found[cue.kind] = cue.text;
    }
  }
  unitFlags = seen;
  return found;
}

const isUpperInitial = (first: string): boolean => first !== first.toLowerCase();

/** Whether a word is in the lists of `flags`, or passes `test` (given). */
function someWord(w: Words, flags: number, test: ((norm: string) => boolean) | null): boolean {
  if (!test && !(unitFlags & flags)) return false;
  for (let i = 0; i < w.length; i++) if (w.flags(i) & flags || (test && test(w.norm(i)))) return true;
  return false;
}

/** The first "he" or "she" among the words (in any language), or -1: a person's pronoun, not "they" or "it". */
function firstPronoun(w: Words): number {
  // (Every key of PRONOUNS has the PRONOUN bit: a word without it is none, and its norm need not be looked up.)
  if (!(unitFlags & F.PRONOUN)) return -1;
  for (let i = 0; i < w.length; i++) {
    if (!(w.flags(i) & F.PRONOUN)) continue;
    const g = PRONOUNS.get(w.norm(i));
    if (g === "masculine" || g === "feminine") return i;
  }
  return -1;
}

/** No dates, no numbers (most spans): one empty list, never added to. */
const NOTHING: readonly Found[] = [];

function dateCues(text: string, span: Span, slice: string, lex: LanguageLexicon, digits: boolean, cues: Cues, t: Tally): readonly Found[] {
  let dates: readonly Found[] = NOTHING;
  // A date and a clock time hold a digit: they are searched from the word before the span's first digit (dateSearchFrom)
  // and from that digit, not from the span's start. (A Chinese date may be in Chinese numerals: searched from the start.)
  const firstDigit = digits ? firstDigitIn(slice) : -1;
  const dateFrom = firstDigit >= 0 ? dateSearchFrom(text, span.start, firstDigit) : 0;
  if (digits || lex.unspaced) {
    // The language's own patterns first ("9 июля 2024 года" is one date, not a bare year), when a month name occurs where a date can.
    const from = lex.unspaced ? 0 : dateFrom;
    const found = !lex.monthName || occurs(lex.monthName, text, span, slice, from) ? all(lex.date, text, span, slice, Infinity, NOTHING, from) : [];
    // (Each of findDates' patterns holds an ASCII digit.)
    if (firstDigit >= 0) addDates(text, span.start, slice, found, dateFrom);
    dates = found;
  }
  for (const d of dates) add(t, YEAR_ONLY.test(d.text) || HAN_YEAR.test(d.text) ? W.year : W.date, `checkable:date:${d.text}`);
  if (dates.length === 0 && cues.month) add(t, W.year, `checkable:date:${cues.month}`);
  // "около 10:00", "à 18h30", "at 9:45": a clock time (its digits are no numbers of their own).
  const clock = firstDigit >= 0 ? first(CLOCK, text, span, slice, NOTHING, firstDigit) : undefined;
  if (clock) {
    add(t, W.time, `checkable:time:${clock.text}`);
    dates = dates === NOTHING ? [clock] : [...dates, clock];
  } else if (cues.time) add(t, W.time, `checkable:time:${cues.time.toLowerCase()}`);
  return dates;
}

function numberCues(text: string, span: Span, slice: string, lex: LanguageLexicon, dates: readonly Found[], digits: boolean, cues: Cues, t: Tally): void {
  // Without a digit or a number word (spaced languages) only an ordinal word can count.
  if (!digits && !lex.unspaced && !cues.number) {
    if (cues.ordinal) add(t, W.ordinal, `checkable:ordinal:${cues.ordinal}`);
    return;
  }
  const numbers = digits ? findNumbers(text, span.start, span.end, dates, slice) : NOTHING;
  const unit = digits || lex.unspaced || cues.number ? first(lex.quantity, text, span, slice, dates) : undefined;
  const quantity = unit ?? quantityAmong(text, numbers);
  if (quantity) add(t, W.quantity, `checkable:quantity:${quantity.text}`);
  // The other numbers, up to the limit (counted in place: no filtered copy of the list).
  const most = quantity ? W.maxNumbers - 1 : W.maxNumbers;
  let rest = 0;
  for (let i = 0; i < numbers.length && rest < most; i++) {
    const n = numbers[i]!;
    if (quantity && n.start < quantity.end && quantity.start < n.end) continue;
    add(t, W.number, `checkable:number:${n.text}`);
    rest++;
  }
  if (!quantity && rest === 0 && cues.number) {
    // "восемь заместителей", "fifteen years", "deux cents rats", "un million de visiteurs": a number word and the noun it counts.
    const counted = countedBy(cues.number).exec(slice);
    if (counted && !NOT_NAMES.has(counted[1]!.toLowerCase())) add(t, W.quantity, `checkable:quantity:${counted[0].toLowerCase()}`);
    else add(t, W.number, `checkable:number:${cues.number.toLowerCase()}`);
  }
  const ordinal = digits || lex.unspaced ? (firstOrdinal(text, span.start, span.end, slice) ?? first(lex.ordinal, text, span, slice, dates)) : undefined;
  if (ordinal) add(t, W.ordinal, `checkable:ordinal:${ordinal.text}`);
  else if (cues.ordinal) add(t, W.ordinal, `checkable:ordinal:${cues.ordinal}`);
}

const [SPACE, ACRONYM, LAST_NAME_WORD] = [/\s/, /^\p{Lu}[\p{Lu}\d]+$/u, /\s(\p{Lu}[\p{L}\d-]*)$/u];

function somePerson(mentions: readonly Mention[]): boolean {
  for (let i = 0; i < mentions.length; i++) if (mentions[i]!.kind === "person") return true;
  return false;
}

/** Named agents: capitalised mentions, quoted titles (a club, a party, a law), Chinese place and body names. */
function nameCues(
  text: string,
  slice: string,
  span: Span,
  sentenceStart: number,
  ctx: MentionContext,
  lex: LanguageLexicon,
  titles: readonly Span[],
  w: Words,
  t: Tally,
): number {
  let count = 0;
  // German capitalises every noun: a single capitalised word there is a name only as an acronym.
  const german = lex.language === "de";
  const mentions = findMentions(text, span.start, span.end, sentenceStart, ctx);
  // Who holds which office is a checkable fact: "Ministerpräsidentin Anna Berg", "Jane Roe, the minister", "秘書長黃昆輝".
  const titled = lex.unspacedCues ? hasTitledPerson(lex.unspacedCues, slice) : lex.titledPerson?.test(slice) === true;
  // (The office-noun bit, then the mentions, then the words: cheapest test first.)
  const office =
    titled || ((german || (unitFlags & F.OFFICE_NOUN) !== 0) && somePerson(mentions) && someWord(w, F.OFFICE_NOUN, german ? isGermanOffice : null));
  if (office) add(t, W.role, "checkable:role");
  for (const m of mentions) {
    if (count >= W.maxNames) break;
    const agent = m.kind === "person" || m.kind === "office";
    if (german && !agent && !SPACE.test(m.name) && !ACRONYM.test(m.name)) continue;
    add(t, agent ? W.agent : W.name, (agent ? "checkable:agent:" : "checkable:name:") + m.name);
    count++;
    // Russian "министерство культуры Польши", "главы КНР": the place an office belongs to (its genitive) is named too.
    const place = m.kind === "office" && lex.language === "ru" && m.name[0] !== m.name[0]!.toUpperCase() ? LAST_NAME_WORD.exec(m.name) : null;
    if (place && count < W.maxNames) {
      add(t, W.name, `checkable:name:${place[1]}`);
      count++;
    }
  }
  for (let i = firstEndingAfter(titles, span.start); i < titles.length && titles[i]!.start < span.end && count < W.maxNames; i++) {
    add(t, W.name, `checkable:name:${text.slice(titles[i]!.start, titles[i]!.end)}`);
    count++;
  }
  const named = lex.unspacedCues !== null && count < W.maxNames && hasAgentSuffix(lex.unspacedCues, slice);
  for (const m of named ? all(lex.agentName, text, span, slice, W.maxNames - count) : NOTHING) {
    add(t, W.name, `checkable:name:${m.text}`);
    count++;
  }
  return count;
}

/**
 * How much checkable content a span holds: dates, times, numbers, quantities, ordinals,
 * events, named agents and comparisons. `titles` are the document's title quotations (sorted), `w` the span's words and
 * `slice` text[span]. Its signals are appended to `out`.
 */
export function checkworthiness(
  text: string,
  span: Span,
  sentenceStart: number,
  ctx: MentionContext,
  titles: readonly Span[],
  w: Words,
  out: UnitSignals,
  slice: string,
): number {
  const lex = lexiconFor(ctx.language ?? "en");
  const digits = hasAsciiDigit(text, span.start, span.end);
  const cues = findCues(w, lex, text, slice);
  // News narrates events in the past tense: such a verb is an event (past-events.ts: "исполнили гимн", "aprobó ayer", "welcomed").
  // (English: only a word with the ENGLISH_PAST bit can be one.)
  if (!cues.event && (lex.language !== "en" || unitFlags & F.ENGLISH_PAST)) cues.event = pastEvent(lex.language, w, text);
  const t = new Tally(out);
  const dates = dateCues(text, span, slice, lex, digits, cues, t);
  // An event with its time: a date, a month named alone ("In March, … were found") or a day ("resigned on Monday").
  const dated = cues.event && (dates.length || cues.month || cues.time);
  if (dated) add(t, W.datedEvent, "checkable:dated-event");
  else if (cues.event) add(t, W.event, `checkable:event:${cues.event.toLowerCase()}`);
  numberCues(text, span, slice, lex, dates, digits, cues, t);
  if (REPEAT_WORD.test(slice) && REPEAT_COUNT.test(slice)) add(t, W.repeatCount, "checkable:repeat-count");
  const names = nameCues(text, slice, span, sentenceStart, ctx, lex, titles, w, t);
  // An event with its agent named ("Lennon died on the way to hospital", "Суд приговорил его …") passes 0.5 without a date.
  if (cues.event && !dated) {
    // "Il fut exclu de son groupe", "он заключил сделку": a pronoun stands for the agent named before.
    const pronoun = names > 0 || lex.unspaced ? -1 : firstPronoun(w);
    if (pronoun >= 0) add(t, W.name, `checkable:agent:${w.norm(pronoun)}`);
    if (names > 0 || pronoun >= 0) add(t, W.agentEvent, "checkable:event-agent");
  }
  if (cues.comparative) add(t, W.comparative, "checkable:comparative");
  // A reporting verb, or a speech noun with its owner ("привели слова Рухани", "the remarks of the minister").
  const reports = lex.unspacedCues ? lex.unspacedCues.reportingVerbs.indexIn(slice) >= 0 : someWord(w, F.REPORTING_VERB | F.SPEECH_NOUN, null);
  if (names && reports) add(t, W.attribution, "checkable:attribution");
  // "иранское телевидение в пятницу заявило, что …", "the ministry said on Monday": who said something when is checkable.
  if (names && reports && !cues.event && (dates.length > 0 || cues.time)) add(t, W.datedEvent, "checkable:dated-statement");
  let value = 1 - t.kept;
  // Questions and exhortations assert nothing that could be checked; a rhetorical question's amounts ("虧損就5460億元…嗎？") still can.
  if (endsAsQuestion(text, span)) {
    value *= someQuantity(t) ? 0.75 : 0.5;
    push(t, "checkable:question");
  }
  if (mayExhort(text, span) && HORTATORY.test(slice)) {
    value *= 0.5;
    push(t, "checkable:hortatory");
  }
  return round(value);
}
