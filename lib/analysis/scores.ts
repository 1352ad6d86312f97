import * as argument from "./lexicon-argument";
import type { Span } from "./types";
import * as F from "./word-flags";
import { words, type Words } from "./text";
import { noisyOr, round, type Score } from "./noisy-or";
import { anyOf } from "./regex-union";
export type { Score } from "./noisy-or";

export { checkworthiness } from "./checkworthy";

const { EVALUATIVE_PHRASES } = argument;
/** Whether any evaluative phrase occurs: tested once per unit before each phrase is. */
const ANY_EVALUATIVE_PHRASE = anyOf(EVALUATIVE_PHRASES.map(([, re]) => re));

// Both scores combine independent cues as a noisy-or (noisy-or.ts).

/** How much evaluative language a span holds: judgements rather than reports. */
export function opinionScore(text: string, span: Span, w: Words = words(text, span.start, span.end)): Score {
  const lower = text.slice(span.start, span.end).toLowerCase();
  const weights: number[] = [];
  const signals: string[] = [];
  for (let i = 0; i < w.length; i++) {
    const f = w.flags(i);
    if (f & F.EVALUATIVE) {
      weights.push(0.45);
      signals.push(`evaluative:${w.norm(i)}`);
    } else if (f & F.MILD_EVALUATIVE) {
      weights.push(0.15);
      signals.push(`evaluative-mild:${w.norm(i)}`);
    }
  }
  for (const [name, re] of ANY_EVALUATIVE_PHRASE && !ANY_EVALUATIVE_PHRASE.test(lower) ? [] : EVALUATIVE_PHRASES) {
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
