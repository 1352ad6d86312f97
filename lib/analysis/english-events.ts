// English narrates events in the simple past, as Russian and Spanish do in theirs (russian-events.ts,
// spanish-events.ts): check-worthiness (checkworthy.ts) takes a regular past tense or passive participle, and
// the commonest irregular ones, as an event of the sentence.
import { isLowerAt, type Words } from "./text";
import * as F from "./word-flags";

/** A regular past tense or participle: "welcomed", "pledged", "retaliated", "was excluded". */
const EN_PAST = /^\p{Ll}{3,}ed$/u;
/** "unexpected", "unarmed", "unprecedented": a negated participle is an adjective ("undermined", "unveiled" are verbs). */
const EN_NEGATED = /^un(?!der|veil|leash|lock|load|fold|ite)\p{Ll}/u;
/** The commonest irregular pasts of news events. */
const EN_IRREGULAR = new Set(
  "gave given took taken made met led sent fought flew drove rode hid shot struck stole sold bought paid broke broken began begun fled hit won lost left".split(
    " ",
  ),
);
/** Words in -ed that are no past tense: nouns, adverbs, adjectives and verbs whose stem ends so. */
const EN_NOT_PAST = new Set(
  "hundred red bed shed seed speed feed need needed breed bred sacred naked wicked indeed proceed exceed succeed embed kindred rugged ragged beloved learned aged alleged aforementioned so-called concerned interested related limited based supposed used".split(
    " ",
  ),
);

/** The first past-tense verb among the words that is not a verb of saying (those report, they are no event), if any. */
export function englishPast(w: Words, text: string): string | undefined {
  for (let i = 0; i < w.length; i++) {
    if (!isLowerAt(text, w.start(i)) || w.flags(i) & F.REPORTING_VERB) continue;
    const norm = w.norm(i);
    if ((EN_PAST.test(norm) && !EN_NOT_PAST.has(norm) && !EN_NEGATED.test(norm)) || EN_IRREGULAR.has(norm)) return norm;
  }
  return undefined;
}
