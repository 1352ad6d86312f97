// Patterns read from round 47 of the development corpus (issue 14: `dev47`, Chinese releases of 2013–2024 where several
// people speak), each in a made-up text of the same shape.
import { describe, expect, test } from "vitest";
import { quote } from "./pattern-helpers";

describe("round 47: who speaks in Chinese", () => {
  test.each([
    // A verb right before a quotation leads it in; the next person's "X說" after it belongs to the next quotation.
    ["德高國小表示，遊戲場很受歡迎，書函同學說，「我最喜歡大轉盤」；祥凱同學說，「每一個都很好玩」。", "我最喜歡", "書函同學"],
    ["德高國小表示，遊戲場很受歡迎，書函同學說，「我最喜歡大轉盤」；祥凱同學說，「每一個都很好玩」。", "每一個", "祥凱同學"],
    // A pronoun after "而" is the subject.
    ["市長黃偉哲說，「歡迎大家」，而他也保證美食值回票價，呼籲民眾「就是要來台南報到」。", "就是要來", "市長黃偉哲"],
    // The one quoted after a verb of quoting, past the parenthesis and "所".
    ["總統也引用美國學者隆‧克拉克（Ron Clark）所說：「優秀是教出來的」，強調教育的重要。", "優秀", "美國學者隆‧克拉克"],
    // 祝 (to wish) reports words.
    ["總統今日出席表揚大會，感謝得獎者的貢獻，並祝教師們「教師節快樂」。", "教師節", "總統"],
  ])("%s", (text, words, speaker) => {
    expect(quote(text, "zh", words).speaker).toBe(speaker);
  });
  test("a pronoun in a paragraph opening on a described person stands for that person, up to a verb of thanks", () => {
    const text =
      "市長黃偉哲說，「歡迎大家」。\n\n市長黃偉哲感謝公視帶入台南美食，他開心歡迎並表示「有心來了，就多住兩天」。\n\n特別南下的蔡淑臻也感謝市府協助，她表示碗粿「真的好吃極了」。";
    expect(quote(text, "zh", "真的").speaker).toBe("蔡淑臻");
  });
  test("a quotation standing alone after a sentence of its paragraph is the words of the person that sentence opens on", () => {
    const text = "總統說，選手們表現很好。\n\n最後，總統再次向代表團成員表達感謝及恭喜。「各位選手、各位教練，謝謝你們！」";
    const q = quote(text, "zh", "各位選手");
    expect(q.speaker).toBe("總統");
    expect(q.signals).toContain("speaker:previous-sentence");
  });
  test("a short quotation a verb or an adverb goes on from is the words of the sentence's speaker", () => {
    const q = quote("黃偉哲說，來到台南市的民眾與「餓」沒有距離，一定可以吃好吃滿。", "zh", "餓");
    expect(q.kind).toBe("speech");
    expect(q.speaker).toBe("黃偉哲");
  });
});
