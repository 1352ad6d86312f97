// Patterns read from round 62 of the development corpus (issue 14: `dev62`, Tainan City Council 2022 and Presidential Office
// 2008–2011 releases), each in a made-up text of the same shape.
import { expect, test } from "vitest";
import { quote, unitHolding } from "./pattern-helpers";

test.each([
  // A time or a connective before the subject, and 竟然 (even) after it, are not part of the name.
  ["林燕祝表示，她質詢後，而且蔡松伯還對外一再說郭金棟處理事情很「專業」。", "專業", "蔡松伯"],
  ["沒想到，今天衛生局竟然表示「考量到集中施打的不便，還是請家長帶孩子去診所」。", "考量", "衛生局"],
  ["蔡旺詮指出，針對自籌款比例過低的部分，市府竟然回應：「將持續辦理各項開源措施。」", "將持續", "市府"],
  // 致函 (wrote to) between the subject and the verb.
  ["許多國際領袖均視臺灣為燈塔，美國前總統布希亦曾致函稱許臺灣是「亞洲與世界的民主燈塔」。", "亞洲", "美國前總統布希"],
  // A pronoun before "在…中": the pronoun, not the place.
  ["總統說，文化很重要。他在競選的文化白皮書中主張，要「文化治國」。", "文化治國", "總統"],
  // "X顯然是Y所說的「…」": in the words of Y.
  ["李議員說，朱立倫顯然是蘇貞昌所說的「附和境外勢力」。", "附和", "蘇貞昌"],
  // "因為他認為": the pronoun after "because".
  ["總統說，教育經費不僅沒有減少，反而增加。因為他認為「窮不能窮教育，苦不能苦孩子」。", "窮不能", "總統"],
])("%s", (text, words, speaker) => {
  expect(quote(text, "zh", words).speaker).toBe(speaker);
});

test.each([
  // Reports, disasters and taxes by their last word; what a lecture is on; a long name with no clause in it on a two-character
  // head word; a press conference's name, clauses and all.
  ["該公司最新公布2011年第2次「投資環境風險評估報告」，我國排名第三。", "投資環境"],
  ["總統說，近日發生「八八水災」，凸顯許多環境上的問題。", "八八水災"],
  ["政府開徵奢侈稅，也就是「特種貨物及勞務稅」，以抑制房價。", "特種貨物"],
  ["特別邀請傅佩榮教授講述「儒家與現代人生」，希望廣為宣揚。", "儒家與"],
  ["今年7月8日公布「學校法人及其所屬私立學校教職員退休撫卹離職資遣條例」，保障教師權益。", "學校法人"],
  ["蔡旺詮議員「老師要認錯道歉，政府要承擔責任—杜絕性侵害，從不體罰開始」記者會", "老師要"],
])("%s", (text, words) => {
  expect(quote(text, "zh", words).kind).toBe("title");
});

test.each([
  // "About so many" (十餘位, 300多年) and fractions (四分之三) are measured amounts.
  ["經過一年半的調查，總共有十餘位畢業生出面指控。", "十餘位"],
  ["此理想目前已落實四分之三。", "四分之三"],
  ["台南的孔廟已經有300多年的歷史。", "300多年"],
])("%s", (text, words) => {
  const u = unitHolding(text, words, "zh");
  expect(u.checkworthy).toBeGreaterThanOrEqual(0.5);
  expect(u.signals).toContain(`checkable:quantity:${words}`);
});
