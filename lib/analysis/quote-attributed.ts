// Whether a short quotation's words are attributed: an "according to" phrase or a reporting verb before it, or an
// "according to" phrase after it in its sentence (quote-kind.ts).
import * as lexicon from "./lexicon";
import { ACCORDING_FIRST_WORDS, lexiconFor } from "./lexicons";
import type { Span } from "./types";
import { isUpperAt, words } from "./text";
import * as F from "./word-flags";

const { COMPLEMENTIZERS, SPEECH_NOUNS } = lexicon;

/** How many words before a short quotation its reporting verb may stand ("called the ruling “…”", "décrit sa fille, Marine Le Pen, comme « … »"). */
const VERB_REACH = 12;
const LEAD_REACH = 300;
const ENGLISH_ACCORDING = /(?<![\p{L}])(?:according to|in the words of|quoting|citing)(?![\p{L}])/iu;
const CLAUSE_END = /[.!?;]/;
/** `/[.!?\n]/.test(ch)` for the code unit c (a literal tested per character was a new pattern object per character). */
const isStop = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 10;

/**
 * Whether the sentence attributes the words before the quotation: an "according to X"
 * phrase or a reporting verb ("the bishop called the ruling “irresponsible”", "Selon X, …
 * « depuis plusieurs mois »"). Short words so attributed are someone's speech, not the
 * author's scare quotes.
 */
export function attributedBefore(text: string, q: Span, sentenceStart: number, language: string): string | null {
  // A bounded look-back: an attribution governs words near it, and long sentences cost no more.
  const from = Math.max(sentenceStart, q.start - LEAD_REACH);
  const lead = words(text, from, q.start);
  let according = false;
  for (let i = 0; i < lead.length && !according; i++) according = ACCORDING_FIRST_WORDS.has(lead.norm(i));
  if (according) {
    const slice = text.slice(from, q.start);
    const phrase = lexiconFor(language).accordingTo;
    if (ENGLISH_ACCORDING.test(slice) || (phrase && phrase.test(slice))) return "according-to";
  }
  // The verb must govern the quotation: a few words before it, not anywhere in the sentence.
  for (let i = Math.max(0, lead.length - VERB_REACH); i < lead.length; i++) {
    if (lead.flags(i) & F.REPORTING_VERB && !isUpperAt(text, lead.start(i))) return `verb:${lead.norm(i)}`;
    // "отвергает заявления властей о «десятках погибших»", "the claims of the police that it was “routine”".
    if (SPEECH_NOUNS.has(lead.norm(i))) return `speech-noun:${lead.norm(i)}`;
  }
  // "власти заявили, что в результате операций … были убиты «десятки боевиков»": the clause a
  // reporting verb reports runs on to the quotation, however long it is.
  for (let i = 0; i + 1 < lead.length; i++) {
    // (Capitalised only as the sentence's first word, with its subject left out: "Estimó que es «evidente»".)
    if (!(lead.flags(i) & F.REPORTING_VERB) || (isUpperAt(text, lead.start(i)) && lead.start(i) !== sentenceStart)) continue;
    // The complementizer right after the verb or one word on ("said on Monday that" is too far; "заявили, что" is not).
    const reports = COMPLEMENTIZERS.has(lead.norm(i + 1)) || (i + 2 < lead.length && COMPLEMENTIZERS.has(lead.norm(i + 2)));
    if (reports && !CLAUSE_END.test(text.slice(lead.start(i), q.start))) return `verb-clause:${lead.norm(i)}`;
  }
  return null;
}

/** "… is “satisfactory” following surgery, according to X": an according-to phrase later in the sentence. */
export function accordingAfter(text: string, q: Span, language: string): string | null {
  let end = q.end;
  const limit = Math.min(text.length, q.end + LEAD_REACH);
  while (end < limit && !isStop(text.charCodeAt(end))) end++;
  const slice = text.slice(q.end, end);
  const phrase = lexiconFor(language).accordingTo;
  return ENGLISH_ACCORDING.test(slice) || (phrase && phrase.test(slice)) ? "according-after" : null;
}
