import { DROPPED_SUBJECT, lexiconFor, ZH_PRONOUNS } from "./lexicons";
import type { Attribution } from "./speakers";
import type { Span } from "./types";
import { findVerb, lastEnd, lastOf, QUOTING_VERB } from "./unspaced-verbs";
import {
  ADVERB_ONLY,
  ADVERB_TAIL,
  addressedBy,
  affiliatedPerson,
  askedBy,
  PURPOSE,
  closingParen,
  groupBefore,
  result,
  SUBJECT_END,
  honouredAt,
  AFFILIATION,
  FIRST_PERSON,
  isPersonRun,
  settingSubject,
  KINSHIP,
  DAY_AFTER,
  EXAMPLE_AFTER,
  latinSpace,
  LEADING,
  LEADING_TIME,
  MAX_NAME,
  NAME_CHAR,
  namesNobody,
  PLACE_AFTER,
  pronounClosing,
  pronounOpening,
  THEN_PRONOUN,
  TITLE_ONLY,
  TOPIC_OPENING,
  VERBS_ALONE_OPENING,
  WHEN_INSIDE,
  WHEN_OPENING,
  withoutDoubled,
  withoutManner,
} from "./speakers-unspaced-words";

export { ADVERB_ONLY, FIRST_PERSON, isPersonRun, MAX_NAME, NAME_CHAR, namesNobody, result } from "./speakers-unspaced-words";

// Speakers in Chinese (and other languages written without spaces): no capitals mark a name and words are not separated, so the
// speaker is the run of characters right before the reporting verb ("外交部发言人表示：“…”"), or after the closing mark
// (speakers-unspaced-after.ts), cut at punctuation and stripped of the adverbs between a subject and its verb.

/** The name that ends at `end`: name characters back to punctuation, without trailing adverbs. */
export function nameBefore(text: string, from: number, end: number): Span | null {
  let start = end;
  // (A space between Latin letters stays inside the name: "市議員Ingay Tali表示".)
  while (start > from && end - start < 2 * MAX_NAME && (NAME_CHAR.test(text[start - 1]!) || text[start - 1] === "、" || latinSpace(text, start - 1))) start--;
  let name = text.slice(start, end);
  // "谭德塞在日内瓦表示", "李强5日在政府工作报告中表示": a place or an occasion after the name ends it, and so does a day.
  // ("總統致詞時向與會的勞工、農業及產業界代表說明": the list is the addressee; without such a word a list's last name stays.)
  // "對於教宗所揭櫫", "阿扁對教宗所揭櫫": the one between "對" and "所" is the verb's agent.
  // (So does "就" in that sense: "並就陳總統水扁先生所說".)
  const agent = /(?:[對对]於?|就(?![像是如]))([\p{Script=Han}]{2,8}所)$/u.exec(name);
  if (agent) {
    start += name.length - agent[1]!.length;
    name = agent[1]!;
  }
  // "總統也以經國先生所說「…」期勉", "朱立倫顯然是蘇貞昌所說的「…」", "如古人所說": in the words of the one between "以", "是" or "如" and "所".
  const inWords = /[以是如]([\p{Script=Han}]{2,8})所$/u.exec(name);
  if (inWords) {
    start += inWords.index + 1;
    name = inWords[1]!;
  }
  // ("他在競選的文化白皮書中主張": a pronoun before it too.)
  const at = PLACE_AFTER.exec(name);
  if (at && (at.index >= 2 || (at.index === 1 && ZH_PRONOUNS.has(name[0]!)))) name = name.slice(0, at.index);
  const listed = name.lastIndexOf("、") + 1;
  // (A group the list ends on speaks together: "高頂軒、姜瑀濬與蘇縉揚表示".)
  if (listed > 0 && !/^[\p{Script=Han}]{2,4}[與与和及][\p{Script=Han}]{2,4}$/u.test(name.slice(listed))) {
    start += listed;
    name = name.slice(listed);
  }
  if (name.length > MAX_NAME) {
    start += name.length - MAX_NAME;
    name = name.slice(-MAX_NAME);
  }
  // "而在2002年8月3日他大聲說出": a pronoun after a date or a "when" in the run is its subject.
  // ("總統最後並以2500年前孟子告訴": so is a name after "… years ago".)
  const dated = /(?:\d[日号年]|[時时後后])(?=[他她])|\d年前(?=[\p{Script=Han}]{2,4}$)/u.exec(name);
  if (dated) {
    start += dated.index + dated[0].length;
    name = name.slice(dated.index + dated[0].length);
  }
  // "總統以修憲為例表示": the example it takes.
  name = name.replace(DAY_AFTER, "").replace(EXAMPLE_AFTER, "");
  // "實際上也實現了教宗方濟各所說的": the one named after a verb's "了" is its object, who said the words.
  const done = name.lastIndexOf("了") + 1;
  if (done > 0 && name.length - done >= 2) {
    start += done;
    name = name.slice(done);
  }
  // "李總統登輝先生堅定的表示", "總統並有感而發的說": a manner adverb in "…的" before the verb (older press style).
  name = withoutManner(name);
  // "和郎雄見面時總統直稱": the subject after a clause of time inside the run.
  const when = name.search(WHEN_INSIDE);
  if (when >= 1 && name.length - when - 1 >= 2) {
    start += when + 1;
    name = name.slice(when + 1);
  }
  for (let m = ADVERB_TAIL.exec(name); m && m.index > 0; m = ADVERB_TAIL.exec(name)) name = name.slice(0, m.index);
  name = withoutDoubled(name, lexiconFor("zh").personTitleEnd);
  // "苗栗三灣國中的張昌峻同學", "禧榕軒大飯店主廚柯秉佐": the person after "的" or after the school or firm they belong to.
  const owner = Math.max(name.lastIndexOf("的") + 1, lastEnd(AFFILIATION, name));
  if (owner > 0 && name.length - owner >= 2 && !KINSHIP.test(name.slice(owner))) {
    start += owner;
    name = name.slice(owner);
  }
  // "引用孔子所說", "也就是孟子說過", "學生姜瑀蕎表示": a quoting verb, "that is" or a role word before the name, "所" after it.
  const lead = LEADING.exec(name);
  if (lead && name.length - lead[0].length >= 2) {
    start += lead[0].length;
    name = name.slice(lead[0].length);
  }
  // "今天衛生局竟然表示", "而且蔡松伯還…說", "因為他認為": a time or a connective before the subject.
  const opening = LEADING_TIME.exec(name)![0].length;
  if (opening > 0 && (name.length - opening >= 2 || ZH_PRONOUNS.has(name.slice(opening)))) {
    start += opening;
    name = name.slice(opening);
  }
  name = name.replace(/(?<=.{2})所$/u, "");
  // ("總統也引用美國學者隆‧克拉克所說": the one quoted, after the verb of quoting.)
  const quoting = lastEnd(QUOTING_VERB, name);
  if (quoting > 0 && name.length - quoting >= 2) {
    start += quoting;
    name = name.slice(quoting);
  }
  // ("媒體亦問及總統…": the one the press asked answers.)
  const asked = askedBy(name);
  start += asked;
  name = name.slice(asked);
  // An attribution marker opens the run: "据新华社报道" names 新华社; so does "when": "當陳瑞鑫表示" names 陳瑞鑫.
  const according = lexiconFor("zh").accordingTo?.exec(name) ?? (name.length >= 3 ? WHEN_OPENING.exec(name) : null);
  if (according && according.index === 0) {
    start += according[0].length;
    name = name.slice(according[0].length);
  }
  // "他還誠實地說", "他受訪時直呼": a pronoun opening the run is the subject, whatever adverbs follow it (also after "而").
  const joined = THEN_PRONOUN.exec(name)?.[0].length ?? 0;
  start += joined;
  name = name.slice(joined);
  const pronoun = pronounOpening(name);
  // ("沒想到她說": a pronoun right before the verb is its subject, whatever the run holds before it.)
  const closing = pronoun ? null : pronounClosing(name);
  if (closing) start += name.length - closing.length;
  if (pronoun ?? closing) name = (pronoun ?? closing)!;
  return name.length > 0 ? { start, end: start + name.length } : null;
}

/** A run that is a clause of time ("…訪問團時表示": when …), not the verb's subject. */
export const WHEN_CLAUSE = /(?:[時时]|時候|时候)$/u;
/** A short opening adverbial before the subject: "隨後，", "最後，". */
export const OPENER = /^[^，,。\n]{1,10}[，,]/u;
export const SUBJECT_MAX = 10;
export const SENTENCE_END = /[。！？.!?]/u;
const CLOSING_MARK = /[」』”》"]/u;
/** Whether the run at `i` is a noun a quotation describes: "「…」的故事". */
const describesQuote = (text: string, i: number): boolean => text[i - 1] === "的" && CLOSING_MARK.test(text[i - 2] ?? "");

/**
 * The subject that opens the sentence ("最後，總統除再次表達…，也強調，「…」"): the name characters from the start, after a
 * short adverbial, up to the first time, place, adverb or verb phrase. Chinese leaves the subject of a second predicate
 * out; a run before the verb that is only an adverb or a clause of time names nobody.
 */
export function sentenceSubject(text: string, from: number, end: number): Span | null {
  if (describesQuote(text, from + (text[from] === "的" ? 1 : 0))) return null;
  // (Nor words right after a quotation that ends no sentence: "形容這是「英雄麵」特向…致敬，祝福" goes on from the quotation.)
  if (CLOSING_MARK.test(text[from - 1] ?? "") && !SENTENCE_END.test(text[from - 2] ?? "")) return null;
  // (Not a clause of speech: "王大明說創業以來，…勉勵大家「…」" opens on its subject.)
  const opener = OPENER.exec(text.slice(from, Math.min(end, from + 10))) ?? PURPOSE.exec(text.slice(from, Math.min(end, from + 32)));
  const speech = opener && findVerb(text, from + 2, from + opener[0].length, lexiconFor("zh").reportingVerbList, false);
  // (Nor past it when a verb opens what follows: "總統出席大會，感謝得獎者的貢獻，並祝…".)
  // ("副總統說，雷震先生入獄前…，並主張「…」": words reported after "X說，" that open on a titled person are that person's.)
  const honoured = speech && speech.start + speech.word.length === from + opener[0].length - 1 ? honouredAt(text, from + opener[0].length, end) : null;
  if (honoured) return honoured;
  const skip = opener && !speech && !VERBS_ALONE_OPENING.test(text.slice(from + opener[0].length, end));
  let start = from + (skip ? opener[0].length : 0);
  // ("「至關重要的夥伴」（vital partner），並且強調": a gloss in parentheses names nobody; past it.)
  for (; start < end && !NAME_CHAR.test(text[start]!); start++) if (text[start] === "（" || text[start] === "(") start = closingParen(text, start, end);
  // ("本月16日中國外交部及台辦都發表談話", "但是在五月質詢後": a time or a connective opening the sentence is no subject.)
  start += LEADING_TIME.exec(text.slice(start, Math.min(end, start + 16)))?.[0].length ?? 0;
  start += askedBy(text.slice(start, Math.min(end, start + 16)));
  let stop = start;
  while (stop < end && stop - start < MAX_NAME && NAME_CHAR.test(text[stop]!)) stop++;
  const joined = THEN_PRONOUN.exec(text.slice(start, stop))?.[0].length ?? 0;
  start += joined;
  const run = text.slice(start, stop);
  // "她要求市府一週內徹查": a pronoun opening the sentence is its subject (also after "而").
  for (const p of ZH_PRONOUNS.keys()) if (run.startsWith(p) && !ZH_PRONOUNS.has(run.slice(0, p.length + 1))) return { start, end: start + p.length };
  // (From the second character: "曾培雅議員也…" opens on a surname that is also an adverb.)
  const cut = SUBJECT_END.exec(run.slice(1));
  const verb = findVerb(text, start, stop, lexiconFor("zh").reportingVerbList, false);
  let length = Math.min(cut ? cut.index + 1 : run.length, verb ? verb.start - start : run.length);
  // "曾是橄欖球員的體育局長陳良乾則表示": the person after the description's "的".
  const described = run.lastIndexOf("的", length - 1) + 1;
  if (described > 0 && length - described >= 2) {
    start += described;
    length -= described;
    // ("首度受邀登台的他難掩興奮，表示": a pronoun after the description.)
    for (const p of ZH_PRONOUNS.keys())
      if (text.startsWith(p, start) && !ZH_PRONOUNS.has(text.slice(start, start + p.length + 1))) return { start, end: start + p.length };
  }
  // ("總統特別強調": without the adverbs before the verb.)
  for (let m = ADVERB_TAIL.exec(text.slice(start, start + length)); m && m.index >= 2; m = ADVERB_TAIL.exec(text.slice(start, start + length)))
    length = m.index;
  // "美國國務院亞太副助卿董雲裳（…）…": a long office ending on a person's name is that person.
  const named = length > SUBJECT_MAX ? lexiconFor("zh").personNameEnd?.exec(text.slice(start, start + length)) : null;
  if (named && named[0].length <= 3) return { start: start + length - named[0].length, end: start + length };
  return length >= 2 && length <= SUBJECT_MAX && !namesNobody(text.slice(start, start + length)) ? { start, end: start + length } : null;
}

/** "X表示：“…”": the speaker before the quotation's reporting verb, within `intro`. */
export function attributeUnspacedBefore(text: string, intro: Span, language: string): Attribution | null {
  const verbs = lexiconFor(language).reportingVerbList;
  const verb = findVerb(text, intro.start, intro.end, verbs, true);
  // ("聽到民眾在電話掛斷前說聲感謝時，「…」": a verb inside a clause of time is not the quotation's.)
  if (!verb || /[時时][，,]\s*$/u.test(text.slice(verb.start + verb.word.length, intro.end))) return null;
  let span = nameBefore(text, intro.start, verb.start);
  // ("總統也對傅縣長、…的救援人員說一聲": whom the words are said to stands between the subject and the verb.)
  span = addressedBy(text, intro.start, verb.start) ?? span;
  // ("總統回應指出", "黃偉哲幽默地回應說": a run that ends on a verb of speech of its own is that verb's subject.)
  const own = span && findVerb(text, span.start + 2, span.end, verbs, true);
  if (own && own.start + own.word.length === span!.end) span = nameBefore(text, span!.start, own.start) ?? span;
  // "凃家(大姊凃怡欣)表示": a name with its parenthesis right before the verb.
  const paren = !span && /[)）]$/u.test(text.slice(intro.start, verb.start)) ? lastOf(text, "(（", intro.start, verb.start) : -1;
  const named = paren > intro.start ? nameBefore(text, intro.start, paren) : null;
  if (named) span = { start: named.start, end: verb.start };
  // "知名旅遊作家黃大黃，針對金牌作品表示": a run opening on its topic has its subject before the comma; "哈維爾（Václav
  // Havel）曾經說過": an adverb after a name's parenthesis belongs to that name.
  const before = span ? text[span.start - 1] : undefined;
  const afterComma = before === "，" || before === ",";
  // (The clause as written, before "的" cut it: "，針對脫穎而出的金牌作品表示".)
  const clause = lastOf(text, "，,", intro.start, verb.start);
  const opensOnTopic = span !== null && clause >= intro.start && TOPIC_OPENING.test(text.slice(clause + 1, verb.start)) && text[verb.start - 1] !== "所";
  // ("哈維爾（Václav Havel）先生所說": so does a title.)
  const afterParenthesis =
    span !== null &&
    (ADVERB_ONLY.test(text.slice(span.start, span.end)) || TITLE_ONLY.test(text.slice(span.start, span.end))) &&
    (before === "）" || before === ")");
  if (span && opensOnTopic) {
    span = nameBefore(text, intro.start, clause) ?? span;
    // ("總統強調，對於中共稱「…」": the subject of the verb that ends the run before the comma.)
    const own = findVerb(text, span.start + 2, span.end, verbs, true);
    if (own && own.start + own.word.length === span.end) span = { start: span.start, end: own.start };
  } else if (span && afterComma && namesNobody(text.slice(span.start, span.end))) {
    // "最後拿下逆轉勝的陳恩，還自己形容": the person named (after "的", or alone) just before the comma.
    // (Not a clause that opens on a verb, its subject left out too: "感謝得獎者的貢獻，並祝教師們「…」".)
    const clause = lastOf(text, "，,。", intro.start, span.start - 1) + 1;
    let named = VERBS_ALONE_OPENING.test(text.slice(Math.max(clause, intro.start), span.start)) ? null : nameBefore(text, intro.start, span.start - 1);
    // ("總統表示，我們中國人向來認為：": a run that ends on its own verb of speech is that verb's subject.)
    const own = named && findVerb(text, named.start + 2, named.end, verbs, true);
    if (named && own && own.start + own.word.length === named.end) named = { start: named.start, end: own.start };
    // ("陳文成博士當時被警總約談時，不斷強調": the subject a clause of time opens on.)
    const timed = named !== null && WHEN_CLAUSE.test(text.slice(named.start, named.end));
    if (timed) named = sentenceSubject(text, Math.max(clause, intro.start), named!.end);
    // (A person: a family name and a given name, or a title; not "任何的無奈與抱怨".)
    const person = named !== null && isPersonRun(text.slice(named.start, named.end));
    const short = named !== null && (timed || text[named.start - 1] === "的" || named.end - named.start <= 4);
    if (named && person && short && !ADVERB_ONLY.test(text.slice(named.start, named.end))) span = named;
  } else if (span && afterParenthesis) {
    const open = lastOf(text, "（(", intro.start, span.start);
    if (open > intro.start) span = nameBefore(text, intro.start, open) ?? span;
  }
  span = span && (affiliatedPerson(text, span) ?? span);
  const name = span ? text.slice(span.start, span.end) : "";
  // (Nor a run right after a closing mark: "在「…協會」會議中致詞提到" goes on from the quoted name; "「…」的故事強調": nor a noun it describes.)
  const afterQuote =
    span !== null && ((CLOSING_MARK.test(text[span.start - 1] ?? "") && !SENTENCE_END.test(text[span.start - 2] ?? "")) || describesQuote(text, span.start));
  if (span && ZH_PRONOUNS.has(name)) {
    // ("李萬居、吳三連、郭雨新等人率先投入…。他們當時喊出「…」": a plural pronoun is the group the paragraph last listed.)
    const group = /^[他她][們们]$/u.test(name) ? groupBefore(text, Math.max(text.lastIndexOf("\n", span.start) + 1, span.start - 200), span.start) : null;
    if (group) return result(text, group, verb.word, "speaker:group");
    // "德拉霍斯主席說，他想用一句話來形容…「…」": the pronoun after "X說，" in the same lead-in is X.
    const first = findVerb(text, intro.start, span.start, verbs, false);
    const said = first && /^[，,]/u.test(text[first.start + first.word.length] ?? "") ? nameBefore(text, intro.start, first.start) : null;
    const who = said ? text.slice(said.start, said.end) : "";
    if (said && who.length >= 2 && !ZH_PRONOUNS.has(who) && !WHEN_CLAUSE.test(who) && !namesNobody(who))
      return result(text, said, first!.word, "speaker:reported-subject");
  }
  if (span && !WHEN_CLAUSE.test(name) && !namesNobody(name) && !afterQuote) return result(text, span, verb.word, "speaker:subject-of-verb");
  // "副總統致詞表示，總統昨日接見得獎者時表示，「…」": a clause of time after a comma opens on its own subject, a person.
  const timeClause = span && WHEN_CLAUSE.test(name) && clause > intro.start ? sentenceSubject(text, clause + 1, verb.start) : null;
  if (timeClause && lexiconFor("zh").personNameEnd?.test(text.slice(timeClause.start, timeClause.end)))
    return result(text, timeClause, verb.word, "speaker:clause-subject");
  // "美國總統傑佛遜在首任就職演說中，呼籲": a verb opening its clause has the subject of the clause before, which only says where.
  const prev = Math.max(intro.start, lastOf(text, "，,", intro.start, clause) + 1);
  const setting = !span && clause > intro.start ? settingSubject(text.slice(prev, clause)) : 0;
  if (setting > 0) return result(text, { start: prev, end: prev + setting }, verb.word, "speaker:clause-subject");
  // (A semicolon joins clauses with subjects of their own: "…；美國國務院亞太副助卿董雲裳…並表示"; "我們常說" is the one speaking.)
  const subject = FIRST_PERSON.test(name) ? null : sentenceSubject(text, lastOf(text, "；;", intro.start, verb.start) + 1 || intro.start, verb.start);
  if (subject) return result(text, subject, verb.word, "speaker:sentence-subject");
  // "隨後致詞時表示，…「…」": a verb of speech whose subject Chinese left out; coreference gives the one who spoke last.
  return { speaker: null, signals: [`reporting-verb:${verb.word}`], deferred: "pronoun", pronoun: DROPPED_SUBJECT };
}
