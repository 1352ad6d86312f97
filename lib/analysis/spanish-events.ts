// Spanish narrates events in the preterite, as Russian does in its past tense (russian-events.ts):
// check-worthiness (checkworthy.ts) takes a preterite verb as an event of the sentence.
import { isLowerAt, type Words } from "./text";
import * as F from "./word-flags";

/** A third-person preterite: "aprobó", "se presentó", "protestaron", "murieron". */
const ES_PRETERITE = /^\p{Ll}{3,}(?:ó|aron|ieron)$/u;
/** Words of that shape that are no preterite: nouns in -ó and the non-event verbs of being and seeming. */
const ES_NOT_EVENT = new Set("capó buró dominó rococó bongó estuvo estuvieron pareció parecieron quedó".split(" "));

/** The first preterite verb among the words that is not a verb of saying (those report, they are no event), if any. */
export function spanishPreterite(w: Words, text: string): string | undefined {
  for (let i = 0; i < w.length; i++) {
    if (!isLowerAt(text, w.start(i)) || w.flags(i) & F.REPORTING_VERB) continue;
    const norm = w.norm(i);
    if (ES_PRETERITE.test(norm) && !ES_NOT_EVENT.has(norm)) return norm;
  }
  return undefined;
}
