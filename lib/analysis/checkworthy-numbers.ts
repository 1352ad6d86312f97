// Check-worthiness's measured amounts (checkworthy.ts): which of a unit's numbers is a quantity, and a number word's counted noun.
import { hasCurrency, type Found } from "./dates";
import * as lexicon from "./lexicon";
import { escape } from "./lexicons/data";
import { isSpaceAt } from "./text";

const { NOT_NAMES } = lexicon;

const QUANTITY = /%|percent|per cent|million|billion|trillion/i;
/** A number directly followed by a word: a count of something ("24 avions", "17 матчей", "80 people"). */
const COUNT = /^\s\p{L}{3,}/u;
/** A number of a counted whole: "11 of the incidents", "3 de los heridos", "2 des otages", "5 из них". */
const COUNT_OF = /^\s(?:of(?:\s+the)?|de\s+(?:los|las)|des|из)\s+\p{L}{3,}/iu;

/** By number word: the pattern of that word and the noun it counts, compiled once. */
const COUNTED = new Map<string, RegExp>();
export function countedBy(word: string): RegExp {
  let re = COUNTED.get(word);
  if (!re) COUNTED.set(word, (re = new RegExp(`(?<![\\p{L}])${escape(word)}\\s+(?:(?:de|of)\\s+|d['’])?(\\p{L}{3,})`, "iu")));
  return re;
}

/** The first number with a unit word or a currency sign, else the first that counts something; loops, not two closures per call. */
export function quantityAmong(text: string, numbers: readonly Found[]): Found | undefined {
  for (let i = 0; i < numbers.length; i++) if (QUANTITY.test(numbers[i]!.text) || hasCurrency(text, numbers[i]!)) return numbers[i];
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i]!;
    if (!isSpaceAt(text, n.end)) continue; // (COUNT and COUNT_OF open with a space: no slice to test without one.)
    const after = text.slice(n.end, n.end + 40);
    const next = COUNT.exec(after);
    if ((next !== null && !NOT_NAMES.has(next[0].trim().toLowerCase())) || COUNT_OF.test(after)) return n;
  }
  return undefined;
}
