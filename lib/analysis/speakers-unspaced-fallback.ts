// Chinese speakers when nothing around a quotation names one: the sentence or paragraph before, an interview's turn, the
// person the release opens on (split from speakers-unspaced-other.ts).
import { lexiconFor } from "./lexicons";
import type { Attribution } from "./speakers";
import { isPersonRun, SENTENCE_END } from "./speakers-unspaced";
import { BODY_END, lastReporter, paragraphTopic, personBefore, REPORTER_REACH } from "./speakers-unspaced-other";
import type { Span } from "./types";

/**
 * A Chinese speech quotation nothing around it attributes: the person the sentence before opens on ("總統再次向代表團表達感謝。
 * 「各位選手…」"), the one its paragraph reports, for a quotation opening its paragraph the one the paragraph before reports
 * ("黃偉哲進一步指出，…。\n\n「…」"), else the person the release opens on (`speaker:release-subject`: a press release reports
 * that person throughout, "蔡英文總統今日視察…" … "我曾經向在場官兵宣示：「…」"). `prior`: the signals found so far.
 */
export function unspacedFallback(
  text: string,
  intro: Span,
  paragraphs: readonly Span[],
  p: number,
  sent: Span,
  before: number,
  language: string,
  prior: readonly string[],
): Attribution | null {
  const subject = personBefore(text, intro, paragraphs[p]?.start ?? sent.start);
  if (subject) return { speaker: subject, signals: [...prior, "speaker:previous-sentence"] };
  const above = before === paragraphs[p]?.start ? paragraphs[p - 1] : undefined;
  return (
    lastReporter(text, paragraphs[p] ?? sent, before, language) ??
    (above ? lastReporter(text, above, above.end, language) : null) ??
    turnOf(text, paragraphs[p] ?? sent, before) ??
    releaseSubject(text, paragraphs, p)
  );
}

/**
 * "安倍前首相：去年，個人曾在…指出", "如我先前說過：": the one speaking refers to themself (我, 本人, 個人, "as I"): the speaker is
 * the one whose turn or release it is, found by the fallbacks.
 */
export const speaksOfSelf = (name: string): boolean => /^(?:如|正如|誠如|诚如|就像)?(?:我|本人|個人|个人)$/u.test(name);

/** A turn of an interview or a dialogue: "問8：…？總統：我…「…」" (the label opens a sentence or the paragraph). */
const TURN = /(?:^|[。！？!?」\n])\s*([\p{Script=Han}]{1,8}?)[：:]/gu;

/** The person whose turn (the last "X：" of the paragraph before the quotation) the quotation is in, else null. */
function turnOf(text: string, para: Span, before: number): Attribution | null {
  const from = Math.max(para.start, before - REPORTER_REACH);
  let last: RegExpExecArray | null = null;
  for (const m of text.slice(from, before).matchAll(TURN)) last = m;
  if (!last) return null;
  const name = last[1]!;
  const start = from + last.index + last[0].length - name.length - 1;
  const person = isPersonRun(name) || lexiconFor("zh").personTitleEnd?.test(name) === true;
  return person && !BODY_END.test(name) ? { speaker: { name, start, end: start + name.length }, signals: ["speaker:turn"] } : null;
}

/** The person the release's first paragraph opens on (after a headline: a first line with no sentence's end), up to paragraph `p`. */
function releaseSubject(text: string, paragraphs: readonly Span[], p: number): Attribution | null {
  const first = paragraphs[0];
  const headline = first !== undefined && !SENTENCE_END.test(text.slice(first.start, first.end));
  for (const k of headline ? [1, 0] : [0, 1]) {
    const para = paragraphs[k];
    // (A quotation in the headline: the headline sums up the lead, whose subject it is.)
    if (!para || k > Math.max(p, 1)) continue;
    const topic = paragraphTopic(text, para, para.end, "");
    if (topic) return { speaker: topic, signals: ["speaker:release-subject"] };
  }
  return null;
}
