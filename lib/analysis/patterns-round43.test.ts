// Patterns read from round 43 of the development corpus (issue 14: `dev43`, French Wikinews of 2016, Chinese releases),
// each in a made-up text of the same shape.
import { describe, expect, test } from "vitest";
import { quote, quotes } from "./pattern-helpers";

describe("round 43: who speaks in French", () => {
  test("a participle right after the quotation brings its agent, the office holder named with that office", () => {
    const text =
      "Une confrontation entre le député Dominique Dord et le ministre Bernard Cazeneuve avait attiré l'attention sur la réplique ironique « C'est pas de votre faute ! » lancée par le député.";
    const q = quote(text, "fr", "C'est pas");
    expect(q.speaker).toBe("Dominique Dord");
    expect(q.signals).toContain("speaker:passive-agent");
  });
  test("a pronoun joined to the verb after the quotation speaks, not the source named after it", () => {
    const text = "Le rappeur Khaled Freak a publié une vidéo. « J'ai reçu beaucoup d'encouragements », dit-il selon Francetv info.";
    expect(quote(text, "fr", "J'ai reçu").speaker).toBe("Khaled Freak");
  });
});

describe("round 43: who speaks in Chinese", () => {
  test.each([
    // "X所說的話：「…」" after a verb of quoting and "了": the owner of the words.
    ["總統引述了西哲巴爾札克所說的話：「民主與自由的代價很高。」", "民主", "西哲巴爾札克"],
    // A quotation opening its paragraph with its own full stop, then "X說，…": X's words.
    ["議員李宗翰說，「大家都很辛苦」。\n\n「疫情讓大家必須保持距離。」衛生局主秘陳淑娟說，很感謝各單位。", "疫情", "衛生局主秘陳淑娟"],
    // The agent of a passive after "被", without "內部".
    ["專線由專人接聽，其中，被衛生局內部稱為「這是一支必須接起的電話」。", "這是", "衛生局"],
    // A verb inside a clause of time is not the quotation's: the paragraph's speaker.
    ["衛生局表示，民眾通常很緊張，聽到民眾在電話掛斷前說聲感謝時，「第一線人員都會覺得值得」。", "第一線", "衛生局"],
  ])("%s", (text, words, speaker) => {
    expect(quote(text, "zh", words).speaker).toBe(speaker);
  });
});

describe("round 43: Chinese titles", () => {
  test("quotations listed, then closed by 等 and the kind of thing they name, are names", () => {
    const text = "智慧城市辦公室率先創設「健康共照雲」、「台南快疫通」、「台南宅照護」等便民系統。";
    expect(quotes(text, "zh").map((q) => q.kind)).toEqual(["title", "title", "title"]);
  });
  test.each([
    ["紙風車劇團開始發起「技術人才進修班」。", "技術"],
    ["話機貼著5個大字「消防局專線」。", "消防局"],
  ])("%s", (text, words) => {
    expect(quote(text, "zh", words).kind).toBe("title");
  });
});
