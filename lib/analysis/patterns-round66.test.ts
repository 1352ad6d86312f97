// Patterns read from rounds 66–72 of the development corpus (issue 14: `dev66`, Presidential Office 2003–2016 and Tainan City
// Council 2021–2024 releases; `dev68`, Presidential Office 1996–1998; `dev70`, Tainan City Government 2019–2020 and Presidential
// Office 2014; `dev72`, Tainan City Government 2024 and Presidential Office 2010–2011), each in a made-up text of the same shape.
import { expect, test } from "vitest";
import { quote, quotes, unitHolding } from "./pattern-helpers";

test.each([
  // A pronoun right before the verb is its subject, whatever stands before it ("沒想到她說").
  ["林主席表示：「今天休會。」議員們詢問原因，沒想到她說「我不能再讓步」，大家都很意外。", "我不能", "林主席"],
  // "就X所說「…」": the words X said (speech, not a name inside the sentence).
  ["副總統致詞時，並就李總統所說「民主是台灣的路」的意義加以說明。", "民主", "李總統"],
  // A clause of time after a comma opens on its own subject: "總統昨日接見選手時表示".
  ["部長致詞表示，總統昨日接見選手時表示，「你們是國家的驕傲」，令人感動。", "你們", "總統"],
  // The sentence's subject without the adverbs before its verb ("總統特別強調").
  ["總統特別強調，宣布推動年金改革，是「我們最重要的責任」，不會退縮。", "我們最", "總統"],
  // After a copula the verb means "mean": "這種看法並不是表示" names no speaker.
  ["總統也指出，但這種看法並不是表示，年輕人不必努力，「換句話說，努力才有未來。」", "換句話說", "總統"],
  // A negated verb is no act of speech: "不願承認".
  ["總統指出，對岸當局不願承認我們的存在，「這種情形下，談判並不可能。」", "這種情形", "總統"],
  // A run before the comma that ends on its own verb: "總統強調，對於對岸稱「…」是「…」".
  ["總統強調，對於對岸稱「一個中國」是「中華人民共和國」，我們不能接受。", "中華人民", "總統"],
  // 盛讚 (praised) and 放話 (declared) are verbs of speech.
  ["夏主席盛讚台灣的成就乃是「奇蹟中的奇蹟」，令人感動。", "奇蹟中", "夏主席"],
  ["主席林易瑩放話「我不能夠比前任寬鬆」，議員們很不滿。", "我不能夠", "主席林易瑩"],
  // Round 70: a quotation opening its paragraph is the words of the one the paragraph before reports.
  ["黃偉哲進一步指出，現在，旅遊平台就是那個對的人。\n\n「因為阿伯喜歡的遊程跟辣妹喜歡的遊程不一樣。」", "因為阿伯", "黃偉哲"],
  // 舉例 (giving an example) between the subject and the verb; "而" before the subject.
  ["黃偉哲舉例子說明，「我們過去的遊程都很受歡迎。」", "我們過去", "黃偉哲"],
  ["林市長表示，學校很重要；而趙校長則強調學校環境由「零拒絕邁向完全接受」，讓大家受益。", "零拒絕", "趙校長"],
  // The verb of describing first: "形容這是「…」" (the describer's word, though the text goes on to use it as a name).
  ["總統形容這是「英雄麵」，向防疫英雄致敬。「英雄麵」已在全台上架，「英雄麵」很好吃。", "英雄麵", "總統"],
  // …and leads into the quotation, so no verb after it takes over; the words right after a quotation that ends no sentence
  // are no sentence's subject ("「英雄麵」特向…致敬，祝福…「…」" goes on with the one who spoke).
  ["總統還親臨會場致贈100組麵，形容這是「英雄麵」特向防疫英雄致敬，祝福防疫工作「面面俱到」。", "英雄麵", "總統"],
  ["總統還親臨會場致贈100組麵，形容這是「英雄麵」特向防疫英雄致敬，祝福防疫工作「面面俱到」。", "面面俱到", "總統"],
  // Round 72: "有人覺得" (someone feels) names no one, and 雖然 (although) opens a clause before its subject.
  ["總統說，衛生署此次的處理情形可謂「中規中矩、可圈可點」，雖然有人說處理得不夠快，但已經盡力。", "中規中矩", "總統"],
  // Round 74 (checking the rules above on fresh text): "就像X所說的" is "just like", not "regarding".
  ["總統提到，就像衛福部長薛瑞元所說的，「久叩不進難免失落，但不放棄」，我們會持續努力。", "久叩", "衛福部長薛瑞元"],
  // Round 74: "如同X所說的" (as X said); 講到 (spoke of) is a verb of speech; the subject a clause of time before the comma opens
  // on ("陳文成博士當時被約談時，不斷強調「…」").
  ["我們更應該團結在一起，如同總統所說的：「臺灣的過去式，不該是香港的現在式。」", "臺灣的過去", "總統"],
  ["會中，郭創辦人講到「全島一命」，劉董事長講到「團結合力」。", "團結", "劉董事長"],
  ["副總統也提到，陳文成博士當時被警總約談時，不斷強調「我支持民主」。", "我支持", "陳文成博士"],
  // "X以「…」的話，來形容": the words X describes with.
  ["訪問團長曾引述王市長以「雨過天青」的話，來形容兩市關係。", "雨過天青", "王市長"],
])("%s", (text, words, speaker) => {
  const q = quote(text, "zh", words);
  expect(q.kind).toBe("speech");
  expect(q.speaker).toBe(speaker);
});

test("the clause of time's subject carries its own signal", () => {
  expect(quote("部長致詞表示，總統昨日接見選手時表示，「你們是國家的驕傲」。", "zh", "你們").signals).toContain("speaker:clause-subject");
});

test.each([
  // Who holds which office (a title before a person's name), and attending: "秘書長黃昆輝也在座".
  ["總統府秘書長黃昆輝也在座。", "在座"],
  // Hosting is an event: "招待僑胞代表".
  ["總統在茶會中親自招待僑胞代表。", "招待"],
  // A rhetorical question's amounts can still be checked (dev66): "…虧損就5460億元，這樣還叫便宜嗎？".
  ["興建核四要2800億元，光2021到2022年兩年間虧損就5460億元，這樣還叫便宜嗎？", "5460億元"],
  ["Building the plant cost 280 billion dollars, and it lost 546 billion dollars in 2021 and 2022 alone, so how can anyone call it cheap?", "546"],
])("%s is check-worthy", (text, words) => {
  expect(unitHolding(text, words, /[a-z]/.test(text) ? "en" : "zh").checkworthy).toBeGreaterThanOrEqual(0.5);
});

test.each([
  // Round 70: systems are named by 制度 or 制 ("觀審制", "法官評鑑制度"); round 66: after 所謂 (so-called), a scare quote.
  ["總統表示，司法院正推動「觀審制」，也檢討「法官評鑑制度」的成效。", "觀審制", "title"],
  ["司法院積極建構「人民觀審制度」與健全法官人事制度。", "人民觀審", "title"],
  ["副總統指出，這證明中共所謂「港人治港、一國兩制」的承諾是騙人的。", "港人治港", "scare"],
  // Round 72: a name in Latin letters only ("@onefive", "One Stop Service"); a long quotation with a comma that names a plan.
  ["醫院推出「One Stop Service」（一站式）及「Seamless Service」（無縫式）的醫療服務。", "Seamless", "title"],
  ["演唱會明天舉行。\n\n「@onefive」成員們表示很期待。", "@onefive", "title"],
  ["安南國中以「安中悅讀，樂活台江」方案獲獎，校長很開心。", "安中悅讀", "title"],
  // (A Latin sentence stays words someone says.)
  ["他在演講最後以英文說：「Together, we can make it.」", "Together", "speech"],
])("%s: %s is a %s quotation", (text, words, kind) => {
  expect(quote(text, "zh", words).kind).toBe(kind);
});

test("a name someone coins stays a name where the text uses it again", () => {
  const kinds = quotes("總統形容這是「英雄麵」，向防疫英雄致敬。「英雄麵」已在全台上架，「英雄麵」很好吃。", "zh").map((q) => q.kind);
  expect(kinds).toEqual(["speech", "title", "title"]);
});

test("a pronoun after a verb of telling is its object, never the speaker (告訴她說)", () => {
  const q = quote("總統致詞時表示，她到瓜地馬拉訪問，賈麥岱總統熱情地接待訪團，告訴她說「瓜地馬拉是你們的家」。", "zh", "瓜地馬拉");
  expect(q.speaker).not.toMatch(/告訴|^她$/u);
  expect(q.signals.some((x) => /^speaker:(?:pronoun|paragraph-topic)/u.test(x))).toBe(false);
});
