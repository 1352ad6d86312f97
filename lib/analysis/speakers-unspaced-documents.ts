// Chinese speakers that are documents or a report's author: "《人類環境宣言》指出：「…」", "報告中指出，…「…」" after "X的專題報告".
import { lexiconFor, ZH_PRONOUNS } from "./lexicons";
import type { Attribution } from "./speakers";
import { isPersonRun, nameBefore, result } from "./speakers-unspaced";
import { AS_SAID_BY, CITED_FROM } from "./unspaced-verbs";
import type { Span } from "./types";

/** How far back (characters) a report's author is looked for in the paragraph. */
const AUTHOR_REACH = 480;

/**
 * A document whose words the quotation gives, named right before it: "《人類環境宣言》指出：", "《聯合國憲章》及國際慣例所主張的",
 * "以《禮運大同篇》為例，" (a 《》 name, or a 「」 one that ends on a document's word); not "在《…》中說" (the one who wrote in it).
 */
const DOCUMENT_BEFORE =
  /(?<![在於于從从])(?:《([^《》「」\n]{2,30})》|「([^《》「」\n]{2,30}?(?:宣言|憲章|宪章|公約|公约|條約|条约|憲法|宪法|法|條例|条例|協議|协议|協定|协定|公報|公报|聲明|声明|倡議|倡议|篇|綱領|纲领|白皮書|白皮书|決議|决议|文告|遺囑|遗嘱|誓詞|誓词))」)(?:(?:及|與|与|和)[^，,。；;「」《》]{1,10})?(?:中|裡|裏|內|内)?(?:也|亦|更|則|则|就|即|本就|均|都|已|曾|明確|明确|清楚|明文|早已|早就)?所?(?:指出|提到|提及|寫道|写道|寫著|写着|說道|说道|說|说|主張|主张|規定|规定|載明|载明|強調|强调|揭示|揭櫫|宣示|明定|記載|记载|闡明|阐明|表示|指明|宣告)的?[：:，,]?\s*$/u;
const DOCUMENT_EXAMPLE =
  /以[^，,。；;「」\n]{0,30}?(?:《([^《》\n]{2,30})》|「([^《》「」\n]{2,30})」)(?:中的|裡的)?[^，,。；;「」《》]{0,4}?[為为]例[，,：:]?\s*$/u;

/** The document a quotation's words come from, named right before it (see DOCUMENT_BEFORE), else null. */
export function documentBefore(text: string, q: Span, intro: Span): Attribution | null {
  const from = Math.max(intro.start, q.start - 60);
  const tail = text.slice(from, q.start);
  const m = DOCUMENT_BEFORE.exec(tail) ?? DOCUMENT_EXAMPLE.exec(tail);
  const name = m?.[1] ?? m?.[2];
  if (!m || !name) return null;
  // (The name without its marks, where it stands: after the opening mark of the match's title.)
  const start = from + m.index + m[0].indexOf(name);
  return { speaker: { name, start, end: start + name.length }, signals: ["speaker:document"] };
}

/** A speaker that is the source the words are quoted from (a document, a book, a saying's author): it does not go on speaking. */
export const quotedSource = (signal: string): boolean => signal === "speaker:document" || signal === "speaker:cited";

/** The one whose words are quoted (CITED_FROM) or "as X said" (AS_SAID_BY), named right before the quotation, else null. */
export function citedSource(text: string, q: Span, intro: Span): Attribution | null {
  const from = Math.max(intro.start, q.start - 80);
  const tail = text.slice(from, q.start);
  const m = CITED_FROM.exec(tail) ?? AS_SAID_BY.exec(tail);
  const raw = m?.[1];
  if (!m || !raw) return null;
  const at = from + m.index + m[0].indexOf(raw);
  // (A name in quotation marks as written; else the run as a speaker's name, without a time word: "林良蓉日前所提到的".)
  const run = raw.startsWith("「") ? { start: at + 1, end: at + raw.length - 1 } : nameBefore(text, at, at + raw.length);
  if (!run) return null;
  const name = text.slice(run.start, run.end);
  if (ZH_PRONOUNS.has(name)) return { speaker: null, signals: ["speaker:cited"], deferred: "pronoun", pronoun: name };
  return { speaker: { name, start: run.start, end: run.end }, signals: ["speaker:cited"] };
}

/** "報告中指出：" right before the quotation: in a report or a speech, no subject of its own. */
const IN_REPORT = /(?:報告|报告|演說|演说|演講|演讲|致詞|致辞|談話|谈话|講話|讲话)中$/u;
/** "柴教授的專題報告論及", "柴松林教授以「…」為題發表專題報告": who gave the report or the speech. */
const REPORT_BY =
  /([^\s，,。；;、「」：:]{2,12}?)(?:的(?:專題|专题)?|以「[^」\n]{1,40}」[為为]題|以[^，,。「」\n]{1,20}[為为]題)?(?:發表|发表)?(?:專題|专题)?(?:報告|报告|演說|演说|演講|演讲)/gu;

/** "柴教授的專題報告論及…；報告中指出，…「…」": the author of the report or speech the paragraph named before, a person. */
export function reportAuthor(text: string, intro: Span, verb: string): Attribution | null {
  const at = text.lastIndexOf(verb, intro.end);
  const tail = at > intro.start ? IN_REPORT.exec(text.slice(Math.max(intro.start, at - 4), at)) : null;
  if (!tail) return null;
  const para = Math.max(text.lastIndexOf("\n", intro.start) + 1, at - AUTHOR_REACH);
  let author: Span | null = null;
  for (const m of text.slice(para, at - tail[0].length).matchAll(REPORT_BY)) {
    const at = para + m.index + m[1]!.length;
    const run = nameBefore(text, para + m.index, at);
    const name = run ? text.slice(run.start, run.end) : "";
    if (run && (isPersonRun(name) || lexiconFor("zh").personTitleEnd?.test(name) === true)) author = run;
  }
  return author ? result(text, author, "報告", "speaker:report-author") : null;
}
