import { lexiconFor, ZH_PRONOUNS } from "./lexicons";
import type { Attribution } from "./speakers";
import type { Span } from "./types";

// Speakers in Chinese (and other languages written without spaces): no capitals mark a name
// and words are not separated, so the speaker is the run of characters right before the
// reporting verb ("外交部发言人表示：“…”"), or right after the closing mark ("“…”，他说。"),
// cut at punctuation and stripped of the adverbs that sit between a subject and its verb.

/** Adverbs and time words between a subject and its verb: "他也表示", "发言人当天表示". */
const ADVERB_TAIL =
  /(?:对此|對此|当天|當天|当日|當日|日前|近日|随后|隨後|随即|隨即|同时|同時|此前|今天|昨天|接着|接著|再次|特别|特別|同样|同樣|首先|前几天|前幾天|也|还|還|则|則|又|并|並|已|曾|再|亦|更|都|就|在)$/u;
/** A run that is adverbs only ("，也強調"): the subject was left out. */
const ADVERB_ONLY = new RegExp(`^(?:${ADVERB_TAIL.source.slice(0, -1)})+$`, "u");
const PLACE_AFTER = /[在於于]/u;
const DAY_AFTER = /(?:\d{1,2}[日号]|[今昨本]日|上午|下午|晚間|晚间)+$/u;
/** Schools, hotels and firms a person is named with ("…國中楊矞菁同學", "…大飯店主廚柯秉佐"); not offices ("市長", "部長"). */
const AFFILIATION = /国中|國中|国小|國小|高中|中学|中學|大学|大學|饭店|飯店|公司|餐厅|餐廳/gu;
/** Where the last match of a global pattern ends in `s` (0 without one). */
function lastEnd(re: RegExp, s: string): number {
  let end = 0;
  for (const m of s.matchAll(re)) end = m.index + m[0].length;
  return end;
}
const NAME_CHAR = /[\p{Script=Han}\p{L}\p{N}·・]/u;
const MAX_NAME = 16;

interface Verb {
  word: string;
  start: number;
}

/** The verbs by their first character, in the list's order: a verb is looked for only where its first character stands. */
const VERB_INDEX = new WeakMap<readonly string[], Map<string, string[]>>();

function verbIndex(verbs: readonly string[]): Map<string, string[]> {
  let index = VERB_INDEX.get(verbs);
  if (!index) {
    index = new Map();
    for (const v of verbs) index.set(v[0]!, [...(index.get(v[0]!) ?? []), v]);
    VERB_INDEX.set(verbs, index);
  }
  return index;
}

/** The first (or last) reporting verb within text[from, to); at one position, the list's first verb that matches. */
export function findVerb(text: string, from: number, to: number, verbs: readonly string[], last: boolean): Verb | null {
  const index = verbIndex(verbs);
  for (let i = last ? to - 1 : from; last ? i >= from : i < to; i += last ? -1 : 1) {
    const candidates = index.get(text[i]!);
    if (candidates) for (const v of candidates) if (i + v.length <= to && text.startsWith(v, i)) return { word: v, start: i };
  }
  return null;
}

/** The name that ends at `end`: name characters back to punctuation, without trailing adverbs. */
function nameBefore(text: string, from: number, end: number): Span | null {
  let start = end;
  while (start > from && end - start < 2 * MAX_NAME && NAME_CHAR.test(text[start - 1]!)) start--;
  let name = text.slice(start, end);
  // "谭德塞在日内瓦表示", "李强5日在政府工作报告中表示": a place or an occasion after the name ends it, and so does a day.
  const at = PLACE_AFTER.exec(name);
  if (at && at.index >= 2) name = name.slice(0, at.index);
  if (name.length > MAX_NAME) {
    start += name.length - MAX_NAME;
    name = name.slice(-MAX_NAME);
  }
  name = name.replace(DAY_AFTER, "");
  for (let m = ADVERB_TAIL.exec(name); m && m.index > 0; m = ADVERB_TAIL.exec(name)) name = name.slice(0, m.index);
  // "苗栗三灣國中的張昌峻同學", "禧榕軒大飯店主廚柯秉佐": the person after "的" or after the school or firm they belong to.
  const owner = Math.max(name.lastIndexOf("的") + 1, lastEnd(AFFILIATION, name));
  if (owner > 0 && name.length - owner >= 2) {
    start += owner;
    name = name.slice(owner);
  }
  // An attribution marker opens the run: "据新华社报道" names 新华社.
  const according = lexiconFor("zh").accordingTo?.exec(name);
  if (according && according.index === 0) {
    start += according[0].length;
    name = name.slice(according[0].length);
  }
  return name.length > 0 ? { start, end: start + name.length } : null;
}

function result(text: string, span: Span, verb: string, rule: string): Attribution {
  const name = text.slice(span.start, span.end);
  const signals = [`reporting-verb:${verb}`];
  if (ZH_PRONOUNS.has(name)) return { speaker: null, signals, deferred: "pronoun", pronoun: name };
  return { speaker: { name, start: span.start, end: span.end }, signals: [...signals, rule] };
}

/** A run that is a clause of time ("…訪問團時表示": when …), not the verb's subject. */
const WHEN_CLAUSE = /[時时]$/u;
/** Where a sentence's subject ends: a time, a place, an adverb or a verb phrase after it ("總統今（24）日上午…", "總統除再次…"). */
const SUBJECT_END = /今|昨|明天|本[（(]|[於于在也還还再又並并曾已將将亦則则除對对與与和]|首先|隨後|随后|上午|下午|晚間|晚间|致[詞辞]|[時时]|\d/u;
/** A short opening adverbial before the subject: "隨後，", "最後，". */
const OPENER = /^[^，,。\n]{1,10}[，,]/u;
const SUBJECT_MAX = 10;
const SENTENCE_END = /[。！？.!?]/u;
const CLOSING_MARK = /[」』”》"]/u;

/**
 * The subject that opens the sentence ("最後，總統除再次表達…，也強調，「…」"): the name characters from the start,
 * after a short adverbial, up to the first time, place, adverb or verb phrase. Chinese leaves the subject of a second
 * predicate out; a run before the verb that is only an adverb or a clause of time names nobody.
 */
function sentenceSubject(text: string, from: number, end: number): Span | null {
  const opener = OPENER.exec(text.slice(from, Math.min(end, from + 10)));
  let start = from + (opener ? opener[0].length : 0);
  while (start < end && !NAME_CHAR.test(text[start]!)) start++;
  let stop = start;
  while (stop < end && stop - start < MAX_NAME && NAME_CHAR.test(text[stop]!)) stop++;
  const run = text.slice(start, stop);
  // "她要求市府一週內徹查": a pronoun opening the sentence is its subject.
  for (const p of ZH_PRONOUNS.keys()) if (run.startsWith(p) && !ZH_PRONOUNS.has(run.slice(0, p.length + 1))) return { start, end: start + p.length };
  // (From the second character: "曾培雅議員也…" opens on a surname that is also an adverb.)
  const cut = SUBJECT_END.exec(run.slice(1));
  const verb = findVerb(text, start, stop, lexiconFor("zh").reportingVerbList, false);
  const length = Math.min(cut ? cut.index + 1 : run.length, verb ? verb.start - start : run.length);
  return length >= 2 && length <= SUBJECT_MAX ? { start, end: start + length } : null;
}

/** "X表示：“…”": the speaker before the quotation's reporting verb, within `intro`. */
export function attributeUnspacedBefore(text: string, intro: Span, language: string): Attribution | null {
  const verbs = lexiconFor(language).reportingVerbList;
  const verb = findVerb(text, intro.start, intro.end, verbs, true);
  if (!verb) return null;
  const span = nameBefore(text, intro.start, verb.start);
  const name = span ? text.slice(span.start, span.end) : "";
  // (Nor a run right after a closing mark: "在「…協會」會議中致詞提到" goes on from the quoted name.)
  const afterQuote = span !== null && CLOSING_MARK.test(text[span.start - 1] ?? "") && !SENTENCE_END.test(text[span.start - 2] ?? "");
  if (span && !WHEN_CLAUSE.test(name) && !ADVERB_ONLY.test(name) && !afterQuote) return result(text, span, verb.word, "speaker:subject-of-verb");
  const subject = sentenceSubject(text, intro.start, verb.start);
  return subject ? result(text, subject, verb.word, "speaker:sentence-subject") : null;
}

/** "“…”，X说。": the speaker between the closing mark and the reporting verb after it. */
export function attributeUnspacedAfter(text: string, post: Span, language: string): Attribution | null {
  const verbs = lexiconFor(language).reportingVerbList;
  const verb = findVerb(text, post.start, Math.min(post.end, post.start + MAX_NAME + 4), verbs, false);
  if (!verb) return null;
  let from = post.start;
  while (from < verb.start && !NAME_CHAR.test(text[from]!)) from++;
  // "「…。」他強調，市府…", "「…」。楚里歐會長表示，…": after a quotation that closed its sentence, a verb that goes on
  // (to more words or to the next quotation) opens a statement of its own; only "「…。」王明說。" attributes this one.
  const closed = SENTENCE_END.test(text.slice(post.start - 2, post.start - 1)) || SENTENCE_END.test(text[post.start] ?? "");
  if (closed && !/^\s*(?:[。！？.!?\n]|$)/u.test(text.slice(verb.start + verb.word.length, verb.start + verb.word.length + 2))) return null;
  let span = nameBefore(text, from, verb.start);
  if (span && WHEN_CLAUSE.test(text.slice(span.start, span.end))) span = sentenceSubject(text, from, verb.start);
  return span ? result(text, span, verb.word, "speaker:after-quote") : null;
}

/**
 * "總統說，……。……「……」": a paragraph that opens with a name and a reporting verb reports that speaker throughout
 * (the Chinese press-release style), so a quotation in it that names no speaker of its own is that speaker's.
 */
export function paragraphSpeaker(text: string, para: Span, before: number, language: string): Attribution | null {
  // (Also after a short opening adverbial: "針對北歸仁發展停滯，鄭佳欣表示：".)
  const opener = OPENER.exec(text.slice(para.start, para.start + 12));
  return speakerOpening(text, para.start, before, language) ?? (opener ? speakerOpening(text, para.start + opener[0].length, before, language) : null);
}

/** "X說，" opening the text at `from`: X, as a paragraph's speaker. */
function speakerOpening(text: string, from: number, before: number, language: string): Attribution | null {
  const head = Math.min(before, from + SUBJECT_MAX + 8);
  const verb = findVerb(text, from, head, lexiconFor(language).reportingVerbList, false);
  if (!verb || !/^[，,：:]/u.test(text.slice(verb.start + verb.word.length, verb.start + verb.word.length + 1))) return null;
  let span = nameBefore(text, from, verb.start);
  if (!span || span.start !== from) return null;
  // ("總統致詞時表示，": the clause of time's subject.)
  if (WHEN_CLAUSE.test(text.slice(span.start, span.end))) span = sentenceSubject(text, from, verb.start);
  if (!span) return null;
  const a = result(text, span, verb.word, "speaker:paragraph-subject");
  return a.speaker ? a : null;
}
