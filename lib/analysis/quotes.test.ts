import { describe, expect, test } from "vitest";
import { analyze } from "./index";
import { findQuotes } from "./quotes";
import { splitParagraphs } from "./segment";

function quoted(text: string): string[] {
  return findQuotes(text, splitParagraphs(text)).map((q) => text.slice(q.start + 1, q.end - 1));
}

describe("findQuotes", () => {
  test.each([
    ["curly double quotes", "He said: “We are ready.” Then he left.", ["We are ready."]],
    ["straight double quotes", 'He said: "We are ready." Then "more" came.', ["We are ready.", "more"]],
    ["guillemets", "Il a dit : « Nous sommes prêts. »", [" Nous sommes prêts. "]],
    ["German low-high quotes", "Er sagte: „Wir sind bereit.“ Dann ging er.", ["Wir sind bereit."]],
    ["corner brackets", "他说「我们准备好了」。", ["我们准备好了"]],
    ["Russian nested quotes", "Он сказал: «Это „план“ провалился».", ["Это „план“ провалился"]],
    ["nested single quotes belong to the quotation", "They said: “A ‘threat,’ they called it.”", ["A ‘threat,’ they called it."]],
    ["apostrophes are not quotes", "“The bloc’s plans and the Allies’ security” matter.", ["The bloc’s plans and the Allies’ security"]],
    ["a quotation spanning sentences", "X stated: “One. Two. Three.” Done.", ["One. Two. Three."]],
    ["an unbalanced opener stays in its paragraph", "“Unbalanced quote never ends.\nNext has “a real quote” inside.", ["a real quote"]],
    ["a stray closer is ignored", "Oops” and then “real”.", ["real"]],
    ["”…” with the closing mark on both sides, in a paragraph without “ (Swedish)", "Han sa: ”Vi är redo.” Sedan gick han.", ["Vi är redo."]],
    ["”…” pairs in a Chinese paragraph typed that way", "以前的歷史是”history”，她要寫”herstory”。", ["history", "herstory"]],
    ["an odd number of ” pairs none of them", "Oops” and ”then”.", []],
    ["single quotes when a text has no double quotes", "‘We are ready,’ the minister said. The team’s day.", ["We are ready,"]],
    [
      "a quote reopened on the next paragraph continues",
      "“First paragraph of a speech.\n“Second paragraph,” he said.",
      ["First paragraph of a speech.\n“Second paragraph,"],
    ],
    [
      "a corner-bracket quotation runs over paragraphs that do not reopen it when a later one closes it",
      "主委表示：「活動有三個部分。\n\n第一，「紅線」祈福。\n\n第二，夫妻樹，歡迎參加！」區長也說：「好。」",
      ["活動有三個部分。\n\n第一，「紅線」祈福。\n\n第二，夫妻樹，歡迎參加！", "好。"],
    ],
    [
      "a corner bracket left open stays in its paragraph when no later paragraph closes it",
      "主委表示：「活動有三個部分。\n\n第一，「紅線」祈福。\n\n區長說：「好。」",
      ["紅線", "好。"],
    ],
    ["empty quotes are dropped", "An “” empty pair.", []],
  ])("%s", (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  test("each em-dash dialogue line is a quotation, unless a quotation of its own paragraph overlaps it", () => {
    const lines = ["— Мы очень устали, — признался Петров.", "Он сказал «да» и ушёл.", "— «Нет», — ответил Иванов.", "— Завтра посмотрим, — добавил Петров."];
    const text = lines.join("\n");
    const starts = findQuotes(text, splitParagraphs(text)).map((q) => q.start);
    const line = (k: number): number => lines.slice(0, k).join("\n").length + (k > 0 ? 1 : 0);
    // Lines 1 and 4 are dialogue; line 2 holds «да»; line 3's «Нет» overlaps its dialogue line, which is not added.
    expect(starts).toEqual([line(0), text.indexOf("«да»"), text.indexOf("«Нет»"), line(3)]);
  });

  test("quotations never overlap and lie in the text", () => {
    const text = "“a “b” c” d «e „f“ g» “h";
    const qs = findQuotes(text, splitParagraphs(text));
    for (let i = 1; i < qs.length; i++) expect(qs[i]!.start).toBeGreaterThanOrEqual(qs[i - 1]!.end);
    for (const q of qs) expect(q.end).toBeLessThanOrEqual(text.length);
  });
});

describe("quote kinds", () => {
  test.each([
    ["a declaration's name", "The decisions, reflected in the “Declaration of the Washington Summit” adopted on July 10, are clear.", "title"],
    ["a treaty's name", "The “Treaty on Open Skies between the Parties”, signed in 1992, lapsed.", "title"],
    ["a title-case book name", "She wrote “The Long Road Home” in two years.", "title"],
    ["a scare-quoted word", "They want a world based on “rules” rather than law.", "scare"],
    ["a short scare phrase", "The so-called “peace plan” failed.", "scare"],
    ["a sentence after a colon", "The ministry stated: “We reject these claims.”", "speech"],
    ["a fragment after a reporting verb", "Beijing condemned the statement as “full of Cold War mentality and belligerent rhetoric.”", "speech"],
    ["a short quote before an attribution", "“We are ready,” the minister said.", "speech"],
  ])("%s", (_name, text, kind) => {
    expect(analyze(text).quotes[0]?.kind).toBe(kind);
  });
});
