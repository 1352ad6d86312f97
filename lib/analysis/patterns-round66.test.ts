// Patterns read from rounds 66 and 68 of the development corpus (issue 14: `dev66`, Presidential Office 2003–2016 and Tainan
// City Council 2021–2024 releases; `dev68`, Presidential Office 1996–1998 releases), each in a made-up text of the same shape.
import { expect, test } from "vitest";
import { quote, unitHolding } from "./pattern-helpers";

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
])("%s is check-worthy", (text, words) => {
  expect(unitHolding(text, words, "zh").checkworthy).toBeGreaterThanOrEqual(0.5);
});
