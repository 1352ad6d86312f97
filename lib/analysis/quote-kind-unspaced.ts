// Titles among quotations in languages written without spaces (Chinese). There no capitals mark a name, so a quoted
// name is known by its last words ("「雷根總統基金會暨紀念中心」", "「全國國土計畫」", "「丹娜絲颱風」") or by the word after
// the closing mark ("「…」訪問團", "「六項保證」的框架"): lists kept in the language's lexicon (lexicons/zh.json).
import { ALL_SO_CALLED, lexiconFor } from "./lexicons";
import { isUnspaced } from "./language";
import { AS_SAID_BY, CITED_FROM, describedWith, findVerb, namedBy } from "./unspaced-verbs";
import type { Span } from "./types";

/** Longest quoted name, in characters. */
const NAME_MAX = 24;
/** Longest nickname before a person's name, in characters. */
const NICKNAME_MAX = 10;
/** A version number after a name: "「文旦之亂2.0」", "「打詐綱領2.0版」". */
const VERSION = /\s*[\d.]+版?$/u;
/** Punctuation that makes a clause or a list, never a name (nested 『』 may stay: "「『看見齊柏林』紀念展」"). */
const CLAUSE_MARK = /[，。！？；：、,.!?;:]/u;
/** A sentence's end: not even a long event's name ("「重建希望、重建愛：莫拉克颱風災後重建周年座談會」") holds one. */
const SENTENCE_MARK = /[。！？!?]/u;
/** Longest name of an event or body ending on a head word of three characters or more ("…座談會", "…委員會"). */
const LONG_NAME_MAX = 40;
/** A nested quotation inside a name: "「捷克參議院『教育、科學、文化…委員會』德拉霍斯主席訪團」". */
const NESTED = /『[^』]*』/gu;
/** The words after a quotation, up to the clause's end or the next quotation. */
const CLAUSE_AFTER = /^[^，。！？；：、,.!?;:「『“"\n]{1,14}/u;
const CONJUNCTION = /^[及和與与或跟]/u;
/** One quotation of a list: "、「鷹眼專案」". */
const LISTED = /「([^「」\n]{1,30})」/gu;
/** What an agenda's items are called after a list of them: "等現階段重點議題". */
const AGENDA = /^[^，。「」]{0,6}(?:議題|议题|主題|主题|項目|项目)/u;
/** Words said in a language, right before a quotation: "以馬紹爾語", "用台語" (not "標語", "用語"). */
const IN_LANGUAGE = /[以用][\p{Script=Han}]{1,6}(?<![標标用術术成])[語语]$/u;
/** A verb ending on 制 or 展, not a name: "管制", "限制", "發展". */
const CONTROL = /(?:(?:管|控|限|抵|節|节|壓|压|牽|牵|強|强|編|编)制|(?:發|发|進|进|開|开|拓|伸|施|推)展)$/u;
const VERB_AFTER = /^[沒没不是就都也能會会要來来為为很更]/u;
/** The rest of a list of quotations after one of them: "、「…」、「…」". */
const LIST_REST = /^(?:[、和與与及]「[^「」\n]{1,30}」)*/u;
/** A count of the things just listed: "三個不同領域的教學課程", "等四項". */
const COUNTED = /^等?[一二三四五六七八九十兩两\d]+(?:[個个項项場场堂門门部本首件種种類类款檔档支招]|大[\p{Script=Han}]{2}|面向|方面|層面|层面)/u;
/** A work entered with ("以「…」榮獲第一名"): the title it won or was chosen with. */
const ENTERED_WITH = /^(?:榮獲|荣获|獲得|获得|奪得|夺得|勇奪|勇夺|拿下|獲選|获选|入選|入选|參賽|参赛)/u;
/** What a slogan is named as after it: "的精神", "的社會價值", "的城市公益網絡". */
const SLOGAN_AFTER = /^的[^，。、「」]{0,6}(?:精神|價值|价值|理念|願景|愿景|網絡|网络|目標|目标|口號|口号|宗旨|原則|原则|政策)/u;
/** An event, a plan or a centre a long quotation names, right after it: "「…」記者會", "以「…，…」方案獲獎". */
/** "出席「…典禮暨酒會」", "舉辦「臺灣英雄派對」": what someone attends or holds is an event's name, however long. */
const ATTENDED = /(?:出席|舉辦|举办)$/u;
const EVENT_AFTER = /^(?:記者會|记者会|公聽會|公听会|說明會|说明会|座談會|座谈会|活動|活动|晚會|晚会|方案|計畫|計劃|计划|專案|专案|中心)/u;
/** A gloss in Latin letters in parentheses right after a quotation: "(Time)". */
const GLOSS = /^[（(][A-Za-z0-9 .,'’&-]{1,30}[）)]/u;
/** A name's gloss in Latin letters, its words capitalised: "（The China Challenge）" (not "（good trouble）"). */
const NAME_GLOSS =
  /^[（(](?:(?:[A-Z][\w'’-]*|of|the|and|for|in|on|to|a|an)(?: (?:[A-Z][\w'’-]*|of|the|and|for|in|on|to|a|an))+|[A-Z][a-z]+[A-Z][A-Za-z]*)[）)]$/u;
/** An acronym in parentheses: "（USTR）", "(APEC)". */
const ACRONYM = /^[（(][A-Z][A-Z0-9&-]{1,9}[）)]$/u;
/** A name written in Latin letters only inside unspaced text, not a sentence: "「@onefive」", "「One Stop Service」". */
const LATIN_NAME = /^[@#]?[A-Za-z][A-Za-z0-9 &'’@#.-]*[A-Za-z0-9]$/u;
const LAW = /^[\p{Script=Han}]{2,}(?<![辦办方做作看說说想手用違违合非立執执修魔司技療疗兵書书畫画筆笔])法$/u;

export function unspacedTitle(text: string, q: Span, language: string): boolean {
  const inner = text
    .slice(q.start + 1, q.end - 1)
    .trim()
    .replace(VERSION, "");
  const lex = lexiconFor(language);
  // ("「Together, we can make it.」", with its comma and full stop, is a sentence.)
  // (Not a foreign word someone describes with: "形容為「sexy food」".)
  // (Nor words said in a language: "以馬紹爾語「Yakwe」向大家問候".)
  if (inner.length >= 3 && LATIN_NAME.test(inner) && !describedWith(text, q) && !IN_LANGUAGE.test(text.slice(Math.max(0, q.start - 8), q.start))) return true;
  // "參與「空污議題肢體創作」、「Let’s Hit the Road!」、「復興天文定向密逃」三個不同領域的教學課程": quotations listed, then counted.
  // ("創設「台南快疫通」、「台南宅照護」等便民系統": or closed by "等" and the kind of thing they name.)
  const rest = LIST_REST.exec(text.slice(q.end, q.end + 200))![0];
  const listEnd = q.end + rest.length;
  // ("…」與「…」等現階段重點議題": or the topics of an agenda.)
  const kindAfter =
    text[listEnd] === "等" && (lex.titleHeadWithin?.test(text.slice(listEnd + 1, listEnd + 8)) === true || AGENDA.test(text.slice(listEnd + 1, listEnd + 10)));
  if ((rest.length > 0 || /[、和與与及]$/u.test(text.slice(q.start - 1, q.start))) && (COUNTED.test(text.slice(listEnd, listEnd + 6)) || kindAfter))
    return true;
  // ("所推動的「治安風水師」、「鷹眼專案」等": a list one of whose later items is a name by its head word names things.)
  for (const m of rest.matchAll(LISTED)) if (lex.titleHead?.test(m[1]!) === true && !CONTROL.test(m[1]!)) return true;
  // "「新化‧大目降」臺南經典小鎮攝影比賽": the noun phrase it opens ends on a name's head word.
  // (Past a gloss in Latin letters: "「選擇美國」（SelectUSA）招商投資活動".)
  const past = q.end + (GLOSS.exec(text.slice(q.end, q.end + 40))?.[0].length ?? 0);
  const after = CLAUSE_AFTER.exec(text.slice(past, past + 14));
  const headAfter = after !== null && /^[\p{Script=Han}]/u.test(after[0]) && !CONJUNCTION.test(after[0]) && lex.titleHeadWithin?.test(after[0]) === true;
  // "以「阮兜的魔術師」榮獲第一名": the work someone won with.
  if (inner.length <= NAME_MAX && /[以用]/u.test(text[q.start - 1] ?? "") && ENTERED_WITH.test(text.slice(q.end, q.end + 3))) return true;
  // (Nor words someone says in the first or second person: "「我很高興能參加比賽」", unless a name's head word follows:
  // "「我詩故我在」本土語新詩創作競賽"; "我國" is the country.)
  if (inner.length < 2 || SENTENCE_MARK.test(inner) || (/^(?:我(?![國国方軍军])|你|妳|您|咱)/u.test(inner) && !headAfter)) return false;
  // "「果醬男孩」林韡勳", "「印度森林之子」札達夫‧佩揚": a nickname right before the person's name.
  if (inner.length <= NICKNAME_MAX && !CLAUSE_MARK.test(inner) && lex.personNameAt?.test(text.slice(q.end, q.end + 12)) === true) return true;
  // (A version's or a number's point is no full stop: "科學城2.0計畫".)
  const plain = inner.replace(NESTED, "『』").replace(/(?<=\d)\.(?=\d)/gu, "");
  if (inner.length > NAME_MAX || CLAUSE_MARK.test(plain)) {
    // A long name with a subtitle or a list in it still ends on the head word of an event or a body.
    const head = lex.titleHead?.exec(inner);
    // (And a slogan with a comma in it, named as a spirit or a value, or after a motto's word: "「取之於社會，用之於社會」的精神",
    // "校訓：「敦品勵學、愛國愛人」".)
    const preceded = lex.titlePreceder?.test(text.slice(Math.max(0, q.start - 8), q.start)) === true;
    if (inner.length <= 16 && (SLOGAN_AFTER.test(text.slice(q.end, q.end + 12)) || preceded)) return true;
    // ("「老師要認錯道歉，政府要承擔責任」記者會": the event named after it; "「…離職資遣條例」": a long name with no clause in it
    // may end on a head word of two characters.)
    if (inner.length <= LONG_NAME_MAX && (EVENT_AFTER.test(text.slice(q.end, q.end + 4)) || ATTENDED.test(text.slice(q.start - 2, q.start)))) return true;
    const headMin = CLAUSE_MARK.test(plain) ? 3 : 2;
    return inner.length <= LONG_NAME_MAX && head !== null && head !== undefined && head[0].length >= headMin;
  }
  // "所谓的“和平计划”": a so-called word before it holds the words at a distance.
  if (soCalledUnspaced(text, q, language)) return false;
  // ("「時代」(Time)雜誌": past a gloss in Latin letters; "「環太平洋軍演」（RIMPAC）": an acronym after it names a body or an event.)
  const glossed = GLOSS.exec(text.slice(q.end, q.end + 40))?.[0] ?? "";
  if (ACRONYM.test(glossed) || (NAME_GLOSS.test(glossed) && /[A-Z]/u.test(glossed.slice(1, 2)))) return true;
  const gloss = glossed.length;
  if ((lex.titleHead?.test(inner) === true && !CONTROL.test(inner)) || lex.titleFollower?.test(text.slice(q.end + gloss, q.end + gloss + 6)) === true)
    return true;
  // "「公民投票法」", "「國土計畫法」": a law's name (not "辦法", "方法", "看法" …, nor "違法", "立法").
  if (LAW.test(inner)) return true;
  // "拍攝的「養鴨好人家」", "加油標語，是「振臂翱翔」": a word naming a work or a slogan before it.
  if (lex.titlePreceder?.test(text.slice(Math.max(0, q.start - 8), q.start)) === true) return true;
  return headAfter;
}

/** One phrase of a slogan: two to seven characters. */
const SLOGAN_PART = /^[\p{Script=Han}]{2,7}$/u;
/** What the parts of a slogan are separated by. */
const SLOGAN_SEPARATOR = /[、‧・･·，,]/u;
/** Words after a quotation that take it as an idea someone holds, not as a name: "「…」理念", "「…」的精神". */
const IDEA_AFTER =
  /^的?[^，。、「」]{0,4}(?:理念|觀念|观念|精神|原則|原则|主張|主张|口號|口号|標語|标语|目標|目标|信念|理想|思維|思维|願景|愿景|價值|价值|宗旨|策略|戰略|战略)/u;

/** A phrase of three to ten characters. */
const ONE_PHRASE = /^[\p{Script=Han}]{3,10}$/u;
/** The words after a single phrase that make it an idea someone holds. */
const HELD_IDEA =
  /^的?(?:目標|目标|理念|觀念|观念|信念|口號|口号|立場|立场|態度|态度|角色|說法|说法|訓勉|训勉|體認|体认|指示|訓示|训示|期許|期许|叮嚀|叮咛|承諾|承诺)/u;

/**
 * "提出「積極管理‧有效開放」", "以「防衛固守、有效嚇阻」為…原則", "「取之於社會，用之於社會」的精神": parallel phrases of two to seven
 * characters, or one phrase held as an idea, a stance, a role or an instruction ("「文化興國」理念", "「一中各表」的立場"), are a
 * slogan, a principle or a motto, the words of whoever put it forward (speech, `quote-kind:slogan`), unless it names a thing: it
 * ends on a name's head word, a name's word follows it (not an idea's: "理念", "精神"), a count of measures follows it ("5大福利
 * 措施", not "四大原則"), or a word for a name or a motto precedes it ("校訓：「…」"). Unspaced languages.
 */
export function sloganUnspaced(text: string, q: Span, language: string): boolean {
  if (!isUnspaced(language)) return false;
  const inner = text.slice(q.start + 1, q.end - 1).trim();
  const parts = inner.split(SLOGAN_SEPARATOR);
  const after = text.slice(q.end, q.end + 14);
  // ("他一向秉持「文化興國」理念", "她推動「愈老愈年輕」的觀念": one phrase taken as someone's idea.)
  // (Or the spirit of one who upholds it: "秉持「人民的總統府」的精神".)
  const upheld = /(?:秉持|堅持|坚持)$/u.test(text.slice(Math.max(0, q.start - 2), q.start)) && /^的?精神/u.test(after);
  const idea = parts.length === 1 && ONE_PHRASE.test(inner) && (HELD_IDEA.test(after) || upheld);
  if (inner.length > 30 || (!idea && (parts.length < 2 || !parts.every((p) => SLOGAN_PART.test(p))))) return false;
  const lex = lexiconFor(language);
  // ("「新化‧大目降」臺南經典小鎮攝影比賽": nor one that opens a noun phrase ending on a name's head word.)
  const phrase = CLAUSE_AFTER.exec(after)?.[0] ?? "";
  // (An idea's word after it is no name's head: "「防衛固守、有效嚇阻」的戰略構想".)
  const ideaAfter = IDEA_AFTER.test(after);
  // ("「好穿、好行、好洗、好住、好安全」5大福利措施": nor one counted as measures, not as principles, "四大原則".)
  const counted = !ideaAfter && COUNTED.test(after);
  if (lex.titleHead?.test(inner) === true || EVENT_AFTER.test(after) || counted || (!ideaAfter && lex.titleHeadWithin?.test(phrase) === true)) return false;
  if (!ideaAfter && lex.titleFollower?.test(after) === true) return false;
  return lex.titlePreceder?.test(text.slice(Math.max(0, q.start - 8), q.start)) !== true;
}

/**
 * "她呼籲市府「立即行動」", "質疑藍營民代難道不知道「有機堆肥」": a short quotation after a reporting verb of its sentence is
 * the words of that verb's subject, not a scare quote (unspaced languages; the verb is found as a substring).
 */
export function unspacedAttributed(text: string, q: Span, sentenceStart: number, language: string): string | null {
  // "傳出有「先交出戰犯」的說法": the words of a claim or a remark someone made.
  if (isUnspaced(language) && SAYING_AFTER.test(text.slice(q.end, q.end + 4))) return "saying";
  // (Not a quotation that a noun goes on from: "「生命教育暨反毒」音樂演講", "「老」這首歌曲".)
  // ("「減災」及「防災」": a conjunction goes on to the next quotation, not from this one.)
  if (isUnspaced(language) && describedWith(text, q)) return "described";
  // "被黃偉哲市長稱為「正興幫幫主」的高耀威": the name someone gave is that person's word.
  if (isUnspaced(language) && namedBy(text, q, sentenceStart)) return "named-by";
  // "他也對演說中提出「中道治國」": words someone puts forward are theirs.
  const put = isUnspaced(language) ? PUT_FORWARD_BEFORE.exec(text.slice(Math.max(0, q.start - 4), q.start)) : null;
  if (put) return put[0].replace(/(?:了|的|要?以)+$/u, "");
  // ("以馬紹爾語「Yakwe」向大家問候": words said in a language.)
  if (isUnspaced(language) && IN_LANGUAGE.test(text.slice(Math.max(0, q.start - 8), q.start))) return "語";
  // "引用聖經的一句話，「…」", "如同X所說，…「…」": the words of the one quoted from.
  const cited = isUnspaced(language) ? text.slice(Math.max(sentenceStart, q.start - 80), q.start) : "";
  if (cited && (CITED_FROM.test(cited) || AS_SAID_BY.test(cited))) return "引用";
  // "指出，「臺灣有事」等同「日本有事」": opening the clause right after a verb of speech and its comma, it is that verb's words.
  const lead =
    isUnspaced(language) && /[，,：:]/u.test(text[q.start - 1] ?? "")
      ? findVerb(text, sentenceStart, q.start - 1, lexiconFor(language).reportingVerbList, true)
      : null;
  if (lead && lead.start + lead.word.length === q.start - 1) return lead.word;
  // (A verb or an adverb after it goes on from the words, not from a noun: "與「餓」沒有距離", "以「愛」來教化".)
  const next = text[q.end] ?? "";
  // (A clause, "「防災重於救災」的重要性", is words someone says whatever follows it.)
  const clause = CLAUSE_WORD.test(text.slice(q.start + 1, q.end - 1));
  if (!isUnspaced(language) || (/^[\p{Script=Han}]/u.test(next) && !CONJUNCTION.test(next) && !VERB_AFTER.test(next) && !clause)) return null;
  return findVerb(text, sentenceStart, q.start, lexiconFor(language).reportingVerbList, false)?.word ?? null;
}

/** A law's or a charter's article, right before a quotation: "憲法第十條第六項", "聯合國憲章第23條". */
export const ARTICLE_BEFORE =
  /(?:^|[，,。；;：:、\s])([^，,。；;：:、「」\s]{2,24}?第[一二三四五六七八九十百零〇\d]+[條条](?:第[一二三四五六七八九十百零〇\d]+[項项款])?)$/u;

/** "刪除《護照條例施行細則》第3條「…」": the words of an article named right before the quotation (unspaced languages). */
export const articleWords = (text: string, q: Span, language: string): boolean =>
  isUnspaced(language) && ARTICLE_BEFORE.test(text.slice(Math.max(0, q.start - 30), q.start));

/** Putting words forward or saying them, right before a quotation: "提出「…」", "提出要以「…」", "說出「…」", "發表的「…」". */
export const PUT_FORWARD_BEFORE =
  /(?:提出了?|提倡|(?:主張|主张)(?:應該|应该|應|应)?|說出|说出|(?:秉持|堅持|坚持)的?|(?:發表|发表|講|讲|說|说|宣示|主張|主张)的)(?:要?以)?$/u;

/** Advocating right before a quotation: "主張應該以「…」". */
const ADVOCATED_BEFORE = /(?:主張|主张)(?:應該|应该|應|应)?(?:要?以)?$/u;
/** A saying's noun right before a quotation: "名言「…」". */
const SAYING_BEFORE = /(?:名言|格言|名句)$/u;
/** A claim or a remark the quotation is: "「…」的說法", "「…」的言論". */
const SAYING_AFTER = /^的(?:說法|说法|言論|言论|說詞|说词|發言|发言)/u;

/** Shortest quotation (characters) taken for a name set inside a clause. */
const EMBEDDED_MIN = 3;
/** A letter or a digit of any script: a word goes on there, no punctuation, space or quotation mark. */
const WORD_CHAR = /^[\p{L}\p{N}]/u;
/** Words of a clause, not of a name: a negation, a copula, a modal, a degree word, "重於". */
const CLAUSE_WORD = /[不沒没是要就能讓让把被都很才]|重於|重于/u;
/** Clause punctuation inside a quotation (not the enumeration comma 、, which lists the parts of one name). */
const CLAUSE_PUNCTUATION = /[，。！？；：,!?;:]/u;

/** "中共所謂「一國兩制」": right after a so-called word (unspaced text has no word boundary to read it by). */
export function soCalledUnspaced(text: string, q: Span, language: string): boolean {
  // (A law's name stays a name: "所謂的「反分裂國家法」".)
  if (!isUnspaced(language) || LAW.test(text.slice(q.start + 1, q.end - 1))) return false;
  const before = text.slice(Math.max(0, q.start - 4), q.start).replace(/的\s*$/u, "");
  for (const w of ALL_SO_CALLED) if (before.endsWith(w)) return true;
  return false;
}

/** "所說", "說過": what someone said, right before a quotation (after "的" is dropped). */
const SAID_BEFORE = /(?:所[說说言講讲述]|[說说]過|[說说]过|曾[說说]|(?<![小傳传演解學学遊游])[說说])$/u;

/**
 * "觀賞「AH-64E阿帕契直升機」性能展示", "以「防衛固守、有效嚇阻」為最高戰略指導原則", "秉持「以和平方式解決爭端」之原則": a
 * quotation of several words set inside a clause (a word right before its opening mark and right after its closing one, no
 * clause punctuation inside) is the name of a thing, a slogan or a principle the sentence goes on about. Words someone says
 * open after a colon, a comma or the verb and close their clause. (Not before a conjunction: "包括「軍售沒有截止期限」及「…」"
 * lists what was said.) Unspaced languages, for quotations of three characters or more (two, "「頭家」", are more often a
 * word held at a distance).
 */
export function embeddedName(text: string, q: Span, language: string, sentenceStart: number): boolean {
  if (!isUnspaced(language) || q.end - q.start - 2 < EMBEDDED_MIN) return false;
  const next = text[q.end] ?? "";
  if (!WORD_CHAR.test(text[q.start - 1] ?? "") || !WORD_CHAR.test(next) || CONJUNCTION.test(next) || next === "等") return false;
  // (Nor a saying after its noun: "以哈佛校長名言「…」期勉".)
  if (SAYING_AFTER.test(text.slice(q.end, q.end + 4)) || SAYING_BEFORE.test(text.slice(q.start - 2, q.start))) return false;
  if (CLAUSE_PUNCTUATION.test(text.slice(q.start + 1, q.end - 1))) return false;
  // (Nor a clause someone says, held inside the sentence: a negation, a copula, a modal or "重於" in it, "「防災重於救災」的重要性",
  // "回應「笑笑就好」一事"; names set inside a clause seldom hold one.)
  if (CLAUSE_WORD.test(text.slice(q.start + 1, q.end - 1))) return false;
  // (Nor a so-called word, "所謂的「和平計畫」", nor the name someone gave or the words someone describes with: "被…稱為「…」的",
  // "以「…」形容".)
  // (Nor the words someone said: "陳總統所說「…」的涵義".)
  if (soCalledUnspaced(text, q, language) || SAID_BEFORE.test(text.slice(Math.max(0, q.start - 4), q.start).replace(/的$/u, ""))) return false;
  // (Nor words put forward: "主張應該以「…」來解決".)
  if (ADVOCATED_BEFORE.test(text.slice(Math.max(0, q.start - 6), q.start)) || IN_LANGUAGE.test(text.slice(Math.max(0, q.start - 8), q.start))) return false;
  return !describedWith(text, q) && namedBy(text, q, sentenceStart) === null;
}

/**
 * "「大家辛苦了」", "「各位都辛苦了」", "「你們是台南的驕傲！」": a short quotation addressed to the listeners, spoken in the first person
 * or closed by an exclamation or a particle of speech is words someone says, not a term held at a distance (unspaced languages).
 */
export function spokenUnspaced(text: string, q: Span, language: string): boolean {
  if (!isUnspaced(language)) return false;
  const inner = text.slice(q.start + 1, q.end - 1).trim();
  return inner.length >= 3 && (SPOKEN_OPENING.test(inner) || SPOKEN_ENDING.test(inner));
}
const SPOKEN_OPENING = /^(?:大家|各位|你們|你们|您|我們|我们|咱們|咱们)/u;
const SPOKEN_ENDING = /(?:了|吧|啊|呀|喔|哦|耶|啦|囉|！|!)$/u;
