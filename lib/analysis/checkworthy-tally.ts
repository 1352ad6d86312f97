// Check-worthiness's running tally of cues (checkworthy.ts), and the question test of its last step.
import type { Span } from "./types";
import type { UnitSignals } from "./unit-signals";

/**
 * The cues found so far: Π(1 - w) of their weights (noisyOr's product, in its order); their signals are appended to the
 * unit's list, from `from` on.
 */
export class Tally {
  kept = 1;
  readonly from: number;

  constructor(readonly out: UnitSignals) {
    this.from = out.n;
  }
}

export function add(t: Tally, w: number, signal: string): void {
  t.kept *= 1 - w;
  t.out.push(signal);
}

/** Whether one of the signals so far is a quantity's. */
export function someQuantity(t: Tally): boolean {
  const list = t.out.list;
  for (let i = t.from; i < t.out.n; i++) if (list[i]!.startsWith("checkable:quantity:")) return true;
  return false;
}

/** A signal that changes no weight ("checkable:question" scales the value instead). */
export function push(t: Tally, signal: string): void {
  t.out.push(signal);
}

/** `/[?？]["”»」]?$/` on the span, from its last two characters. */
export function endsAsQuestion(text: string, span: Span): boolean {
  const last = text.charCodeAt(span.end - 1);
  const closer = last === 34 || last === 0x201d || last === 0xbb || last === 0x300d;
  return span.end > span.start && (isQuestionMark(text, span.end - 1) || (closer && span.end - 2 >= span.start && isQuestionMark(text, span.end - 2)));
}

const isQuestionMark = (text: string, i: number): boolean => text.charCodeAt(i) === 63 || text.charCodeAt(i) === 0xff1f;
