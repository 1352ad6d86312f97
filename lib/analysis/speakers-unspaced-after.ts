import { lexiconFor } from "./lexicons";
import type { Attribution } from "./speakers";
import { MAX_NAME, NAME_CHAR, nameBefore, namesNobody, result, SENTENCE_END, sentenceSubject, WHEN_CLAUSE } from "./speakers-unspaced";
import type { Span } from "./types";
import { findVerb, lastOf } from "./unspaced-verbs";

// Chinese speakers named after the quotation ("「…」，他說。"), split from speakers-unspaced.ts.

const TITLED_OPENING = /^[\p{Script=Han}]{1,3}(?:總統|总统|市長|市长|院長|院长|部長|部长)[\p{Script=Han}]{2,3}(?:先生|女士)/u;
/** How far back (characters) the quotation's opening mark is looked for. */
const OPEN_REACH = 2000;
const OPENING_OF: Readonly<Record<string, string>> = { "」": "「", "』": "『", "”": "“" };

/** "“…”，X说。": the speaker between the closing mark and the reporting verb after it. */
export function attributeUnspacedAfter(text: string, post: Span, language: string): Attribution | null {
  const verbs = lexiconFor(language).reportingVerbList;
  const verb = findVerb(text, post.start, Math.min(post.end, post.start + MAX_NAME + 4), verbs, false);
  // "「辛苦了！真是謝謝您們。」李總統登輝先生接見…": a titled person opening the sentence after a closed quotation.
  const titled = !verb && SENTENCE_END.test(text[post.start - 2] ?? "") ? TITLED_OPENING.exec(text.slice(post.start, post.start + 14)) : null;
  if (titled) return { speaker: { name: titled[0], start: post.start, end: post.start + titled[0].length }, signals: ["speaker:after-quote"] };
  // ("「…」的故事強調": a noun the quotation describes goes on from it, not a speaker.)
  if (!verb || text[post.start] === "的") return null;
  // ("「不快不慢」，目前多數民眾認為這是適當的速度": a verb going on to "this" comments on the words, it does not say them.)
  if (/^[這这此]/u.test(text[verb.start + verb.word.length] ?? "")) return null;
  let from = post.start;
  while (from < verb.start && !NAME_CHAR.test(text[from]!)) from++;
  // "「…。」他強調，市府…", "「…」。楚里歐會長表示，…": after a quotation that closed its sentence, a verb that goes on
  // (to more words or to the next quotation) opens a statement of its own; only "「…。」王明說。" attributes this one.
  // (But a quotation opening its paragraph, closed by its own full stop or whose verb goes on to the next quotation, is that
  // speaker's: "「結實的生命就是奉獻。」總統表示，「也就是說…」", "「疫情讓大家保持距離。」主秘陳淑娟說，很感謝…".)
  const closed = SENTENCE_END.test(text.slice(post.start - 2, post.start - 1)) || SENTENCE_END.test(text[post.start] ?? "");
  const next = verb.start + verb.word.length;
  // (The opening mark that pairs with the closing one, past marks nested inside: "「『創兆』新紀元…！」黃偉哲說".)
  const open = lastOf(text, OPENING_OF[text[post.start - 1]!] ?? "「『“", Math.max(0, post.start - OPEN_REACH), post.start - 1);
  const opensParagraph = open >= 0 && (open === 0 || text[open - 1] === "\n");
  const halves = opensParagraph && (/^[，,：:]\s*「/u.test(text.slice(next, next + 3)) || SENTENCE_END.test(text[post.start - 2] ?? ""));
  if (closed && !halves && !/^\s*(?:[。！？.!?\n]|$)/u.test(text.slice(next, next + 2))) return null;
  // ("「…」；台南市職業總工會吳允昌秘書長表示，「…」": after a semicolon, a verb that leads on to the next quotation is that one's.)
  // (So is one whose clause runs on into the next quotation with no comma: "「…」；已故的陳南陽藝師對畫稿的要求「…」".)
  const semicolon = /^\s*[；;]/u.test(text.slice(post.start, post.start + 2));
  if (
    semicolon &&
    (/^[，,：:]?\s*[「『“]/u.test(text.slice(next, next + 3)) || (/[「『“]/u.test(text[post.end] ?? "") && !/[，,。！？!?]/u.test(text.slice(next, post.end))))
  )
    return null;
  let span = nameBefore(text, from, verb.start);
  if (span && WHEN_CLAUSE.test(text.slice(span.start, span.end))) span = sentenceSubject(text, from, verb.start);
  // ("「…！」門將張明哲獲獎後充滿喜悅，表示…": the person opening the clause before the comma, after a description's 的.)
  const comma = span ? -1 : lastOf(text, "，,", from, verb.start);
  const at = comma > from ? Math.max(from, lastOf(text, "的", from, comma) + 1) : -1;
  const opening = at >= 0 ? lexiconFor(language).personNameStart?.exec(text.slice(at, comma)) : null;
  if (opening) span = { start: at, end: at + opening[0].length };
  return span && !namesNobody(text.slice(span.start, span.end)) ? result(text, span, verb.word, "speaker:after-quote") : null;
}
