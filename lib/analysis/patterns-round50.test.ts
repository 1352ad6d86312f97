// Patterns read from round 50 of the development corpus (issue 14: `dev50`, Tainan releases of 2020 and Presidential Office
// statements of 2003–2008), each in a made-up text of the same shape.
import { describe, expect, test } from "vitest";
import { quote } from "./pattern-helpers";

describe("round 50: who speaks in Chinese", () => {
  test.each([
    // A press release goes on reporting the one an earlier sentence of its paragraph reports.
    ["陳總統今天發表談話。總統表示，教宗是和平的守護者。台灣願意扮演「國際秩序忠誠的捍衛者」與「民主和平的支持者」。", "國際秩序", "總統"],
    // The one between "對(於)" and "所" is the agent of the verb: the words are that person's.
    ["總統同時強調，對於教宗所揭櫫「和平之四大支柱：真理、正義、仁愛、自由」，他表達高度認同。", "和平之四大支柱", "教宗"],
    ["信中特別表達阿扁對教宗所揭櫫「和平之四大支柱：真理、正義、仁愛、自由」的高度認同。", "和平之四大支柱", "教宗"],
    // A run opening on 甚至 (even) names nobody: the sentence's subject speaks ("不但" ends that subject).
    ["吳先生不但一人扛起家中重擔，從未流露出任何的無奈與抱怨，甚至開朗樂觀的說：「既然遇到了，那就面對。」", "既然遇到了", "吳先生"],
    // A name after "… years ago" ("2500年前孟子告訴").
    ["總統最後並以2500年前孟子告訴齊宣王「唯仁者，以大事下」的故事強調和平。", "唯仁者", "孟子"],
    // 云 and 曰 report sayings; "堪稱" is not "稱"; one character other than a pronoun names nobody.
    ["俗諺云：「百善孝為先，論心不論跡。」即說明孝順的重要。", "百善孝為先", "俗諺"],
    ["台南市長黃偉哲聽聞馬上表示：「發票登錄了沒？」", "發票登錄", "台南市長黃偉哲"],
  ])("%s", (text, words, speaker) => {
    expect(quote(text, "zh", words).speaker).toBe(speaker);
  });
  test('a single character before the verb after a quotation names nobody ("，來強調")', () => {
    const q = quote("他並引用一句話，「人民的信賴是政府最重要的資產」，來強調清廉的重要性。", "zh", "人民的信賴");
    expect(q.speaker).not.toBe("來");
  });
  test('a noun the quotation describes ("「…」的故事強調") is not the next quotation\'s speaker', () => {
    const q = quote("總統說，和平很重要，他以孟子告訴齊宣王「唯仁者，以大事下」的故事強調，「兩岸領導人已有不同的視野」。", "zh", "兩岸領導人");
    expect(q.speaker).not.toBe("故事");
  });
  test('"堪稱" (can be called) is not a verb of speech', () => {
    const q = quote("黃偉哲說，歡迎大家。\n\n婁峻碩堪稱音樂節的模範生，他說：「我會再來台南」。", "zh", "我會再來");
    expect(q.speaker).not.toBe("婁峻碩堪");
  });
});
