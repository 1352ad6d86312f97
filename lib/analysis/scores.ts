import * as argument from "./lexicon-argument";
import type { Span } from "./types";
import * as F from "./word-flags";
import { hasAsciiLetter, isPlain, type Words } from "./text";
import { round } from "./noisy-or";
import type { UnitSignals } from "./unit-signals";
import { anyOf } from "./regex-union";
import { CITING_OR_EXAMPLE } from "./kinds";
export type { Score } from "./noisy-or";

export { checkworthiness } from "./checkworthy";

const { EVALUATIVE_PHRASES } = argument;
/** Whether any evaluative phrase occurs: tested once per unit before each phrase is. */
const ANY_EVALUATIVE_PHRASE = anyOf(EVALUATIVE_PHRASES.map(([, re]) => re));

/**
 * The phrases and their union made case-insensitive, for spans whose only cased characters
 * are ASCII letters (isPlain): there, lower-casing the span and testing the lower-case
 * pattern finds exactly what the case-insensitive pattern finds in the span itself, without
 * a lower-cased copy of every unit. Null when a pattern is not all lower case.
 */
const ignoringCase = (re: RegExp | null): RegExp | null =>
  re && !re.flags.includes("i") && !re.flags.includes("u") && re.source === re.source.toLowerCase() ? new RegExp(re.source, `${re.flags}i`) : null;
const PLAIN_PHRASES = EVALUATIVE_PHRASES.map(([name, re]) => [name, ignoringCase(re)] as const);
const PLAIN_ANY_PHRASE = ignoringCase(ANY_EVALUATIVE_PHRASE);
const plainReady = PLAIN_ANY_PHRASE !== null && PLAIN_PHRASES.every(([, re]) => re !== null);

/**
 * The evaluative phrases (made case-insensitive) and kindOf's citing and example phrases, as one pattern: most units hold
 * none, and one test of the unit answers for both lists (null: no such union; every unit may then hold one).
 */
const ANY_UNIT_PHRASE = plainReady ? anyOf([...CITING_OR_EXAMPLE.map(([, re]) => re), ...PLAIN_PHRASES.map(([, re]) => re!)]) : null;

/**
 * False when `slice`, a unit's text, holds no evaluative phrase (opinionScore) and no citing or example phrase (kindOf).
 * A unit that is not plain is searched lower-cased for the evaluative ones: that finds none this pattern misses (only
 * "İ" and the Kelvin sign lower-case to ASCII letters, "i̇" and "k", and no phrase ends in "i" or holds a "k").
 */
export const mayHoldPhrase = (slice: string): boolean => ANY_UNIT_PHRASE === null || ANY_UNIT_PHRASE.test(slice);

const NONE: readonly string[] = [];

function endsWithExclamation(text: string, span: Span): boolean {
  if (span.end <= span.start) return false;
  const last = text.charCodeAt(span.end - 1);
  if (last === 33) return true;
  return (last === 34 || last === 0x201d || last === 0xbb) && span.end - 2 >= span.start && text.charCodeAt(span.end - 2) === 33;
}

/** The evaluative phrases of text[span], which is `slice` (none when `phrases` is false: mayHoldPhrase). */
function evaluativePhrases(text: string, span: Span, slice: string, phrases: boolean): readonly string[] {
  if (!phrases) return NONE;
  let found: string[] | null = null;
  if (plainReady && isPlain(text, span.start, span.end)) {
    if (!PLAIN_ANY_PHRASE!.test(slice)) return NONE;
    for (const [name, re] of PLAIN_PHRASES) if (re!.test(slice)) (found ??= []).push(name);
    return found ?? NONE;
  }
  // Every phrase holds ASCII letters other than "i" and "k", which no other letter lower-cases to.
  if (!hasAsciiLetter(text, span.start, span.end)) return NONE;
  const lower = slice.toLowerCase();
  if (ANY_EVALUATIVE_PHRASE && !ANY_EVALUATIVE_PHRASE.test(lower)) return NONE;
  for (const [name, re] of EVALUATIVE_PHRASES) if (re.test(lower)) (found ??= []).push(name);
  return found ?? NONE;
}

// Both scores combine independent cues as a noisy-or (noisy-or.ts).

/**
 * How much evaluative language text[span] (which is `slice`) holds: judgements rather than reports. Its signals are appended to
 * `out`; `phrases` is mayHoldPhrase's answer for the span.
 */
export function opinionScore(text: string, span: Span, w: Words, out: UnitSignals, slice: string, phrases: boolean): number {
  // Π(1 - w) kept as the cues are found, in noisyOr's order (the same value, without a list of weights per unit).
  let kept = 1;
  for (let i = 0; i < w.length; i++) {
    const f = w.flags(i);
    if (f & F.EVALUATIVE) {
      kept *= 1 - 0.45;
      out.push(`evaluative:${w.norm(i)}`);
    } else if (f & F.MILD_EVALUATIVE) {
      kept *= 1 - 0.15;
      out.push(`evaluative-mild:${w.norm(i)}`);
    }
  }
  for (const name of evaluativePhrases(text, span, slice, phrases)) {
    kept *= 1 - 0.5;
    out.push(`evaluative:${name}`);
  }
  // /!["”»]?$/ from the last two characters (lower-casing does not change them).
  if (endsWithExclamation(text, span)) {
    kept *= 1 - 0.2;
    out.push("evaluative:exclamation");
  }
  return round(1 - kept);
}
