import type { AnalysedUnit } from "./types";

// Units are output, so plain objects (Object.prototype is their prototype), but made by constructors, not object literals:
// V8 may move a long-lived literal's allocation site to the old generation and then throws away the optimised code that
// inlined it (see plain-speaker.ts). One constructor per shape, each setting the keys in the order JSON output keeps.
type Kind = AnalysedUnit["kind"];
type Who = AnalysedUnit["speaker"];

function Unit(this: AnalysedUnit, id: string, kind: Kind, start: number, end: number, text: string, check: number, opinion: number, signals: string[]): void {
  this.id = id;
  this.kind = kind;
  this.start = start;
  this.end = end;
  this.text = text;
  this.checkworthy = check;
  this.opinion = opinion;
  this.signals = signals;
}
function OpinionUnit(
  this: AnalysedUnit,
  id: string,
  kind: Kind,
  start: number,
  end: number,
  text: string,
  check: number,
  opinion: number,
  signals: string[],
): void {
  Unit.call(this, id, kind, start, end, text, check, opinion, signals);
  this.suggestedVerdict = "OPINION";
}
function SpeakerUnit(
  this: AnalysedUnit,
  id: string,
  kind: Kind,
  start: number,
  end: number,
  text: string,
  check: number,
  opinion: number,
  signals: string[],
  who: Who,
): void {
  Unit.call(this, id, kind, start, end, text, check, opinion, signals);
  this.speaker = who;
}
function SpeakerOpinionUnit(
  this: AnalysedUnit,
  id: string,
  kind: Kind,
  start: number,
  end: number,
  text: string,
  check: number,
  opinion: number,
  signals: string[],
  who: Who,
): void {
  SpeakerUnit.call(this, id, kind, start, end, text, check, opinion, signals, who);
  this.suggestedVerdict = "OPINION";
}
for (const f of [Unit, OpinionUnit, SpeakerUnit, SpeakerOpinionUnit]) f.prototype = Object.prototype;

type Ctor = new (
  id: string,
  kind: Kind,
  start: number,
  end: number,
  text: string,
  check: number,
  opinion: number,
  signals: string[],
  who?: Who,
) => AnalysedUnit;
const PLAIN = Unit as unknown as Ctor;
const OPINION = OpinionUnit as unknown as Ctor;
const SPOKEN = SpeakerUnit as unknown as Ctor;
const SPOKEN_OPINION = SpeakerOpinionUnit as unknown as Ctor;

/** A unit: `speaker` only when attribution ran (undefined leaves the key out), `suggestedVerdict` only when opinionated. */
export function unitOf(
  id: string,
  kind: Kind,
  start: number,
  end: number,
  text: string,
  check: number,
  opinion: number,
  signals: string[],
  who: Who | undefined,
  opinionated: boolean,
): AnalysedUnit {
  if (who === undefined)
    return opinionated ? new OPINION(id, kind, start, end, text, check, opinion, signals) : new PLAIN(id, kind, start, end, text, check, opinion, signals);
  return opinionated
    ? new SPOKEN_OPINION(id, kind, start, end, text, check, opinion, signals, who)
    : new SPOKEN(id, kind, start, end, text, check, opinion, signals, who);
}
