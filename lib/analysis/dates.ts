import { isSpaceAt } from "./text";
import type { Span } from "./types";

// Dates and numbers: the most checkable content a sentence can hold. Month names are
// matched case-sensitively so the verbs "may" and "march" are not dates.
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
const DAY = "\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?)?";
const YEAR = "(?:1[5-9]|20)\\d{2}";

const DATE = new RegExp(
  [
    `\\b${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?\\b`,
    `\\b${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?\\b`,
    `\\b${MONTH},?\\s+${YEAR}\\b`,
    `\\b${YEAR}-\\d{2}-\\d{2}\\b`,
    `\\b\\d{1,2}[./]\\d{1,2}[./]${YEAR}\\b`,
    `\\b(?:in|since|until|by|from|of|during)\\s+${YEAR}s?\\b`,
    `(?:^|[\\s(])${YEAR}(?=[)\\s.,;:]|$)`,
  ].join("|"),
  "g",
);

const NUMBER =
  /\b\d[\d,.]*(?:\s*(?:%|percent|per cent|million|billion|trillion|thousand))?|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozens?)\b/gi;

// (The \b on both sides shared by both branches: the same matches as `\b\d+(?:st|nd|rd|th)\b|\b(?:second|…)\b`, found faster.)
const ORDINAL = /\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twentieth|hundredth)\b/gi;

export interface Found extends Span {
  text: string;
}

/** A match in a slice that opens at `start`, without its white space. */
function found(m: RegExpExecArray, start: number): Found {
  const lead = m[0].length - m[0].trimStart().length;
  return { start: start + m.index + lead, end: start + m.index + m[0].length, text: m[0].trim() };
}

/** `found` for NUMBER and ORDINAL, whose matches open with a digit or a letter and end with no white space: nothing to trim. */
const untrimmed = (m: RegExpExecArray, start: number): Found => ({ start: start + m.index, end: start + m.index + m[0].length, text: m[0] });

const DIGIT = /\d/;
/** The position of the slice's first ASCII digit (\d without the u flag), or -1. */
export const firstDigitIn = (slice: string): number => slice.search(DIGIT);

/** The dates of text[start, end), which is `slice` (given when the caller has it already), searched from dateSearchFrom on. */
export function findDates(text: string, start = 0, end = text.length, slice = text.slice(start, end)): Found[] {
  const out: Found[] = [];
  const digit = firstDigitIn(slice);
  if (digit < 0) return out;
  DATE.lastIndex = dateSearchFrom(text, start, digit);
  for (let m = DATE.exec(slice); m; m = DATE.exec(slice)) {
    out.push(found(m, start));
    if (m[0].length === 0) DATE.lastIndex++;
  }
  return out;
}

/**
 * The dates of text[start, end) (which is `slice`) that overlap none of `into` (nor each other), appended to it in order:
 * `for (const d of findDates(…)) if (!overlaps(d, into)) into.push(d)` without the list of all dates. Searched from
 * slice[from] on (dateSearchFrom).
 */
export function addDates(text: string, start: number, slice: string, into: Found[], from: number): void {
  DATE.lastIndex = from;
  for (let m = DATE.exec(slice); m; m = DATE.exec(slice)) {
    const d = found(m, start);
    if (!overlapsSome(d, into)) into.push(d);
    if (m[0].length === 0) DATE.lastIndex++;
  }
}

/**
 * Where in the slice (opening at `start`) a date can begin at the earliest, given its first digit: every date of DATE and
 * of the spaced languages' patterns (lexicons/index.ts, datePattern) holds a digit, and before its first one comes at
 * most one word ("September.,", "during", "(", "июля") and the white space up to the digit. Dates are searched from
 * there on, not from the slice's start (which is half a unit before the first digit on average).
 */
export function dateSearchFrom(text: string, start: number, firstDigit: number): number {
  let k = firstDigit;
  while (k > 0 && isSpaceAt(text, start + k - 1)) k--;
  while (k > 0 && !isSpaceAt(text, start + k - 1)) k--;
  return k;
}

/** Whether [start, end) overlaps a span of the list (a loop: no closure per call). */
function overlapsAt(start: number, end: number, list: readonly Span[]): boolean {
  for (let i = 0; i < list.length; i++) if (start < list[i]!.end && list[i]!.start < end) return true;
  return false;
}

/** Whether `a` overlaps a span of the list. */
export const overlapsSome = (a: Span, list: readonly Span[]): boolean => overlapsAt(a.start, a.end, list);

/** Numbers outside the given dates (a date's digits are not counted twice): all(NUMBER, …) filtered as it is found. */
export function findNumbers(text: string, start: number, end: number, dates: readonly Span[], slice = text.slice(start, end)): Found[] {
  const out: Found[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(slice); m; m = NUMBER.exec(slice)) {
    // (Tested before the number is made: most that a date holds are then never built.)
    if (!overlapsAt(start + m.index, start + m.index + m[0].length, dates)) out.push(untrimmed(m, start));
    if (m[0].length === 0) NUMBER.lastIndex++;
  }
  return out;
}

/** The first ordinal in text[start, end) (which is `slice`), or undefined: the only one check-worthiness reads. */
export function firstOrdinal(text: string, start: number, end: number, slice = text.slice(start, end)): Found | undefined {
  ORDINAL.lastIndex = 0;
  const m = ORDINAL.exec(slice);
  ORDINAL.lastIndex = 0;
  return m ? untrimmed(m, start) : undefined;
}

const CURRENCY = /^.{0,2}[$€£¥]\s?\d|\d\s?[$€£¥].{0,1}$/su; // before a number or after it, as in French and German ("71,50 $")
const CURRENCY_SIGNS = [36, 0x20ac, 0xa3, 0xa5]; // $ € £ ¥

/** A currency sign within two characters of the number: CURRENCY on that stretch, sliced and tested only when a sign is there. */
export function hasCurrency(text: string, n: Span): boolean {
  const from = Math.max(0, n.start - 2);
  for (let i = from; i < n.end + 2; i++) if (CURRENCY_SIGNS.includes(text.charCodeAt(i))) return CURRENCY.test(text.slice(from, n.end + 2));
  return false;
}
