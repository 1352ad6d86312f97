// Russian narrates events in the past tense: check-worthiness (checkworthy.ts) takes any past-tense
// verb, a short passive participle after "был", and one that is unambiguously a participle, as an event of the sentence.
import { isLowerAt, type Words } from "./text";

/** A Russian past-tense verb ("исполнили", "завершилось"), and a short passive participle after "был" ("был поставлен"). */
export const RU_PAST = /^\p{Ll}{2,}[аеиоуыя]л(?:а|о|и)?(?:сь|ся)?$/u;
const RU_COPULA = new Set(["был", "была", "было", "были"]);
const RU_PARTICIPLE = /^\p{Ll}{3,}(?:ен|ена|ено|ены|ан|ана|ано|аны|ят|ята|ято|яты|ит|ита|ито|иты|ут|ута|уто|уты)$/u;
/**
 * A short passive participle standing alone as the predicate ("Приговор оглашён …", "Он арестован", "Завод
 * модернизирован"): the masculine in "-ён" and the forms in "-ован"/"-ирован", which no noun or adjective shares.
 */
const RU_SHORT_PARTICIPLE = /^\p{Ll}{3,}(?:ён|ован[аоы]?)$/u;
/** Words of that shape that are no past-tense verb: modals, and nouns, adverbs and prepositions in -ла/-ли/-ло. */
const RU_NOT_PAST = new Set(
  "мог могла могло могли хотел хотела хотело хотели стал стала стало около немало мало весело школа стола правила правило недели модели детали медали автомобили сандали могила дела тела села цели роли".split(
    " ",
  ),
);

// Tried first, on the word's last letters: the patterns above hold "л" within a word's last four letters (RU_PAST) or "н"
// within its last two (RU_SHORT_PARTICIPLE), and most words have neither; a Unicode pattern per word was the cost here.
const mayBePast = (norm: string): boolean => norm.lastIndexOf("л") >= norm.length - 4;
const mayBeShortParticiple = (norm: string): boolean => norm.charCodeAt(norm.length - 1) === 0x43d || norm.charCodeAt(norm.length - 2) === 0x43d;

export function russianPastVerb(w: Words, text: string): string | undefined {
  for (let i = 0; i < w.length; i++) {
    if (!isLowerAt(text, w.start(i))) continue;
    const norm = w.norm(i);
    if (RU_COPULA.has(norm)) {
      if (i + 1 < w.length && RU_PARTICIPLE.test(w.norm(i + 1))) return `${norm} ${w.norm(i + 1)}`;
      continue;
    }
    if ((mayBePast(norm) && RU_PAST.test(norm) && !RU_NOT_PAST.has(norm)) || (mayBeShortParticiple(norm) && RU_SHORT_PARTICIPLE.test(norm))) return norm;
  }
  return undefined;
}
