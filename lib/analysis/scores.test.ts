import { describe, expect, test } from "vitest";
import { analyze } from "./index";

const unitOf = (text: string) => analyze(text).units[0]!;

describe("check-worthiness", () => {
  test.each([
    ["a dated event with names", "The NATO summit in Washington took place on July 9-11, 2024."],
    ["a founding date", "The Valdai Discussion Club was established in 2004."],
    ["a treaty signing", "The treaty was signed on June 19 by Vladimir Putin and Kim Jong-un in Pyongyang."],
    ["a statistic", "Exports rose by 17% in 2011, the Trade Ministry reported."],
    ["an amount of money", "According to the Budget Office, the deal adds about $80 billion in new spending."],
    ["a repeated event", "Leaders of Australia, Japan and New Zealand attended the NATO summit for the third time."],
  ])("%s is check-worthy", (_name, text) => {
    expect(unitOf(text).checkworthy).toBeGreaterThanOrEqual(0.5);
  });

  test.each([
    ["an exhortation", "Let us take a closer look at the relevant current topics."],
    ["a bare opinion", "We cannot say that this phenomenon was unexpected."],
    ["a question", "What is it doing in other parts of the globe?"],
  ])("%s is not check-worthy", (_name, text) => {
    expect(unitOf(text).checkworthy).toBeLessThan(0.5);
  });

  test("signals name the checkable content", () => {
    const u = unitOf("The club was established in 2004 by Maria Lopez.");
    expect(u.signals).toEqual(expect.arrayContaining(["checkable:date:in 2004", "checkable:dated-event", "checkable:agent:Maria Lopez"]));
  });
});

describe("opinion", () => {
  test.each([
    ["rightly", "Representatives of China were rightly and reasonably outraged by the decision.", "evaluative:rightly"],
    ["absolutely justifiably", "Expectedly and absolutely justifiably, special attention was paid to the plans.", "evaluative:justifiably"],
    ["it is obvious that", "It is obvious that the reaction is quite natural.", "evaluative:it-is-obvious-that"],
    ["vile and infamous", "It revealed its vile plan and the infamous order.", "evaluative:vile"],
  ])("%s suggests OPINION", (_name, text, signal) => {
    const u = unitOf(text);
    expect(u.opinion).toBeGreaterThanOrEqual(0.5);
    expect(u.suggestedVerdict).toBe("OPINION");
    expect(u.signals).toContain(signal);
  });

  test("a plain report has no opinion", () => {
    const u = unitOf("The ministry published the report on Monday.");
    expect(u.opinion).toBe(0);
    expect(u.suggestedVerdict).toBeUndefined();
  });
});
