// The word-list bits (word-flags.ts) of a unit's words OR-ed together, noted by check-worthiness in its pass over the
// words, so that opinionScore, called next on the same words (index.ts), skips its own pass when no word has its bits.
import type { Words } from "./text";

let noted: Words | null = null;
let bits = 0;

/** Notes the bits of these words (null: none known). */
export function noteFlags(w: Words | null, f: number): void {
  noted = w;
  bits = f;
}

/** The bits noted for exactly these words (a Words is immutable), then forgotten so no analysis's words are kept; else all bits. */
export function takeFlags(w: Words): number {
  if (w !== noted) return -1;
  noted = null;
  return bits;
}
