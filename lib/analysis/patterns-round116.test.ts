// Patterns read from rounds 116 and 118 of the development corpus (issue 14: `dev116`, `dev118`, Presidential Office 2009, 2011,
// 2021 and 2022 releases), each in a made-up text of the same shape.
import { describe, expect, test } from "vitest";
import { quote } from "./pattern-helpers";

describe("round 116: speakers", () => {
  test.each([
    // "如X所說": in the words of X.
    ["總統表示，預防犯罪可以減少社會成本，如古人所說「防患未然勝於亡羊補牢」，這道理非常重要。", "防患未然", "古人"],
    // The one seen or heard praising: the subject of the verb after "她看到".
    ["總統說，她看到臺中市張大明市長及彰化縣李小華縣長前幾天都稱讚這個工程是「抗旱的生命線、及時雨」。", "抗旱的生命線", "臺中市張大明市長及彰化縣李小華縣長"],
    // Words said in a language are speech, the speaker's.
    ["總統接見帛琉總統。\n\n惠普斯總統首先以帛琉語「Alii」向大家問候，並表達感謝。", "Alii", "惠普斯總統"],
  ])("%s", (text, words, speaker) => {
    expect(quote(text, "zh", words).speaker).toBe(speaker);
  });
  test("a verb after a quotation that goes on to 'this' comments on the words: the speaker before them says them", () => {
    const text = "總統強調，政府的政策是「先易後難」，使兩岸發展的速度「不快不慢」，目前多數民眾認為這是適當的速度。";
    expect(quote(text, "zh", "不快不慢").speaker).toBe("總統");
  });
});

describe("round 116: names of things", () => {
  test.each([
    // A list one of whose later items is a name by its head word; an exhibition.
    ["他在市長任內所推動的「治安守護者」、「鷹眼專案」等也都發揮效果。", "治安守護者"],
    ["總統致詞時表示，去年，「台北國際食品系列展」克服疫情困難，順利開展。", "台北國際食品"],
  ])("%s", (text, words) => {
    expect(quote(text, "zh", words).kind).toBe("title");
  });
  test("a verb ending on 展 is no name's head", () => {
    expect(quote("總統強調，政府會支持「產業轉型發展」，照顧中小企業。", "zh", "產業轉型").kind).not.toBe("title");
  });
});

describe("round 116: clauses held inside a sentence", () => {
  test.each([
    // A negation, a copula, a modal or "重於" inside makes the words a clause someone says, not a name set inside the sentence.
    ["總統強調，八八水災的經驗顯示「防災重於救災」的重要性，大家要提高警覺。", "防災重於救災"],
    ["有關媒體報導，王市長對此回應「笑笑就好」一事，總統表示尊重。", "笑笑就好"],
  ])("%s", (text, words) => {
    expect(quote(text, "zh", words).kind).toBe("speech");
  });
});
