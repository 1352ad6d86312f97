import { lexiconFor, ZH_PRONOUNS } from "./lexicons";
import type { Attribution } from "./speakers";
import type { Span } from "./types";

// Speakers in Chinese (and other languages written without spaces): no capitals mark a name
// and words are not separated, so the speaker is the run of characters right before the
// reporting verb ("外交部发言人表示：“…”"), or right after the closing mark ("“…”，他说。"),
// cut at punctuation and stripped of the adverbs that sit between a subject and its verb.

/** Adverbs and time words between a subject and its verb: "他也表示", "发言人当天表示". */
const ADVERB_TAIL = /(?:对此|当天|当日|日前|随后|同时|此前|今天|昨天|也|还|则|又|并|已|曾|再|亦|更|都|就|在)$/u;
const NAME_CHAR = /[\p{Script=Han}\p{L}\p{N}·・]/u;
const MAX_NAME = 16;

interface Verb {
  word: string;
  start: number;
}

function findVerb(text: string, from: number, to: number, verbs: readonly string[], last: boolean): Verb | null {
  let best: Verb | null = null;
  const slice = text.slice(from, to);
  for (const v of verbs) {
    const i = last ? slice.lastIndexOf(v) : slice.indexOf(v);
    if (i < 0) continue;
    if (!best || (last ? from + i > best.start : from + i < best.start)) best = { word: v, start: from + i };
  }
  return best;
}

/** The name that ends at `end`: name characters back to punctuation, without trailing adverbs. */
function nameBefore(text: string, from: number, end: number): Span | null {
  let start = end;
  while (start > from && end - start < MAX_NAME && NAME_CHAR.test(text[start - 1]!)) start--;
  let name = text.slice(start, end);
  for (let m = ADVERB_TAIL.exec(name); m && m.index > 0; m = ADVERB_TAIL.exec(name)) name = name.slice(0, m.index);
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

/** "X表示：“…”": the speaker before the quotation's reporting verb, within `intro`. */
export function attributeUnspacedBefore(text: string, intro: Span, language: string): Attribution | null {
  const verbs = lexiconFor(language).reportingVerbList;
  const verb = findVerb(text, intro.start, intro.end, verbs, true);
  if (!verb) return null;
  const span = nameBefore(text, intro.start, verb.start);
  return span ? result(text, span, verb.word, "speaker:subject-of-verb") : null;
}

/** "“…”，X说。": the speaker between the closing mark and the reporting verb after it. */
export function attributeUnspacedAfter(text: string, post: Span, language: string): Attribution | null {
  const verbs = lexiconFor(language).reportingVerbList;
  const verb = findVerb(text, post.start, Math.min(post.end, post.start + MAX_NAME + 4), verbs, false);
  if (!verb) return null;
  let from = post.start;
  while (from < verb.start && !NAME_CHAR.test(text[from]!)) from++;
  const span = nameBefore(text, from, verb.start);
  return span ? result(text, span, verb.word, "speaker:after-quote") : null;
}
