// Past-tense verbs as events of the sentence: news narrates what happened in the past tense, so
// check-worthiness (checkworthy.ts) takes such a verb as an event in Russian (russian-events.ts: "исполнили
// гимн", "был поставлен"), Spanish (the preterite: "El Gobierno aprobó ayer el decreto"; the perfect and the
// passive: "ha sido exigida", "fueron detenidos"), German (a participle with its auxiliary: "wurde nominiert") and English (the simple
// past: "The U.N. also welcomed the news"; its word shapes are the ENGLISH_PAST word flag, computed once per
// distinct word). Verbs of saying report; they are no event by themselves.
import { russianPastVerb } from "./russian-events";
import { isLowerAt, type Words } from "./text";
import * as F from "./word-flags";

/** The first past-tense verb of the words that counts as an event in the language, if any. */
export function pastEvent(language: string, w: Words, text: string): string | undefined {
  if (language === "ru") return russianPastVerb(w, text);
  if (language === "es") return spanishPreterite(w, text);
  if (language === "en") return englishPast(w, text);
  if (language === "de") return germanParticiple(w, text);
  return undefined;
}

/** Auxiliaries of the German perfect and passive: "wurde … nominiert", "hat … gesperrt", "ist … gestartet". */
const DE_AUXILIARY_IN = /(?<![\p{L}])(?:wurden?|worden|wird|werden|hat|haben|hatten?|ist|sind|war|waren)(?![\p{L}])/iu;
/** A weak participle ("gesperrt", "festgesetzt") or one in -iert ("nominiert"); German writes no noun in lower case. */
const DE_PARTICIPLE = /^(?:\p{Ll}{0,6}ge\p{Ll}{2,}t|\p{Ll}{3,}iert)$/u;
const DE_NOT_PARTICIPLE = new Set("gesamt gerecht geheim gelegentlich".split(" "));

/**
 * A participle of the perfect or the passive with its auxiliary in the same unit: "Von der Leyen wurde einstimmig
 * nominiert", "Gesperrt wurde Donald Trump am Donnerstag" (the participle may open the sentence, capitalised).
 */
function germanParticiple(w: Words, text: string): string | undefined {
  if (w.length === 0 || !DE_AUXILIARY_IN.test(text.slice(w.start(0), w.end(w.length - 1)))) return undefined;
  for (let i = 0; i < w.length; i++) {
    const norm = w.norm(i);
    if ((i > 0 && !isLowerAt(text, w.start(i))) || w.flags(i) & F.REPORTING_VERB || DE_NOT_PARTICIPLE.has(norm)) continue;
    if (DE_PARTICIPLE.test(norm)) return norm;
  }
  return undefined;
}

/** A third-person preterite: "aprobó", "se presentó", "protestaron", "murieron". */
const ES_PRETERITE = /^\p{Ll}{3,}(?:ó|aron|ieron)$/u;
/** Words of that shape that are no preterite: nouns in -ó and the non-event verbs of being and seeming. */
const ES_NOT_EVENT = new Set("capó buró dominó rococó bongó estuvo estuvieron pareció parecieron quedó".split(" "));

/** Auxiliaries of the perfect and the passive: "ha aprobado", "habían muerto", "fue elegido", "ha sido exigida". */
const ES_AUXILIARY = new Set("ha han había habían haya hayan haber hubo fue fueron sido".split(" "));
/** A participle: "aprobado", "exigida", "detenidos" (not "sido", "estado", which are of being). */
const ES_PARTICIPLE = /^\p{Ll}{2,}(?:ad|id)[oa]s?$/u;
const ES_NOT_PARTICIPLE = new Set("sido estado nada todo todos toda todas cada lado lados vida vidas medida medidas partida salida salidas".split(" "));

/** The first preterite verb, or perfect or passive verb, among the words that is not a verb of saying (those report, they are no event), if any. */
function spanishPreterite(w: Words, text: string): string | undefined {
  for (let i = 0; i < w.length; i++) {
    if (!isLowerAt(text, w.start(i)) || w.flags(i) & F.REPORTING_VERB) continue;
    const norm = w.norm(i);
    if (ES_PRETERITE.test(norm) && !ES_NOT_EVENT.has(norm)) return norm;
    if (i > 0 && ES_PARTICIPLE.test(norm) && !ES_NOT_PARTICIPLE.has(norm) && ES_AUXILIARY.has(w.norm(i - 1))) return `${w.norm(i - 1)} ${norm}`;
  }
  return undefined;
}

/** The first past-tense verb among the words that is not a verb of saying (those report, they are no event), if any. */
function englishPast(w: Words, text: string): string | undefined {
  for (let i = 0; i < w.length; i++) {
    const f = w.flags(i);
    if (f & F.ENGLISH_PAST && !(f & F.REPORTING_VERB) && isLowerAt(text, w.start(i))) return w.norm(i);
  }
  return undefined;
}
