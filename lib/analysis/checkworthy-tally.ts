// Check-worthiness's running tally of cues (checkworthy.ts), and the question test of its last step.
import type { Span } from "./types";

/** The cues found so far: Π(1 - w) of their weights (noisyOr's product, in its order) and the count of their signals. */
export interface Tally {
  kept: number;
  n: number;
}

/**
 * The signals of the span being scored are SIGNALS[0, n), in order: one list reused by every call and copied at its exact
 * length at the end (a list grown by push holds room for 17, most spans have two or three signals).
 */
const SIGNALS: string[] = [];

export function add(t: Tally, w: number, signal: string): void {
  t.kept *= 1 - w;
  SIGNALS[t.n++] = signal;
}

/** Whether one of the signals so far is a quantity's. */
export function someQuantity(t: Tally): boolean {
  for (let i = 0; i < t.n; i++) if (SIGNALS[i]!.startsWith("checkable:quantity:")) return true;
  return false;
}

/** A signal that changes no weight ("checkable:question" scales the value instead). */
export function push(t: Tally, signal: string): void {
  SIGNALS[t.n++] = signal;
}

/** The signals, as a list of their own at its exact length. */
export const signalsOf = (t: Tally): string[] => SIGNALS.slice(0, t.n);

/** `/[?？]["”»」]?$/` on the span, from its last two characters. */
export function endsAsQuestion(text: string, span: Span): boolean {
  const last = text.charCodeAt(span.end - 1);
  const closer = last === 34 || last === 0x201d || last === 0xbb || last === 0x300d;
  return span.end > span.start && (isQuestionMark(text, span.end - 1) || (closer && span.end - 2 >= span.start && isQuestionMark(text, span.end - 2)));
}

const isQuestionMark = (text: string, i: number): boolean => text.charCodeAt(i) === 63 || text.charCodeAt(i) === 0xff1f;
