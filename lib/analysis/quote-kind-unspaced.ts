// Titles among quotations in languages written without spaces (Chinese). There no capitals mark a name, so a quoted
// name is known by its last words ("「雷根總統基金會暨紀念中心」", "「全國國土計畫」", "「丹娜絲颱風」") or by the word after
// the closing mark ("「…」訪問團", "「六項保證」的框架"): lists kept in the language's lexicon (lexicons/zh.json).
import { ALL_SO_CALLED, lexiconFor } from "./lexicons";
import { isUnspaced } from "./language";
import { findVerb } from "./speakers-unspaced";
import type { Span } from "./types";

/** Longest quoted name, in characters. */
const NAME_MAX = 24;
/** A version number after a name: "「文旦之亂2.0」". */
const VERSION = /\s*[\d.]+$/u;
/** Punctuation that makes a clause or a list, never a name (nested 『』 may stay: "「『看見齊柏林』紀念展」"). */
const CLAUSE_MARK = /[，。！？；：、,.!?;:]/u;

export function unspacedTitle(text: string, q: Span, language: string): boolean {
  const inner = text
    .slice(q.start + 1, q.end - 1)
    .trim()
    .replace(VERSION, "");
  if (inner.length < 2 || inner.length > NAME_MAX || CLAUSE_MARK.test(inner)) return false;
  // "所谓的“和平计划”": a so-called word before it holds the words at a distance.
  const before = text.slice(Math.max(0, q.start - 4), q.start).replace(/的\s*$/u, "");
  for (const w of ALL_SO_CALLED) if (before.endsWith(w)) return false;
  const lex = lexiconFor(language);
  return lex.titleHead?.test(inner) === true || lex.titleFollower?.test(text.slice(q.end, q.end + 6)) === true;
}

/**
 * "她呼籲市府「立即行動」", "質疑藍營民代難道不知道「有機堆肥」": a short quotation after a reporting verb of its sentence is
 * the words of that verb's subject, not a scare quote (unspaced languages; the verb is found as a substring).
 */
export function unspacedAttributed(text: string, q: Span, sentenceStart: number, language: string): string | null {
  // (Not a quotation that a noun goes on from: "「生命教育暨反毒」音樂演講", "「老」這首歌曲".)
  if (!isUnspaced(language) || /^[\p{Script=Han}]/u.test(text[q.end] ?? "")) return null;
  return findVerb(text, sentenceStart, q.start, lexiconFor(language).reportingVerbList, false)?.word ?? null;
}
