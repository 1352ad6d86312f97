import type { Quote, Speaker } from "./types";

// Quotations are output, so plain objects (Object.prototype is their prototype), but made by a constructor, not an object
// literal: V8 pretenured the literal's allocation site in the first analysis and threw away the optimised analyseQuotes that
// inlined it (see plain-speaker.ts). Keys set in the literal's order, which JSON output keeps.
function PlainQuote(this: Quote, start: number, end: number, text: string, kind: Quote["kind"], speaker: Speaker | null, signals: string[]): void {
  this.start = start;
  this.end = end;
  this.text = text;
  this.kind = kind;
  this.speaker = speaker;
  this.signals = signals;
}
PlainQuote.prototype = Object.prototype;
const MakeQuote = PlainQuote as unknown as new (
  start: number,
  end: number,
  text: string,
  kind: Quote["kind"],
  speaker: Speaker | null,
  signals: string[],
) => Quote;

/** A plain `{ start, end, text, kind, speaker, signals }` quotation. */
export const plainQuote = (start: number, end: number, text: string, kind: Quote["kind"], speaker: Speaker | null, signals: string[]): Quote =>
  new MakeQuote(start, end, text, kind, speaker, signals);
