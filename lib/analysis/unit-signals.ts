// A unit's signals as the units loop (index.ts) gathers them: its segment, then what kindOf (kinds.ts), checkworthiness
// (checkworthy.ts) and opinionScore (scores.ts) find, each appending to one list passed to it. The list is copied once, at
// its exact length, as the unit's `signals`: no list of its own per scorer, no result object per scorer.
import type { Speaker } from "./types";

export class UnitSignals {
  /** The signals are list[0, n): one list reused for every unit. */
  readonly list: string[] = [];
  n = 0;
  /** The speaker kindOf found for the unit being kinded, or undefined (set by every kindOf call). */
  speaker: Speaker | null | undefined = undefined;

  /** Empties the list for the next unit. */
  clear(): void {
    this.n = 0;
    this.speaker = undefined;
  }

  push(signal: string): void {
    this.list[this.n++] = signal;
  }

  /** list[from, n) as a list of its own, at its exact length. */
  copy(from: number): string[] {
    return this.list.slice(from, this.n);
  }
}
