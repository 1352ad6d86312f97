// Chinese speakers found by other means than a verb right before the quotation: the owner of a saying ("邱吉爾的名言：「…」"),
// the one who describes with the quoted words ("以「造鎮」形容"), and the person a paragraph opens on, for a pronoun in it.
import { DROPPED_SUBJECT, lexiconFor, ZH_PRONOUNS } from "./lexicons";
import type { Attribution } from "./speakers";
import {
  ADVERB_ONLY,
  attributeUnspacedBefore,
  FIRST_PERSON,
  isPersonRun,
  NAME_CHAR,
  nameBefore,
  namesNobody,
  OPENER,
  result,
  SENTENCE_END,
  SUBJECT_MAX,
  sentenceSubject,
  WHEN_CLAUSE,
} from "./speakers-unspaced";
import type { Span, Speaker } from "./types";
import { TOPIC_OPENING } from "./speakers-unspaced-words";
import { documentBefore, reportAuthor } from "./speakers-unspaced-documents";
import { ARTICLE_BEFORE, PUT_FORWARD_BEFORE } from "./quote-kind-unspaced";
import { describedAs, describedWith, findVerb, lastEnd, lastOf, namedBy, QUOTING_VERB } from "./unspaced-verbs";

/** A saying its owner is named right before, after a verb of quoting: "引用英國史學家艾克頓名言：". */
const QUOTED_SAYING = /(?<=(?:引用|引述|援引|以)[^，,。！？「」]{2,16}?)(名言|格言|名句)[：:]?\s*$/u;

/** The 以 that brings a saying in ("以哈佛校長名言"), not Israel's 以. */
const WITH_SAYING = /以(?!色列)/gu;

/** "…英國前首相邱吉爾的名言：「…」", "引用哈維爾前總統的名言「…」": the person whose saying is quoted (before any verb after it). */
export function attributeUnspacedSaying(text: string, intro: Span, language: string): Attribution | null {
  const tail = text.slice(Math.max(intro.start, intro.end - 40), intro.end);
  // (Also without "的" after a verb of quoting: "引用英國史學家艾克頓名言：".)
  const m = lexiconFor(language).sayingBefore?.exec(tail) ?? QUOTED_SAYING.exec(tail);
  if (!m) return null;
  const at = intro.end - m[0].length;
  // (After the verb that brings the saying in: "他要再次引用哈維爾前總統的名言" names 哈維爾前總統.)
  let from = at;
  while (from > intro.start && NAME_CHAR.test(text[from - 1]!)) from--;
  // ("總統也以哈佛校長名言「…」": also after the 以 that brings it in.)
  const run = text.slice(from, at);
  let owner = nameBefore(text, from + Math.max(lastEnd(QUOTING_VERB, run), lastEnd(WITH_SAYING, run)), at);
  if (!owner) return null;
  // ("黃偉哲市長最常勉勵臺南子弟的一句話": the subject of a verb of speech inside the run.)
  const said = owner.end - owner.start > 4 ? findVerb(text, owner.start + 2, owner.end, lexiconFor(language).reportingVerbList, false) : null;
  if (said) owner = nameBefore(text, owner.start, said.start) ?? owner;
  // ("巴爾札克所說的話": the words the owner said.)
  // ("楊清瓏秘書長常說的一句話": the one who often says it.)
  const name = text.slice(owner.start, owner.end).replace(/(?:所|常|曾|常常|經常|经常)?(?:說|说|講|讲|言|寫|写)(?:過|过)?$/u, "");
  if (name.length < 2 || ADVERB_ONLY.test(name) || ZH_PRONOUNS.has(name)) return null;
  return { speaker: { name, start: owner.start, end: owner.start + name.length }, signals: [`saying:${m[1]!.replace(/^的/u, "")}`, "speaker:saying-of"] };
}

/** How far (characters) the person a sentence opens on is looked for. */
const OPENING_REACH = 120;

/** Verbs that end a paragraph's opening person: its verbs of speech and of thanks. */
const TOPIC_VERBS = [...lexiconFor("zh").reportingVerbList, "感謝", "感谢", "肯定", "恭喜", "歡迎", "欢迎"];

/** The end of a body's or a place's name, not a person's: "市府", "衛生局", "高雄市". */
export const BODY_END = /[府局處处部院會会所校團团隊队館馆司署市縣县區区省國国鄉乡鎮镇村港站]$/u;
/** Whether a run is a person's name: short, no body's or place's ending, a family name and a given name or a title. */
const personName = (name: string): boolean => name.length <= 10 && !BODY_END.test(name) && isPersonRun(name);

/**
 * "情歌王子黃偉晉即將迎來…！首度受邀登台的他難掩興奮，表示：「…」": a pronoun in a paragraph whose first sentence opens on a
 * person's name (a family name and a given name, or a title) stands for that person, unless the one coreference would give
 * (`other`) is named in the paragraph before the quotation.
 */
export function paragraphTopic(text: string, para: Span, before: number, other: string): Speaker | null {
  if (other && text.slice(para.start, before).includes(other)) return null;
  // (Bounded: only the sentence's opening words are looked at, however long the paragraph.)
  let end = para.start;
  while (end < Math.min(before, para.start + OPENING_REACH) && !SENTENCE_END.test(text[end]!)) end++;
  // (Also after a description's "的" early in the sentence: "特別南下與粉絲見面的蔡淑臻也感謝…".)
  const described = text.slice(para.start, Math.min(end, para.start + 17)).indexOf("的");
  // (Or after a topic phrase and its comma: "對於教育部…的努力，總統也表達感謝".)
  const comma = TOPIC_OPENING.test(text.slice(para.start, para.start + 2)) ? text.slice(para.start, end).search(/[，,]/u) : -1;
  for (const from of [para.start, described >= 0 ? para.start + described + 1 : -1, comma >= 0 ? para.start + comma + 1 : -1]) {
    const s = from >= 0 ? sentenceSubject(text, from, end) : null;
    // ("市長黃偉哲感謝公視…": up to a verb of speech or of thanks.)
    const verb = s && findVerb(text, s.start + 2, s.end, TOPIC_VERBS, false);
    if (s && verb) s.end = verb.start;
    const name = s ? text.slice(s.start, s.end) : "";
    if (s && name !== other && personName(name)) return { name, start: s.start, end: s.end };
  }
  return null;
}

/** A verb of following a rule before the article's name: "以落實", "依據", "根據". */
const ARTICLE_VERB = /^(?:以|並|并|也|即)?(?:落實|落实|依照|依據|依据|根據|根据|按照|遵照|遵守|符合|引用|依)/u;

/** A topic marker inside a run before a relative clause's verb: "總統針對馬前總統前天發表的", "對於馬前總統講的". */
const TOPIC_MARK = /(?:針對|针对|對於|对于|關於|关于)/gu;
/** A time word between the agent and the verb: "前天", "近來". */
const TIME_TAIL = /(?:前天|昨天|今天|近來|近来|日前|近日|當時|当时|曾經|曾经|一向|先前)+$/u;

/** The agent of "…，總統針對X前天發表的「…」" (`end`: the verb): the words after the clause's last topic marker, without a time word. */
function relativeAgent(text: string, from: number, end: number): Span | null {
  const clause = Math.max(from, lastOf(text, "，,。；;：:", from, end) + 1);
  let at = -1;
  for (const m of text.slice(clause, end).matchAll(TOPIC_MARK)) at = clause + m.index + m[0].length;
  const agent = at >= 0 ? text.slice(at, end).replace(TIME_TAIL, "") : "";
  return (agent.length >= 2 && NAME_CHAR.test(agent[0]!)) || ZH_PRONOUNS.has(agent) ? { start: at, end: at + agent.length } : null;
}

/** "台南市長黃偉哲以「造鎮」形容…": the person before "以" describes with the quoted words. */
export function attributeUnspacedDescribed(text: string, q: Span, intro: Span): Attribution | null {
  // "以落實憲法增修條文第十條第六項「…」": an article of a law or a charter right before the quotation is what it says.
  const article = ARTICLE_BEFORE.exec(text.slice(Math.max(intro.start, q.start - 30), q.start))?.[1]?.replace(ARTICLE_VERB, "");
  // ("刪除《護照條例施行細則》第3條「…」": the document in title marks, when the article's words name one.)
  const titled = article ? /《([^《》]{2,30})》[^《》]*$/u.exec(article) : null;
  const at = q.start - (article?.length ?? 0) + (titled ? titled.index + 1 : 0);
  if (article && article.length >= 4)
    return { speaker: { name: titled?.[1] ?? article, start: at, end: at + (titled?.[1] ?? article).length }, signals: ["speaker:document"] };
  const document = documentBefore(text, q, intro);
  if (document) return document;
  // ("被黃偉哲市長稱為「正興幫幫主」的高耀威": the agent of the passive gave the name.)
  const agent = namedBy(text, q, intro.start);
  const by = agent && nameBefore(text, agent.start, agent.end);
  if (agent && by && by.end - by.start >= 2) return result(text, by, agent.verb, "speaker:passive-agent");
  // "日前連院長提出「攀登全球競爭力的巔峰」": the one who puts forward the words said them.
  const put = PUT_FORWARD_BEFORE.exec(text.slice(Math.max(intro.start, q.start - 4), q.start));
  const proposer = put && (relativeAgent(text, intro.start, q.start - put[0].length) ?? nameBefore(text, intro.start, q.start - put[0].length));
  if (proposer && !namesNobody(text.slice(proposer.start, proposer.end)))
    return result(text, proposer, put![0].replace(/(?:了|的|要?以)+$/u, ""), "speaker:subject-of-verb");
  // (The verb first, "X形容這是「…」", is an ordinary verb of speech.)
  if (!describedWith(text, q) || describedAs(text, q)) return null;
  let span = nameBefore(text, intro.start, q.start - 1);
  // ("孫中山多次提及臺灣皆以「失地」形容": the subject of a verb of speech inside the run.)
  const said = span && findVerb(text, span.start + 2, span.end, lexiconFor("zh").reportingVerbList, false);
  if (said) span = nameBefore(text, span!.start, said.start) ?? span;
  const name = span ? text.slice(span.start, span.end) : "";
  return span && name.length >= 2 && !namesNobody(name) ? result(text, span, "形容", "speaker:subject-of-verb") : null;
}

/**
 * A quotation standing alone after a sentence of its paragraph ("最後，總統再次向代表團成員表達感謝。「各位選手…」"): the person
 * that sentence opens on, a name or a title, else null.
 */
export function personBefore(text: string, intro: Span, paragraphStart: number): Speaker | null {
  const stop = /[。！？!?]\s*$/u.exec(text.slice(intro.start, intro.end));
  if (!stop) return null;
  const end = intro.end - stop[0].length;
  let start = end;
  while (start > Math.max(paragraphStart, end - OPENING_REACH) && !/[。！？!?\n]/u.test(text[start - 1]!)) start--;
  if (start > paragraphStart && !/[。！？!?\n]/u.test(text[start - 1]!)) return null;
  const s = sentenceSubject(text, start, end);
  const name = s ? text.slice(s.start, s.end) : "";
  return s && personName(name) ? { name, start: s.start, end: s.end } : null;
}

/**
 * "總統說，……。……「……」": a paragraph that opens with a name and a reporting verb reports that speaker throughout
 * (the Chinese press-release style), so a quotation in it that names no speaker of its own is that speaker's.
 */
export function paragraphSpeaker(text: string, para: Span, before: number, language: string): Attribution | null {
  // (Also after a short opening adverbial: "針對北歸仁發展停滯，鄭佳欣表示：".)
  const opener = OPENER.exec(text.slice(para.start, para.start + 12));
  return speakerOpening(text, para.start, before, language) ?? (opener ? speakerOpening(text, para.start + opener[0].length, before, language) : null);
}

/** How far back (characters) a quotation looks for the last sentence that reports someone ("總統指出，…"). */
export const REPORTER_REACH = 400;

/**
 * "總統表示，…。…台灣願意扮演「…」": a quotation that names no speaker, in a paragraph one of whose sentences before it
 * opens on "X表示，" (within REPORTER_REACH), is X's words: a press release reports the one it quotes sentence after sentence.
 */
export function lastReporter(text: string, para: Span, before: number, language: string): Attribution | null {
  const from = Math.max(para.start, before - REPORTER_REACH);
  for (let end = before; end > from;) {
    const stop = lastOf(text, "。！？", from, end);
    const start = stop < 0 ? para.start : stop + 1;
    const a = stop >= 0 || from === para.start ? speakerOpening(text, start, before, language) : null;
    if (a?.speaker) return { speaker: a.speaker, signals: [...a.signals.filter((x) => x !== "speaker:paragraph-subject"), "speaker:last-reporter"] };
    if (stop < 0) break;
    end = stop;
  }
  // (Else the person the paragraph opens on: "總統很高興有機會與漫畫人士見面，「讓我有機會…」".)
  const topic = paragraphTopic(text, para, before, "");
  return topic ? { speaker: topic, signals: ["speaker:paragraph-topic"] } : null;
}

/**
 * Whom a Chinese "他"/"她" before a verb of speech stands for, other than `other` (coreference's answer): the person its paragraph
 * opens on, or the one the paragraph before reports ("譚海莉並表示，…。\n\n她同時表示") when no one was quoted since (`last`).
 */
export function pronounReferent(
  text: string,
  paragraphs: readonly Span[],
  p: number,
  before: number,
  coref: { speaker: Speaker } | null,
  last: Span | undefined,
  language: string,
): { speaker: Speaker; signal: string } | null {
  const other = coref?.speaker.name ?? "";
  const para = paragraphs[p];
  const topic = para ? (paragraphTopic(text, para, before, other) ?? previousSubject(text, para, before, other)) : null;
  if (topic) return { speaker: topic, signal: "speaker:paragraph-topic" };
  const above = paragraphs[p - 1];
  if (!para || !above || above.start < (last?.end ?? 0)) return null;
  for (let end = above.end; end > above.start;) {
    const stop = lastOf(text, "。！？", above.start, end);
    const a = speakerOpening(text, stop + 1 || above.start, above.end, language);
    if (a?.speaker && a.speaker.name !== other) return { speaker: a.speaker, signal: "speaker:pronoun-reporter" };
    if (stop < 0) break;
    end = stop;
  }
  return null;
}

/** "總統也向訪賓說明…。為解決…，他即提出": the person the sentence before opens on (in the paragraph), other than `other`, else null. */
function previousSubject(text: string, para: Span, before: number, other: string): Speaker | null {
  const end = lastOf(text, "。！？", para.start, before);
  const prev = end > para.start ? personBefore(text, { start: para.start, end: end + 1 }, para.start) : null;
  return prev && prev.name !== other && !ZH_PRONOUNS.has(prev.name) ? prev : null;
}

/** "X說，" opening the text at `from`: X, as a paragraph's speaker. */
function speakerOpening(text: string, from: number, before: number, language: string): Attribution | null {
  const head = Math.min(before, from + SUBJECT_MAX + 8);
  const verb = findVerb(text, from, head, lexiconFor(language).reportingVerbList, false);
  if (!verb || !/^[，,：:]/u.test(text.slice(verb.start + verb.word.length, verb.start + verb.word.length + 1))) return null;
  let span = nameBefore(text, from, verb.start);
  // (Nor "我們常說": the one speaking, not a speaker the paragraph opens on.)
  if (!span || span.start !== from || FIRST_PERSON.test(text.slice(span.start, span.end))) return null;
  // ("總統致詞時表示，": the clause of time's subject.)
  // ("隨後致詞時表示，", "隨後致詞表示，": a clause of time or a sequence word with no subject goes on with the one who spoke last.)
  if (WHEN_CLAUSE.test(text.slice(span.start, span.end)) || namesNobody(text.slice(span.start, span.end))) {
    span = sentenceSubject(text, from, verb.start);
    if (!span) return { speaker: null, signals: [`reporting-verb:${verb.word}`], deferred: "pronoun", pronoun: DROPPED_SUBJECT };
  }
  if (!span) return null;
  const a = result(text, span, verb.word, "speaker:paragraph-subject");
  return a.speaker ? a : null;
}

/**
 * "副總統帶領大家一同為臺灣祈求：「…」", "魏德聖導演致詞時，表達團隊開啟這項計畫的初衷：「…」": words a colon leads into, with no
 * verb of speech found, are those of the subject the sentence (or its clause after a semicolon) opens on.
 */
function attributeUnspacedColon(text: string, intro: Span): Attribution | null {
  let colon = intro.end - 1;
  while (colon > intro.start && /\s/u.test(text[colon]!)) colon--;
  if (colon <= intro.start || (text[colon] !== "：" && text[colon] !== ":")) return null;
  const from = lastOf(text, "；;\u3000", intro.start, colon) + 1 || intro.start;
  // (A clause of time that opens the sentence holds its subject: "魏德聖導演致詞時，表達…：".)
  const first = text.indexOf("，", from);
  // (Unless a subject follows it: "在一九三一年，「…」被強制解散時，渭水先生曾發表談話說：".)
  const timed = lastOf(text, "時时", from, colon);
  const after = timed > first && text[timed + 1] === "，" ? timed + 2 : from;
  const subject =
    (after > from ? sentenceSubject(text, after, colon) : null) ??
    sentenceSubject(text, from, first > from && first < colon && WHEN_CLAUSE.test(text.slice(from, first)) ? first : colon);
  // (A person, a pronoun or a body, not a noun the sentence opens on: "…字面上的意思，主權…定義成：".)
  const name = subject ? text.slice(subject.start, subject.end) : "";
  const person = isPersonRun(name) || lexiconFor("zh").personTitleEnd?.test(name) === true || ZH_PRONOUNS.has(name);
  return subject && (person || BODY_END.test(name)) ? result(text, subject, "：", "speaker:colon-subject") : null;
}

/**
 * "…的陳啓村藝師「作品的責任感…不可或缺」；潘岳雄藝師「…」": a person's name (a family name and a given name, perhaps with a
 * title) right before a quotation of speech, opening its clause or after a description's "的", says it (no verb needed).
 */
function personRightBefore(text: string, intro: Span): Attribution | null {
  const run = NAME_CHAR.test(text[intro.end - 1] ?? "") ? nameBefore(text, intro.start, intro.end) : null;
  if (!run) return null;
  const name = text.slice(run.start, run.end);
  // (Not a verb's object: "感謝陳小明「…」" does not open on the name; after a description's "的", only a titled person, not
  // "光復大陸的方法為「…」".)
  const core = name.replace(lexiconFor("zh").personTitleEnd ?? /$^/u, "");
  const after = text[run.start - 1] ?? "";
  const opensClause = run.start === intro.start || /[，,；;。：:、\s]/u.test(after) || (after === "的" && core !== name);
  return opensClause && core.length >= 2 && core.length <= 3 && lexiconFor("zh").personNameEnd?.exec(core)?.index === 0
    ? { speaker: { name, start: run.start, end: run.end }, signals: ["speaker:named-before"] }
    : null;
}

/** The speaker of a quotation from the words before it: a verb of speech and its subject, or the subject a colon leads in from. */
export function introAttribution(text: string, intro: Span, language: string): Attribution | null {
  const a = attributeUnspacedBefore(text, intro, language);
  const verb = a?.pronoun === DROPPED_SUBJECT ? a.signals[0]?.replace("reporting-verb:", "") : undefined;
  if (verb) return reportAuthor(text, intro, verb) ?? a;
  // ("歐巴馬在…「亞太經濟合作會議」（APEC）會議上提到": a place after a quoted name is where the one before 在 spoke.)
  if (a?.speaker && PLACE_ONLY.test(a.speaker.name)) {
    const clause = Math.max(intro.start, lastOf(text, "，,。；;", intro.start, a.speaker.start) + 1);
    const at = text.lastIndexOf("在", a.speaker.start);
    const who = at > clause ? nameBefore(text, clause, at) : null;
    if (who && isPersonRun(text.slice(who.start, who.end))) return { ...a, speaker: { name: text.slice(who.start, who.end), start: who.start, end: who.end } };
  }
  return a ?? attributeUnspacedColon(text, intro) ?? personRightBefore(text, intro);
}

/** A place word alone, no one's name: "會議上", "典禮中". */
const PLACE_ONLY = /^[\p{Script=Han}]{1,3}[上中內内裡里]$/u;
