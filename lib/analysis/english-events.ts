// English narrates events in the simple past, as Russian and Spanish do in theirs (russian-events.ts,
// spanish-events.ts): check-worthiness (checkworthy.ts) takes a regular past tense or passive participle, and
// the commonest irregular ones, as an event of the sentence. The word shapes are a word flag (word-flags.ts
// ENGLISH_PAST), computed once per distinct word.
import { isLowerAt, type Words } from "./text";
import * as F from "./word-flags";

/** The first past-tense verb among the words that is not a verb of saying (those report, they are no event), if any. */
export function englishPast(w: Words, text: string): string | undefined {
  for (let i = 0; i < w.length; i++) {
    const f = w.flags(i);
    if (f & F.ENGLISH_PAST && !(f & F.REPORTING_VERB) && isLowerAt(text, w.start(i))) return w.norm(i);
  }
  return undefined;
}
