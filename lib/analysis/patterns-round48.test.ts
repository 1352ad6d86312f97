// Patterns read from round 48 of the development corpus (issue 14: `dev48`, Tainan and Presidential Office releases of
// 2009–2022 and a French Wikinews report), each in a made-up text of the same shape.
import { describe, expect, test } from "vitest";
import { quote, quotes } from "./pattern-helpers";

describe("round 48: who speaks in Chinese", () => {
  test.each([
    // After a semicolon, "Y表示，「…」" leads on to the next quotation: the first is the words of the one before it.
    ["工會王大明理事長首先發言稱讚，「市長很用心」；總工會李小華秘書長表示，「防疫做得好」。", "市長很用心", "工會王大明理事長"],
    ["工會王大明理事長首先發言稱讚，「市長很用心」；總工會李小華秘書長表示，「防疫做得好」。", "防疫做得好", "總工會李小華秘書長"],
    // "與其說是…，不如說是…" (rather than saying … say …) names nobody: the one who spoke before it says both.
    ["研考會陳美玲主委指出，與其說是「招募青年」，不如說是「向青年學習」。", "招募青年", "研考會陳美玲主委"],
    ["研考會陳美玲主委指出，與其說是「招募青年」，不如說是「向青年學習」。", "向青年學習", "研考會陳美玲主委"],
    // The agent of a passive naming verb gave the quoted name ("被…稱為「…」的高先生").
    ["陳同學則說，希望多對話。最後，被林志明市長稱為「老街幫幫主」的高先生提到，在台南生活了十年。", "老街幫幫主", "林志明市長"],
    // The words someone exhorts others with ("以「…」期勉").
    ["總統強調，政府不能置身事外。\n\n總統也以「失敗教導我們走向成功。」期勉各得獎同學們越挫越勇。", "失敗教導", "總統"],
    // "for example" before the speaker and the adverb "即" before the verb are not part of the name.
    ["總統也認為，例如大陸作家王小二即認為「簡化字是漢字的山寨版」，因為簡化字不是主流。", "簡化字", "大陸作家王小二"],
    // Adverbs alone ("當時也曾當面建議") name nobody: the paragraph's speaker goes on.
    ["總統說，他是經常使用中文的人，當時也曾當面建議微軟高層將標示改為「正體字」，「因為這些字一點都不繁」。", "因為這些字", "總統"],
  ])("%s", (text, words, speaker) => {
    expect(quote(text, "zh", words).speaker).toBe(speaker);
  });
  test.each([
    // A quoted proposal named as such ("「…」的主張") and a dictionary's name are titles.
    ["他也發現大陸的學者也提出「識繁書簡」的主張。", "識繁書簡"],
    ["總統也提到兩岸合編「中華大辭典」的競選政見。", "中華大辭典"],
    // A talk, a program and a website named by the word before them.
    ["他曾到公司對員工演講「為正體字請命」，反應熱烈。", "為正體字請命"],
    ["他建議將電腦軟體「視窗(Windows)」上面的標示改為正體字。", "視窗"],
    ["據大陸網站「搜狐網」的民調，多數人反對。", "搜狐網"],
  ])("%s", (text, words) => {
    expect(quote(text, "zh", words).kind).toBe("title");
  });
  test("a short quotation the text repeats three times is a name, each time", () => {
    const text =
      "總統說，他建議推動「識正書簡」，卻被誤會為要提倡簡體字。總統說，「識正書簡」是對中國大陸說的。\n\n總統強調，他向大陸建議推動「識正書簡」，這是很大的誤解。";
    const kinds = quotes(text, "zh").map((q) => [q.kind, q.signals[0]]);
    expect(kinds).toEqual([
      ["title", "quote-kind:repeated-name"],
      ["title", "quote-kind:named-before"],
      ["title", "quote-kind:named-before"],
    ]);
    // Twice is not enough: a speaker's words may be quoted twice.
    expect(quote("總統說，他主張「廢簡」。有人支持「廢簡」。", "zh", "廢簡").kind).not.toBe("title");
  });
  test("a quotation opening its paragraph, with a quotation nested at its start, is the words of the one named after it", () => {
    const text = "黃偉哲表示，蔡總統說過「生醫產業是關鍵力量」。\n\n「『創兆』新紀元就從2022年的台南開始！」黃偉哲說，南科營業額破兆元。";
    expect(quote(text, "zh", "『創兆』").speaker).toBe("黃偉哲");
  });
});

describe("round 48: French bodies named with two complements", () => {
  test("a body's name goes on through \"et d'…\" after its first complement", () => {
    const q = quote(
      "Selon la chambre de Commerce et d’industrie de Paris Ile-de-France, 144 entreprises ont été touchées (magasins « pillés »).",
      "fr",
      "pillés",
    );
    expect(q.speaker).toBe("chambre de Commerce et d’industrie de Paris Ile-de-France");
  });
  test('"Pour le ministre de l\'Économie et des Finances X" names X, not a person named after it', () => {
    const q = quote(
      "Pour le ministre de l'Économie et des Finances Michel Sapin, cependant, Emmanuel Macron et son cabinet « sont totalement hors de cause ».",
      "fr",
      "sont totalement",
    );
    expect(q.speaker).toBe("Michel Sapin");
  });
});
