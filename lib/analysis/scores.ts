import { findDates, findNumbers, findOrdinals } from "./dates";
import * as argument from "./lexicon-argument";
import * as lexicon from "./lexicon";
import { findMentions, type MentionContext } from "./mentions";
import type { Span } from "./types";
import { tokens } from "./text";

const { EVALUATIVE, EVALUATIVE_PHRASES, MILD_EVALUATIVE } = argument;

const { REPORTING_VERBS } = lexicon;

// Both scores combine independent cues as a noisy-or, 1 - Π(1 - w): each cue can only
// raise the score, no single weak cue reaches 0.5, and the result stays within 0..1.
const noisyOr = (weights: number[]): number => 1 - weights.reduce((p, w) => p * (1 - w), 1);
const round = (x: number): number => Math.round(x * 100) / 100;

export interface Score {
  value: number;
  signals: string[];
}

const W = {
  date: 0.45,
  year: 0.35,
  datedEvent: 0.25,
  number: 0.2,
  quantity: 0.35,
  ordinal: 0.2,
  repeatCount: 0.25,
  agent: 0.25,
  name: 0.2,
  comparative: 0.15,
  attribution: 0.2,
  maxNames: 4,
};

const DATED_EVENT = /\b(?:established|founded|created|signed|adopted|held|took place|launched|elected|appointed|died|born|published|issued|ratified|approved|killed|opened)\b/i;
const COMPARATIVE = /\b(?:more|less|fewer|most|least|larger|largest|smaller|smallest|higher|highest|lower|lowest|bigger|biggest|first-ever|record)\b/i;
const REPEAT_COUNT = /\bfor the (?:\w+) time\b|\b(?:once|twice|three times|\d+ times)\b/i;
const QUANTITY = /%|percent|per cent|million|billion|trillion/i;
const YEAR_ONLY = /^(?:(?:in|since|until|by|from|of|during)\s+)?\d{4}s?$/i;
const HORTATORY = /^(?:let us|let's|let me|imagine|consider)\b/i;

/** How much checkable content a span holds: dates, numbers, named agents, comparisons. */
export function checkworthiness(text: string, span: Span, sentenceStart: number, ctx: MentionContext): Score {
  const slice = text.slice(span.start, span.end);
  const weights: number[] = [];
  const signals: string[] = [];
  const add = (w: number, signal: string): void => {
    weights.push(w);
    signals.push(signal);
  };
  const dates = findDates(text, span.start, span.end);
  for (const d of dates) add(YEAR_ONLY.test(d.text) ? W.year : W.date, `checkable:date:${d.text}`);
  if (dates.length && DATED_EVENT.test(slice)) add(W.datedEvent, "checkable:dated-event");
  const numbers = findNumbers(text, span.start, span.end, dates);
  const quantity = numbers.find((n) => QUANTITY.test(n.text) || /[$€£¥]\s?$/.test(text.slice(Math.max(0, n.start - 2), n.start)));
  if (quantity) add(W.quantity, `checkable:quantity:${quantity.text}`);
  else if (numbers.length) add(W.number, `checkable:number:${numbers[0]!.text}`);
  const ordinals = findOrdinals(text, span.start, span.end);
  if (ordinals.length) add(W.ordinal, `checkable:ordinal:${ordinals[0]!.text}`);
  if (REPEAT_COUNT.test(slice)) add(W.repeatCount, "checkable:repeat-count");
  const mentions = findMentions(text, span.start, span.end, sentenceStart, ctx).slice(0, W.maxNames);
  for (const m of mentions) {
    add(m.kind === "person" || m.kind === "office" ? W.agent : W.name, `checkable:${m.kind === "person" || m.kind === "office" ? "agent" : "name"}:${m.name}`);
  }
  if (COMPARATIVE.test(slice)) add(W.comparative, "checkable:comparative");
  if (mentions.length && tokens(text, span.start, span.end).some((t) => REPORTING_VERBS.has(t.norm))) add(W.attribution, "checkable:attribution");
  let value = noisyOr(weights);
  // Questions and exhortations assert nothing that could be checked.
  if (/\?["”»]?$/.test(slice)) {
    value *= 0.5;
    signals.push("checkable:question");
  }
  if (HORTATORY.test(slice)) {
    value *= 0.5;
    signals.push("checkable:hortatory");
  }
  return { value: round(value), signals };
}

/** How much evaluative language a span holds: judgements rather than reports. */
export function opinionScore(text: string, span: Span): Score {
  const lower = text.slice(span.start, span.end).toLowerCase();
  const weights: number[] = [];
  const signals: string[] = [];
  for (const t of tokens(text, span.start, span.end)) {
    if (EVALUATIVE.has(t.norm)) {
      weights.push(0.45);
      signals.push(`evaluative:${t.norm}`);
    } else if (MILD_EVALUATIVE.has(t.norm)) {
      weights.push(0.15);
      signals.push(`evaluative-mild:${t.norm}`);
    }
  }
  for (const [name, re] of EVALUATIVE_PHRASES) {
    if (re.test(lower)) {
      weights.push(0.5);
      signals.push(`evaluative:${name}`);
    }
  }
  if (/!["”»]?$/.test(lower)) {
    weights.push(0.2);
    signals.push("evaluative:exclamation");
  }
  return { value: round(noisyOr(weights)), signals };
}
