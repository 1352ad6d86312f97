// The words the Chinese speaker rules cut a run of characters at (speakers-unspaced.ts): adverbs and times between a subject and
// its verb, openings that name nobody, words before a name that are not part of it. General words of the language, kept apart
// from the rules that use them, and the small readings of a run built on them (a person, a group, a titled or affiliated name,
// the press's question, the attribution a run makes).
import { lexiconFor, ZH_PRONOUNS } from "./lexicons";
import type { Attribution } from "./speakers";
import type { Span } from "./types";
import { lastOf } from "./unspaced-verbs";

/**
 * Adverbs and time words between a subject and its verb: "他也表示", "发言人当天表示", "部長明確表示", "柯琳頓2年前亦曾公開表示",
 * and the modal "要" ("登輝最後要強調")
 * (manner, occasion and time: general words of the language, not of any one text).
 */
export const ADVERB_TAIL =
  /(?:对此|對此|当天|當天|当日|當日|日前|近日|随后|隨後|随即|隨即|同时|同時|此前|今天|昨天|接着|接著|再次|再度|曾经|曾經|马上|馬上|更进一步|更進一步|进一步|進一步|特别|特別|同样|同樣|首先|前几天|前幾天|自己|並且|并且|最後|最后|致詞|致词|致辭|致辞|可以|賽後|赛后|會後|会后|事後|事后|內部|内部|興奮|兴奋|開心|开心|高興|高兴|激動|激动|感動|感动|難掩興奮|难掩兴奋|早已|已經|已经|常常|經常|经常|時常|时常|一再|多次|當面|当面|用來|用来|聽聞|听闻|明確|明确|公開|公开|親自|亲自|鄭重|郑重|嚴正|严正|慎重|坦白|坦率|直接|私下|當場|当场|當眾|当众|再三|反覆|反复|不斷|不断|屢次|屡次|特地|特意|專程|专程|稍早|稍後|稍后|事先|事前|先前|之前|早前|近期|最近|當時|当时|過去|过去|後來|后来|立即|立刻|則是|则是|還是|还是|一開始|一开始|一直|始終|始终|向來|向来|總是|总是|受訪時|受访时|受訪|受访|會中|会中|會上|会上|席間|席间|現場|现场|\d+年前|多年前|當年|当年|去年|今年|前年|接連|接连|陸續|陆续|紛紛|纷纷|相繼|相继|此外|另外|然而|因此|上午|下午|中午|晚上|早上|晚間|晚间|凌晨|傍晚|所以|因為|因为|但是|可是|不過|不过|而且|於是|于是|只是|換言之|换言之|總之|总之|竟然|居然|竟|致函|致電|致电|大聲|大声|齊聲|齐声|同聲|同声|一同|一起|共同|最常|舉例子|举例子|舉例|举例|也|还|還|则|則|又|并|並|已|曾|再|亦|更|都|就|即|在|常|所|另|有|(?<![主重需只想必])要|願意|愿意)$/u;
/** A run that is adverbs only ("，也強調"): the subject was left out. */
export const ADVERB_ONLY = new RegExp(`^(?:${ADVERB_TAIL.source.slice(0, -1)})+$`, "u");
/** Verbs and sequence words a run can be cut down to ("，肯定並勉勵", "堅持說出", "隨後致詞表示"): no name, the subject was left out. */
export const VERBS_ALONE = new Set([
  "肯定",
  "堅持",
  "坚持",
  "強調",
  "强调",
  "希望",
  "期待",
  "期盼",
  "感謝",
  "感谢",
  "隨後",
  "随后",
  "接著",
  "接着",
  "然後",
  "然后",
  "首先",
  "隨即",
  "随即",
  "旋即",
]);
export const VERBS_ALONE_OPENING = new RegExp(`^(?:${[...VERBS_ALONE].join("|")})`, "u");
/** A run that names nobody: adverbs only, a verb, a clause ending on its aspect ("高峰低谷都走過了"), one character but a pronoun, "詩中". */
export const namesNobody = (run: string): boolean =>
  ADVERB_ONLY.test(run) ||
  VERBS_ALONE.has(run) ||
  NOBODY_OPENING.test(run) ||
  /[了]$/u.test(run) ||
  // ("這種看法並不是表示": after a copula the verb means "mean", and no one speaks.)
  /[是]$/u.test(run) ||
  (run.length === 1 && !ZH_PRONOUNS.has(run)) ||
  // ("報告中指出", "演說中強調": in a report or a speech, whose author is the one already reported.)
  /^(?:[\p{Script=Han}]|報告|报告|演說|演说|演講|演讲|致詞|致辞|談話|谈话|講話|讲话|賀電|贺电|賀函|贺函|文告|信函|文章|專文|专文)中$/u.test(run);
/** A run opening on "at", "to", "thanks", "please", "this" or "there are" ("對這種論調", "感謝大家", "請傅縣長務必", "這項堅定的", "有人覺得"), on the speaker's own "we" ("但是我們必須要告訴…") or on "as" ("也要以三軍統帥身分"): the subject is the one already speaking. */
export const NOBODY_OPENING =
  /^(?:[在於于]|[與与和跟](?=大家|各位|民眾|民众|您|你們|你们|我們|我们)|[向](?=[\p{Script=Han}]{2})|感謝|感谢|謝謝|谢谢|[請请](?=[\p{Script=Han}]{2})|針對|针对|關於|关于|[對对](?![於于])|[這这](?![位名])|有(?=人|些|許多|许多|很多|不少)|告訴|告诉|此話|此话|甚至|不但|不僅|不仅|更是|若|如果|假如|倘若|要是|(?:但是|但|而|所以|因此)?(?:我們|我们|我|本人|咱們|咱们)|(?:也|還|还|更|並|并|則|则)?(?:要|會|会)?以(?!色列))/u;
/** The "when" closing a clause of time, inside the run ("…見面時總統"). */
export const WHEN_INSIDE = /[時时](?=[^時时]*$)/u;
/** A place, or the topic or addressee of the verb ("針對銀牌作品表示", "向社區居民表示"): the subject stands before it. */
export const PLACE_AFTER =
  /[在於于向跟對对把]|(?<![可所予加得足難难用要會会能])以(?!\d|色列|及|來|来|後|后|前|上|下|外|內|内|為|为|免|便)|(?<![女男大名老猛主愛爱小戰战武守])[將将](?![軍军領领士])|針對|针对|對於|对于|告訴|告诉/u;
/** A run that opens on a topic, a "when" or a "let" ("針對脫穎而出金牌作品表示", "當陳瑞鑫表示", "讓陳瑞鑫大喊"): its subject is before the comma, or after the first character. */
export const TOPIC_OPENING = /^(?:針對|针对|對於|对于|關於|关于)/u;
export const WHEN_OPENING = /^(?:也|還|还|更)?[當当讓让]/u;
export const LEADING =
  /^(?:(?:這|这)也?就是(?:為什麼|为什么)|引用|引述|援引|如(?![同此果何今])(?=[\p{Script=Han}]{3,})|套一句|套句|借用|借一句|(?:其中)?包括|包含|(?:[他她]們?|[他她]们|我們|我们|我)?(?:確實|确实)?(?:聽到|听到|聽見|听见|聽清楚|听清楚|看到|見到|见到)|也就是|就像|就如|一如|猶如|犹如|就是|正是|正如|誠如|诚如|如同|(?:例如|比如|譬如)(?:說|说)?|(?:學生|学生|選手|选手|民眾|民众|志工|居民)(?=[\p{Script=Han}]{2,4}(?:$|[、與与和及]))|(?:其中)?(?:就|也|還|还|更)?有(?!人|些|許多|许多|很多|不少)(?=[\p{Script=Han}]{2,4}$))/u;
/** A time or a connective opening a sentence or a subject: "本月16日", "但是", "去年5月", "而且", "因為", "日前". */
export const LEADING_TIME =
  /^(?:(?:但是|但|不過|不过|可是|然而|而且|並且|并且|所以|因此|因為|因为|因|雖然|虽然|儘管|尽管|而|是)(?=[^，,]))?(?:稍早|日前|近日|本月|上月|下月|本週|本周|上週|上周|今年|去年|明年|前年|今天|昨天|今日|昨日|目前|\d{1,4}多?年(?:前|以前|後|后|以後|以后)?|\d{1,2}月|\d{1,2}[日号])*(?:[（(]\d{1,4}[）)])?/u;
/** A courtesy title alone: "先生", "女士". */
export const TITLE_ONLY = /^(?:先生|女士|小姐|代表)$/u;
/** A conjunction before a pronoun opening a run: "而他也保證". */
export const THEN_PRONOUN = /^(?:而且|而|但是|但|並且|并且|且)(?=[他她])/u;
export const EXAMPLE_AFTER = /以[^以]{1,12}[為为]例$/u;
export const DAY_AFTER = /(?:\d{1,2}[日号]|[今昨本]日|上午|下午|晚間|晚间)+$/u;
/** Schools, hotels and firms a person is named with ("…國中楊矞菁同學", "…大飯店主廚柯秉佐"); not offices ("市長", "部長"). */
export const AFFILIATION = /国中|國中|国小|國小|高中|中学|中學|大学|大學|饭店|飯店|公司|餐厅|餐廳|事務所|事务所|基金會|基金会|協會|协会|[隊队](?![長长員员])/gu;
export const NAME_CHAR = /[\p{Script=Han}\p{L}\p{N}·・‧．˙]/u;
export const MAX_NAME = 24;

/** A single space between two Latin letters: "Ingay Tali", "Tomáš Masaryk" inside Chinese text. */
export const latinSpace = (text: string, i: number): boolean =>
  text[i] === " " && /\p{Script=Latin}/u.test(text[i - 1] ?? "") && /\p{Script=Latin}/u.test(text[i + 1] ?? "");

/** A verb or a preposition whose object a pronoun after it is: "告訴她說" (told her), "對他說". */
const OBJECT_BEFORE = /(?:告訴|告诉|[對对向跟給给讓让請请叫問问勸劝])$/u;

/** The person pronoun that ends a run of three characters or more ("沒想到她"), not the end of a word ("其他", "吉他", "利他"). */
export function pronounClosing(run: string): string | null {
  for (const p of ZH_PRONOUNS.keys())
    if (
      p !== "它" &&
      run.length > p.length + 1 &&
      run.endsWith(p) &&
      !ZH_PRONOUNS.has(run.slice(-p.length - 1)) &&
      !/[其吉利排]$/u.test(run.slice(0, -p.length)) &&
      !OBJECT_BEFORE.test(run.slice(0, -p.length))
    )
      return p;
  return null;
}

/** The pronoun that opens a run ("他還", not "他們" cut short, nor "他國", "他人"). */
export function pronounOpening(run: string): string | null {
  for (const p of ZH_PRONOUNS.keys())
    if (run.startsWith(p) && !ZH_PRONOUNS.has(run.slice(0, p.length + 1)) && !/^[国國人方]/u.test(run.slice(p.length))) return p;
  return null;
}

/** "黃偉哲娓娓述說", "總統頻頻表示": a doubled character before the verb is an adverb, not the end of a name ("林依依" and "歐陽菲菲" stay). */
export function withoutDoubled(name: string, title: RegExp | null): string {
  if (!/(\p{Script=Han})\1$/u.test(name) || KINSHIP.test(name.slice(-2))) return name;
  const rest = name.slice(0, -2);
  return rest.length >= 3 || (rest.length >= 2 && title?.exec(rest)?.index === 0) ? rest : name;
}

/** The one speaking, in the first person: "我們常說" is the words of the one the text reports. */
export const FIRST_PERSON = /^(?:我們|我们|我|本人|咱們|咱们)/u;
/** A kinship word after "的": "阿扁的太太" is the person named by it, with its "的". */
export const KINSHIP = /^(?:太太|夫人|妻子|丈夫|先生|兒子|儿子|女兒|女儿|母親|母亲|父親|父亲|媽媽|妈妈|爸爸|哥哥|姊姊|姐姐|弟弟|妹妹|爺爺|爷爷|奶奶)$/u;

/**
 * The run without a manner adverb in "…的" before the verb ("李總統登輝先生堅定的", "總統並有感而發的"): two to four characters,
 * the fewest that leave the run ending on a person's title, an adverb or a pronoun (else two).
 */
export function withoutManner(run: string): string {
  if (!/[的地]$/u.test(run) || run.length < 5) return run;
  const lex = lexiconFor("zh");
  for (let k = 2; k <= 4 && run.length - k - 1 >= 2; k++) {
    const rest = run.slice(0, run.length - k - 1);
    if (lex.personTitleEnd?.test(rest) || ADVERB_TAIL.test(rest) || pronounOpening(rest.slice(-2)) !== null) return rest;
  }
  return run.slice(0, run.length - 3);
}

/** A word that ends no name: "方法為" (the method is), "嘉許之意" (the intent of praise), whatever family name opens the run. */
const NOT_NAME_END = /(?:[\p{Script=Han}]{2,}之[\p{Script=Han}]|[為为是的了在與与和及])$/u;
/** Whether a run ends on a person's name or title (a family name and a given name, or a title), not on a function word. */
export const isPersonRun = (run: string): boolean =>
  !NOT_NAME_END.test(run) && (lexiconFor("zh").personNameEnd?.test(run) === true || TRANSLITERATED.test(run));
/**
 * A foreign name written in the characters Chinese transliterates with ("路易斯", "麥克德維特", "艾森豪"): three to six of them end
 * the run (characters rarely found together in other words; no family name opens such a name).
 */
const TRANSLITERATED =
  /(?:^|[^\p{Script=Han}]|[^斯特克爾尔維维森拉尼亞亚諾诺羅罗萊莱恩娜莉瑪玛麥麦迪奧奥瓦艾歐欧柏彼傑杰喬乔蘭兰凱凯絲丝莎薩萨卡貝贝佩菲弗哈赫霍威韋韦沃烏乌吉葛戈科柯庫库坦塔提蒂湯汤圖图頓顿梅蒙穆姆納纳妮帕皮珀琪瑞塞揚扬耶伊約约扎札澤泽詹茲兹佐路易豪拜鮑鲍畢毕博伯布達达戴黛丹杜敦芬佛蓋盖岡冈貢贡圭亨簡简肯昆朗勞劳勒蕾里琳隆魯鲁倫伦洛曼門门米莫默德普西希夫奇索蘿萝露麗丽茱娃薇奈芮格阿])[斯特克爾尔維维森拉尼亞亚諾诺羅罗萊莱恩娜莉瑪玛麥麦迪奧奥瓦艾歐欧柏彼傑杰喬乔蘭兰凱凯絲丝莎薩萨卡貝贝佩菲弗哈赫霍威韋韦沃烏乌吉葛戈科柯庫库坦塔提蒂湯汤圖图頓顿梅蒙穆姆納纳妮帕皮珀琪瑞塞揚扬耶伊約约扎札澤泽詹茲兹佐路易豪拜鮑鲍畢毕博伯布達达戴黛丹杜敦芬佛蓋盖岡冈貢贡圭亨簡简肯昆朗勞劳勒蕾里琳隆魯鲁倫伦洛曼門门米莫默德普西希夫奇索蘿萝露麗丽茱娃薇奈芮格阿]{3,6}$/u;

/** A person, or a title and a name after it: "美國總統傑佛遜". */
const titledPerson = (run: string): boolean =>
  isPersonRun(run) || [2, 3, 4].some((k) => run.length > k + 1 && lexiconFor("zh").personTitleEnd?.test(run.slice(0, -k)) === true);

/** A clause that only says where or when its subject spoke: "X（…）在首任就職演說中". */
const SETTING = /^([^，,（(「」]{2,12})(?:[（(][^）)]*[）)])?[在於于][^，,「」]{1,16}(?:中|上|時|时)$/u;
/** The length of the person a clause that only says where they spoke opens on (`clause`: that clause's text), or 0. */
export function settingSubject(clause: string): number {
  const m = SETTING.exec(clause);
  return m && titledPerson(m[1]!) ? m[1]!.length : 0;
}

/** A person, then "對" or "向" and whom the words are said to: "總統也對傅縣長…". */
const ADDRESSED = /^([^，,。、「」]{2,8}?)(?:也|還|还|則|则|並|并|亦|更|再)?[對对向]/u;
/** A clause that goes on with a list: "，以及各機關…". */
const LIST_GOES_ON = /^(?:以及|及|和|與|与|暨)/u;
/**
 * The subject of the clause ending at `to` (within `from`), when it opens on a person and whom they speak to, or null. A clause
 * that goes on with a list ("對傅縣長、…救援人員，以及各機關…說") starts at the comma before.
 */
export function addressedBy(text: string, from: number, to: number): Span | null {
  let start = Math.max(from, lastOf(text, "，,。", from, to) + 1);
  while (start > from && LIST_GOES_ON.test(text.slice(start, start + 2))) start = Math.max(from, lastOf(text, "，,。", from, start - 1) + 1);
  const m = ADDRESSED.exec(text.slice(start, to));
  // (Not a connective before the name: "而且蔡松伯還對外一再說".)
  const lead = m ? LEADING_TIME.exec(m[1]!)![0].length : 0;
  return m && to - start > m[0].length + 1 && titledPerson(m[1]!.slice(lead)) ? { start: start + lead, end: start + m[1]!.length } : null;
}

/**
 * "《華盛頓時報》總裁麥克德維特（…）代表致詞表示": a person named right after the title marks of the paper or the body they work for
 * (a family name and a given name, or a transliterated name, not a title alone) is named with it; the span from the opening mark.
 */
export function affiliatedPerson(text: string, span: Span): Span | null {
  if (text[span.start - 1] !== "》") return null;
  const run = text.slice(span.start, span.end);
  if (!isPersonRun(run) || lexiconFor("zh").personTitleEnd?.test(run) === true) return null;
  const open = text.lastIndexOf("《", span.start - 1);
  return open >= 0 && span.start - open <= 32 && !text.slice(open, span.start).includes("\n") ? { start: open, end: span.end } : null;
}

/** Where the parenthesis opened at `open` closes, before `end` (at `end - 1` if it does not). */
export function closingParen(text: string, open: number, end: number): number {
  for (let i = open + 1; i < end; i++) if (text[i] === "）" || text[i] === ")") return i;
  return end - 1;
}

/** "雷震先生", "王大明教授" opening text[from, end): a family name, one or two characters and a title after them, else null. */
export function honouredAt(text: string, from: number, end: number): Span | null {
  const lex = lexiconFor("zh");
  const run = text.slice(from, Math.min(end, from + 10));
  for (const k of [2, 3]) {
    if (lex.personNameEnd?.test(run.slice(0, k)) !== true || lex.personTitleEnd?.test(run.slice(0, k)) === true) continue;
    for (const t of [2, 3, 4]) {
      const title = lex.personTitleEnd?.exec(run.slice(0, k + t));
      if (title && title.index === k && k + t <= run.length) return { start: from, end: from + k + t };
    }
  }
  return null;
}

/** A list of people: names joined by "、" (and "與"), closed by "等人" or not: "李萬居、吳三連、郭雨新等人". */
const GROUP = /(?:(?:(?!等)[\p{Script=Han}]){2,4}、)+(?:(?!等)[\p{Script=Han}]){2,4}(?:[與与和及](?:(?!等)[\p{Script=Han}]){2,4})?(?:等人|等)?/gu;

/** The last list of two or more people's names in text[from, end) (each a family name and a given name), else null. */
export function groupBefore(text: string, from: number, end: number): Span | null {
  let found: Span | null = null;
  for (const m of text.slice(from, end).matchAll(GROUP)) {
    const names = m[0].replace(/等人?$/u, "").split(/[、與与和及]/u);
    if (names.length >= 2 && names.every((n) => n.length <= 4 && isPersonRun(n))) found = { start: from + m.index, end: from + m.index + m[0].length };
  }
  return found;
}

/** Where a sentence's subject ends: a time, a place, an adverb or a verb phrase after it ("總統今（24）日上午…", "總統除再次…"). */
export const SUBJECT_END =
  /今|昨|明天|當時|当时|早已|早就|即將|即将|本[（(]|[於于在也還还再又並并曾已將将亦則则除對对與与和都皆]|不但|不僅|不仅|首先|隨後|随后|上午|下午|晚間|晚间|致[詞辞]|[時时]|\d|主持(?!人)|出席(?!者)|[參参]加(?!者)|[參参]訪(?![團团])|接見|接见|視察|视察|巡視|巡视|拜[會会]|[會会]見|召開|召开|率[領领團团]|蒞臨|莅临|抵達|抵达|前往|出訪|出访|感謝|感谢|肯定|恭喜|歡迎|欢迎/u;

/** The attribution of a name run found before a verb (a pronoun is deferred to coreference); after a passive's "被", its agent. */
export function result(text: string, whole: Span, verb: string, rule: string): Attribution {
  // ("被衛生局稱為「…」": the agent after the passive's "被".)
  const span = text[whole.start] === "被" && whole.end - whole.start >= 3 ? { start: whole.start + 1, end: whole.end } : whole;
  const name = text.slice(span.start, span.end);
  const signals = [`reporting-verb:${verb}`];
  if (ZH_PRONOUNS.has(name)) return { speaker: null, signals, deferred: "pronoun", pronoun: name };
  return { speaker: { name, start: span.start, end: span.end }, signals: [...signals, rule] };
}

/** The press asking someone, opening a run: "媒體亦問及", "有關媒體詢及" (the one asked is the one who answers). */
const ASKED = /^(?:有關|有关|至於|至于|對於|对于)?(?:媒體|媒体|記者|记者)(?:亦|也|並|并|再|另|接著|接着)?(?:問及|问及|詢及|询及|詢問|询问|提問|提问|問|问)/u;
/** How many characters the press's question takes at the start of a run (0 when it does not open on one), leaving two at least. */
export function askedBy(run: string): number {
  const m = ASKED.exec(run);
  return m && run.length - m[0].length >= 2 ? m[0].length : 0;
}

/** A clause of purpose opening a sentence, before its subject: "為解決漁民捕魚遭干擾之問題，". */
export const PURPOSE = /^(?:為了|为了|為|为)[^，,。；;\n「」]{2,30}[，,]/u;
