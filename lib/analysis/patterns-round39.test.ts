// Patterns read from round 39 of the development corpus (issue 14: `dev39`, Chinese releases of 2016–2026), each in a
// made-up text of the same shape.
import { describe, expect, test } from "vitest";
import { quote, unitHolding } from "./pattern-helpers";

describe("round 39: who speaks in Chinese", () => {
  test.each([
    // 笑說 is a verb of speech; "也讓…賽後" opens on "let" after an adverb and ends on a time.
    ["「我想再拚一次，」方小靈笑說：「希望明年更好。」", "希望", "方小靈"],
    ["方小靈奪金，也讓臺南女將賽後直呼：「真的很震撼！」", "真的", "臺南女將"],
    // A description before "的" opening the sentence: the person after it.
    ["曾是橄欖球員的體育局長陳大乾則表示，草皮很安全，並指出：「球員不會受傷。」", "球員", "體育局長陳大乾"],
    // (After a semicolon the clause's own subject speaks: round 56.)
    ["曾是橄欖球員的體育局長陳大乾則表示，草皮很安全；陳大乾也強調品質無虞，指出：「球員不會受傷。」", "球員", "陳大乾"],
    // A run opening on the speaker's own "we" goes on with the paragraph's speaker.
    ["總統說，政府只是撤銷了一個罪名。但是我們必須要告訴所有的受難者，「你們沒有犯罪」。", "你們", "總統"],
    // "跟" brings whom it was said to; the subject is before it.
    ["最後，總統也跟所有的前輩、家屬以及參與的朋友們說：「大家都辛苦了」。", "大家", "總統"],
    // A clause of time with no subject goes on with the one who spoke last.
    ["蔡大文總統說：「謝謝大家。」\n\n隨後致詞時表示，她今天很感激，「口罩就是首當其衝的一件事情」。", "口罩", "蔡大文總統"],
  ])("%s", (text, words, speaker) => {
    expect(quote(text, "zh", words).speaker).toBe(speaker);
  });
});

describe("round 39: what can be checked in Chinese", () => {
  test.each([
    // An event verb of research and a person's title as its agent.
    ["陳院士研發出罕見疾病新藥，拯救全球無數病患的生命。", "研發"],
    // A counted number with the measure word 段, and an event.
    ["總統朗讀了書中三段精彩文章段落。", "三段"],
  ])("%s", (text, words) => {
    expect(unitHolding(text, words, "zh").checkworthy).toBeGreaterThanOrEqual(0.5);
  });
});

describe("round 39: French bodies", () => {
  test("a lower-case body (la municipalité) is the subject of its verb of speech", () => {
    const text =
      "Des élus, comme Pascal Julien, craignent une « forteresse ».\n\nLa municipalité, quant à elle, justifie, dans un communiqué, que « notre volonté est d'aboutir ».";
    expect(quote(text, "fr", "notre volonté").speaker).toBe("municipalité");
  });
});
