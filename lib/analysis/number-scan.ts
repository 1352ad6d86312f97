// The numbers of a span (dates.ts, findNumbers) found by a scan of its words rather than by the regular expression
//   /\b\d[\d,.]*(?:\s*(?:%|percent|per cent|million|billion|trillion|thousand))?|\b(?:two|three|…|dozens?)\b/gi
// (no match array and no matched string per number, only for the numbers kept). The same matches: \b and \w are ASCII
// without the u flag, and /i without u folds no other letter to an ASCII one.
import { isSpaceAt } from "./text";

/** \w without the u flag: [A-Za-z0-9_]. */
export const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 95;

/** Whether text[at, end) opens with `word` (lower case, ASCII), its letters in either case. */
function opensWith(text: string, at: number, end: number, word: string): boolean {
  if (at + word.length > end) return false;
  for (let x = 0; x < word.length; x++) {
    const w = word.charCodeAt(x);
    const c = text.charCodeAt(at + x);
    if (c !== w && !(w >= 97 && w <= 122 && c === w - 32)) return false;
  }
  return true;
}

/** The unit words that may follow a number, in the pattern's order. */
const SUFFIXES = ["%", "percent", "per cent", "million", "billion", "trillion", "thousand"];

/** The end of the number `\d[\d,.]*(?:\s*(?:%|percent|…))?` that opens at `i` (a digit), within `end`. */
export function digitsEnd(text: string, i: number, end: number): number {
  let j = i + 1;
  for (; j < end; j++) {
    const c = text.charCodeAt(j);
    if (!((c >= 48 && c <= 57) || c === 44 || c === 46)) break;
  }
  let k = j;
  while (k < end && isSpaceAt(text, k)) k++;
  for (const s of SUFFIXES) if (opensWith(text, k, end, s)) return k + s.length;
  return j;
}

/** The number words, by length (3 to 9 letters). */
const NUMBER_WORDS: readonly (readonly string[])[] = (() => {
  const words =
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds thousand thousands million millions billion billions dozen dozens".split(
      " ",
    );
  const byLength: string[][] = [];
  for (let n = 0; n <= 9; n++) byLength.push(words.filter((w) => w.length === n));
  return byLength;
})();

/** The end of the word (a run of \w) that opens at `i`, when it is a number word in any case; else -1. */
export function numberWordEnd(text: string, i: number, end: number): number {
  let r = i + 1;
  while (r < end && isWordCode(text.charCodeAt(r))) r++;
  const n = r - i;
  if (n < 3 || n > 9) return -1;
  for (const w of NUMBER_WORDS[n]!) if (opensWith(text, i, r, w)) return r;
  return -1;
}
