// Patterns read from round 47 of the development corpus (issue 14: `dev47`, Chinese releases of 2013–2024 where several
// people speak), each in a made-up text of the same shape.
import { describe, expect, test } from "vitest";
import { quote, unitHolding } from "./pattern-helpers";

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
  test("after a quotation opening its paragraph, the person opening the clause before the comma and the verb", () => {
    const text = "市長黃偉哲表示：「恭喜大家。」\n\n「我也可以有一點小小成就！」門將張明哲獲獎後充滿喜悅，表示想要跟家人分享。";
    expect(quote(text, "zh", "我也可以").speaker).toBe("門將張明哲");
  });
  test("a quotation standing alone after a sentence of its paragraph is the words of the person that sentence opens on", () => {
    const text = "總統說，選手們表現很好。\n\n最後，總統再次向代表團成員表達感謝。「各位選手、各位教練，謝謝你們！」";
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

describe("round 47: Chinese titles and what can be checked", () => {
  test.each([
    // "我國" opens a name, not words in the first person.
    ["蔡英文總統今日接見「我國參加『第19屆杭州亞洲運動會』代表團」。", "我國"],
    // A company before an office, an invention, a school's motto after a colon, events and maps by their last words.
    ["總統也談到，「上銀科技」董事長卓永財上午出席典禮。", "上銀"],
    ["葉佳瑋等4名同學發明「透明冰箱」，可以省電。", "透明"],
    ["校長向所有學生闡述該校校訓：「敦品勵學、愛國愛人」。", "敦品"],
    ["市府舉辦「暴走女外科台南美食見面會」。", "暴走"],
    ["詳細內容已經公布在「台南旅遊網」。", "台南"],
  ])("%s", (text, words) => {
    expect(quote(text, "zh", words).kind).toBe("title");
  });
  test.each([["總統府秘書長蔣彥士、副秘書長邱進益在場作陪。", "作陪"]])("%s", (text, words) => {
    expect(unitHolding(text, words, "zh").checkworthy).toBeGreaterThanOrEqual(0.5);
  });
});
