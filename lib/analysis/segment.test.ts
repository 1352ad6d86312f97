import { describe, expect, test } from "vitest";
import { findQuotes } from "./quotes";
import { splitParagraphs, splitSentences } from "./segment";

function sentences(text: string, language = "en"): string[] {
  const paragraphs = splitParagraphs(text);
  return splitSentences(text, paragraphs, language, findQuotes(text, paragraphs)).map((s) => text.slice(s.start, s.end));
}

describe("splitSentences", () => {
  test.each([
    [
      "abbreviations and initialisms",
      "He met Mr. Smith on Mar. 19 in the U.S. Army base. Then he left.",
      ["He met Mr. Smith on Mar. 19 in the U.S. Army base.", "Then he left."],
    ],
    ["a date with an abbreviated month", "It happened on Sept. 11, 2001. Everyone remembers.", ["It happened on Sept. 11, 2001.", "Everyone remembers."]],
    ["an initialism that ends a sentence", "The U.S. economy grew 3% in 2023. The U.K. did not.", ["The U.S. economy grew 3% in 2023.", "The U.K. did not."]],
    ["an initial before a pronoun", "Dr. Who met Prof. X. He left.", ["Dr. Who met Prof. X.", "He left."]],
    [
      "an ellipsis inside a closing quote",
      "She wrote: “Russia remains a threat…” The press secretary spoke.",
      ["She wrote: “Russia remains a threat…”", "The press secretary spoke."],
    ],
    ["ellipses and a one-word answer", "Wait... what? No. All we see is this.", ["Wait... what?", "No.", "All we see is this."]],
    ["a quote that continues its sentence", "“It is bad. It is worse,” he said. And then.", ["“It is bad. It is worse,” he said.", "And then."]],
    ["dashes", "The plan — as announced — failed. Next one.", ["The plan — as announced — failed.", "Next one."]],
    [
      "a stray line break mid-sentence",
      "Beijing also strongly condemned\nthe authors of the statement. Next.",
      ["Beijing also strongly condemned\nthe authors of the statement.", "Next."],
    ],
    [
      "a heading and a one-line lede",
      "Breaking News\nThe minister resigned on Monday.\nMore follows.",
      ["Breaking News", "The minister resigned on Monday.", "More follows."],
    ],
    ["a quote ending in a question", "“Who is it?” she asked. Nobody knew.", ["“Who is it?” she asked.", "Nobody knew."]],
    ["a lone ellipsis between sentences", "Over the past 10 years. … We strictly warn them.", ["Over the past 10 years. …", "We strictly warn them."]],
    [
      "French spaced guillemets",
      "Le ministre a dit : « Nous sommes prêts. » Puis il est parti.",
      ["Le ministre a dit : « Nous sommes prêts. »", "Puis il est parti."],
    ],
  ])("%s", (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  test.each([
    ["ru", "Президент заявил: «Мы готовы к диалогу». Затем он уехал в Москву.", ["Президент заявил: «Мы готовы к диалогу».", "Затем он уехал в Москву."]],
    ["zh", "他说：“我们准备好了。”然后他离开了。这是第三句。", ["他说：“我们准备好了。”", "然后他离开了。", "这是第三句。"]],
    ["ja", "東京で「会議は成功した」と述べた。次の文。", ["東京で「会議は成功した」と述べた。", "次の文。"]],
  ])("language %s", (language, text, expected) => {
    expect(sentences(text, language)).toEqual(expected);
  });

  test("a very long paragraph is segmented in chunks, with every character covered", () => {
    const text = "word ".repeat(5000) + "end.";
    const spans = splitSentences(text, splitParagraphs(text), "en");
    expect(spans[0]!.start).toBe(0);
    expect(spans.at(-1)!.end).toBe(text.length);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(6000);
  });
});

describe("splitParagraphs", () => {
  test.each([
    ["line breaks", "One.\nTwo.\n\nThree.", 3],
    ["a broken line joins its paragraph", "Beijing also strongly condemned\nthe authors.", 1],
    ["a line ending on a function word joins", "The treaty was signed by\nVladimir Putin.", 1],
    ["whitespace only", "  \n \n", 0],
  ])("%s", (_name, text, count) => {
    expect(splitParagraphs(text)).toHaveLength(count);
  });

  test("a short line without final punctuation before more text is a heading", () => {
    expect(splitParagraphs("Breaking News\nThe minister resigned.").map((p) => p.heading)).toEqual([true, false]);
  });
});
