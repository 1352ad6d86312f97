import type { Mention } from "./mentions";
import type { Speaker } from "./types";

// Speakers are output (a quotation's and a unit's `speaker`), so they must be plain objects: Object.prototype is their
// prototype. They are made by a constructor all the same, not by an object literal: a literal's allocation site lets V8
// move long-lived speakers to the old generation, and when it decides to, it throws away every optimised function that
// inlined the literal (analyseQuotes, attributeAfter, toSpeaker: compiled again one or two 1 MB runs later; bench/README.md).
// A class cannot have Object.prototype as its prototype; a function can.
function PlainSpeaker(this: Speaker, name: string, start: number, end: number): void {
  // (In this order: the literal's key order, which JSON output keeps.)
  this.name = name;
  this.start = start;
  this.end = end;
}
PlainSpeaker.prototype = Object.prototype;
const MakeSpeaker = PlainSpeaker as unknown as new (name: string, start: number, end: number) => Speaker;

/** A plain `{ name, start, end }` speaker. */
export const plainSpeaker = (name: string, start: number, end: number): Speaker => new MakeSpeaker(name, start, end);

/** The speaker a mention names. */
export const toSpeaker = (m: Mention): Speaker => new MakeSpeaker(m.name, m.start, m.end);
