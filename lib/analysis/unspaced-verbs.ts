// Verbs of speech in Chinese (and other languages written without spaces): found by their first character, the longest
// ending at a position, not inside a word that only holds one ("名稱", "小說"); and the verbs that describe with a quotation.
import { lexiconFor } from "./lexicons";
import type { Span } from "./types";

export interface Verb {
  word: string;
  start: number;
}

/** The verbs by their first character, in the list's order: a verb is looked for only where its first character stands. */
const VERB_INDEX = new WeakMap<readonly string[], Map<string, string[]>>();

function verbIndex(verbs: readonly string[]): Map<string, string[]> {
  let index = VERB_INDEX.get(verbs);
  if (!index) {
    index = new Map();
    for (const v of verbs) index.set(v[0]!, [...(index.get(v[0]!) ?? []), v]);
    VERB_INDEX.set(verbs, index);
  }
  return index;
}

/** The first (or last) reporting verb within text[from, to); at one position, the list's first verb that matches. */
export function findVerb(
  text: string,
  from: number,
  to: number,
  verbs: readonly string[],
  last: boolean,
  blockers = lexiconFor("zh").verbBlockers,
): Verb | null {
  const index = verbIndex(verbs);
  for (let i = last ? to - 1 : from; last ? i >= from : i < to; i += last ? -1 : 1) {
    const candidates = index.get(text[i]!);
    if (candidates)
      for (const v of candidates)
        if (i + v.length <= to && text.startsWith(v, i) && !blocked(text, i, v, blockers)) {
          const found = last ? longest(text, from, i, v, index) : { word: v, start: i };
          // (The longer verb ending there may be blocked where its last character is not: "總統的呼籲" and its "籲".)
          if (found.start === i || !blocked(text, found.start, found.word, blockers)) return found;
        }
  }
  return null;
}

/** Looking back, the longest verb that ends where the one found at `i` ends: "笑稱", not its "稱". */
function longest(text: string, from: number, i: number, verb: string, index: Map<string, string[]>): Verb {
  const end = i + verb.length;
  for (let j = Math.max(from, end - 4); j < i; j++) {
    const v = index.get(text[j]!)?.find((w) => j + w.length === end && text.startsWith(w, j));
    if (v) return { word: v, start: j };
  }
  return { word: verb, start: i };
}

/** A negation right before a verb (not "不得不"). */
const NEGATED = /(?:(?<!得)不|不願|不愿|不肯|不敢|未|沒有|没有|無法|无法|拒絕|拒绝)$/u;

/** A one-character verb inside a word that is not that verb: "名稱" (稱), "小說" (說). */
function blocked(text: string, i: number, verb: string, blockers: ReadonlySet<string>): boolean {
  // ("中共當局不願承認", "沒有說明": a verb negated is no act of speech; "不得不說" is.)
  if (blockers.size > 0 && NEGATED.test(text.slice(Math.max(0, i - 3), i))) return true;
  // ("落實傑佛遜總統的呼籲": after a person's title and "的" the word is a noun, the call someone made; "開心的說" is a verb.)
  if (blockers.size > 0 && text[i - 1] === "的" && lexiconFor("zh").personTitleEnd?.test(text.slice(Math.max(0, i - 5), i - 1))) return true;
  if (verb.length !== 1 || blockers.size === 0) return false;
  // (Not a person's title that ends on the word's first character: "楊孟哲同學說" is not "學說".)
  return (
    (blockers.has(text.slice(i - 1, i + 1)) && !lexiconFor("zh").personTitleEnd?.test(text.slice(Math.max(0, i - 3), i))) || blockers.has(text.slice(i, i + 2))
  );
}

/** A verb of describing right before a quotation, perhaps with "this is" or "as": "形容這是", "比喻為". */
const DESCRIBED_AS = /(?:形容|比喻|譬喻)(?:這|这|它|其|此)?(?:是|為|为|成)?$/u;
export const describedAs = (text: string, q: Span): boolean => DESCRIBED_AS.test(text.slice(Math.max(0, q.start - 5), q.start));

/**
 * "黃偉哲以「造鎮」形容…", "用「…」來比喻", "江澤民以「…」的話，來形容": words someone describes something with are that person's; so are the words someone
 * exhorts others with ("總統也以「…」期勉各得獎同學們").
 */
export function describedWith(text: string, q: Span): boolean {
  // ("形容這是「英雄麵」", "比喻為「…」": the verb first.)
  if (describedAs(text, q)) return true;
  return (
    /[以用]$/u.test(text.slice(q.start - 1, q.start)) &&
    /^(?:的話[，,]?|的话[，,]?)?(?:這句話|这句话|這句|这句|一句話|一句话)?[來来]?(?:形容|比喻|譬喻|描述|稱呼|称呼|期勉|勉勵|勉励|勸勉|劝勉|鼓勵|鼓励|期許|期许|祝福|共勉|互勉)/u.test(
      text.slice(q.end, q.end + 11),
    )
  );
}

/** "被<someone>稱為": a passive naming verb, its agent between "被" and the verb, right before a quotation. */
const PASSIVE_NAMING =
  /被([^，。；！？「」『』\n]{2,12}?)(暱稱為|昵称为|戲稱為|戏称为|暱稱|昵称|戲稱|戏称|稱為|称为|稱作|称作|譽為|誉为|喻為|喻为|封為|封为)$/u;

/** "被黃偉哲市長稱為「正興幫幫主」的高耀威": the agent who gave the quoted name (黃偉哲市長), or null. */
export function namedBy(text: string, q: Span, from: number): (Span & { verb: string }) | null {
  const start = Math.max(from, q.start - 16);
  const m = PASSIVE_NAMING.exec(text.slice(start, q.start));
  return m ? { start: start + m.index + 1, end: start + m.index + 1 + m[1]!.length, verb: m[2]! } : null;
}

/** The last position in text[from, to) of one of `chars`, or -1 (bounded: a whole-text lastIndexOf per quotation was quadratic). */
export function lastOf(text: string, chars: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (chars.includes(text[i]!)) return i;
  return -1;
}

/** Where the last match of a global pattern ends in `s` (0 without one). */
export function lastEnd(re: RegExp, s: string): number {
  let end = 0;
  for (const m of s.matchAll(re)) end = m.index + m[0].length;
  return end;
}

/** Verbs before a name whose saying is quoted: "引用邱吉爾的名言", "相信英國前首相邱吉爾的名言". */
export const QUOTING_VERB = /(?:引用|引述|援引|借用|套用|呼應|呼应)了?|相信|正如|誠如|诚如|如同/gu;

/** Whether a verb of speech ends the lead-in, with only a comma or a colon after it: "書函同學說，「…」". */
export function verbLeadsIn(text: string, intro: Span, language: string): boolean {
  // ("形容這是「…」": a verb of describing with "this is" leads in too.)
  if (describedAs(text, { start: intro.end, end: intro.end })) return true;
  const tail = /[，,：:\s]*$/u.exec(text.slice(Math.max(intro.start, intro.end - 3), intro.end))![0].length;
  const verb = findVerb(text, Math.max(intro.start, intro.end - tail - 4), intro.end - tail, lexiconFor(language).reportingVerbList, true);
  return verb !== null && verb.start + verb.word.length === intro.end - tail;
}

/**
 * The one whose words the speaker quotes, named as the object of "引用" right before the quotation: "他引用地藏王菩薩曾立下的
 * 宏願，", "引用了美國前總統艾森豪將軍的一段話：", "引用聖經提摩太後書第四章第七節，" (a name, a book, a classic), "引用X先生寫的《…》書中的
 * 一段話：" (the author of the book named).
 */
export const CITED_FROM =
  /引用了?([^，,。；;：:「」《》\n]{2,24}?)(?:(?:(?:所|曾經?|曾经)?(?:寫|写|著|撰寫|撰写)的)?《[^《》\n]{1,30}》(?:一?書|一?书)?(?:中|裡|裏|里)?)?(?:(?:曾經?|曾经)?(?:立下|說過|说过|講過|讲过|寫下|写下|寫過|写过|說|说|講|讲|寫|写)?的(?:一句話|一句话|一段話|一段话|一句|一段|話|话|名言|名句|格言|宏願|宏愿|詩句|诗句|詩|诗|經文|经文|金句|句子|文字|諺語|谚语)(?:說|说)?|(?:第[\d一二三四五六七八九十百零〇]+[章節节篇卷條条款項项句])+)[，,：:]?\s*$/u;
/**
 * "如同「哈德遜研究所」發表的一篇文章所提：", "就像他所說，有時…就必須招惹「…」": as someone said (or wrote), the sentence gives
 * that one's words (the quotation may close the clause that follows).
 */
export const AS_SAID_BY =
  /(?:^|[，,：:。\s])(?:如同|正如|誠如|诚如|就像|就如|猶如|犹如)([^，,。；;：:「」\n]{1,16}?|「[^「」\n]{2,16}」)(?:(?:發表|发表)的(?:一篇|一份)?(?:文章|報告|报告|聲明|声明|評論|评论))?(?:中)?所(?:提|說|说|言|述|指出|提到|寫|写)(?:的)?[，,：:](?:[^。！？!?；;「」\n]{0,40}?)$/u;
