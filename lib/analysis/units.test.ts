import { describe, expect, test } from "vitest";
import { analyze } from "./index";

const kinds = (text: string) => analyze(text).units.map((u) => [u.kind, u.text]);

describe("unit kinds", () => {
  test.each([
    [
      "a leading reason clause",
      "Since East Asia occupies a priority place in the plans, let us take a closer look at the region.",
      [
        ["PREMISE", "Since East Asia occupies a priority place in the plans,"],
        ["CLAIM", "let us take a closer look at the region."],
      ],
    ],
    [
      "a trailing because clause",
      "The talks failed in Geneva, because neither side would move on tariffs.",
      [
        ["CLAIM", "The talks failed in Geneva,"],
        ["PREMISE", "because neither side would move on tariffs."],
      ],
    ],
    [
      "a sentence before therefore",
      "Prices rose sharply in May. Therefore, demand will fall.",
      [
        ["PREMISE", "Prices rose sharply in May."],
        ["CLAIM", "Therefore, demand will fall."],
      ],
    ],
    [
      "a quotation carved out as evidence",
      "The ministry stated: “We reject these claims entirely.” Nothing else was said.",
      [
        ["CLAIM", "The ministry stated:"],
        ["EVIDENCE", "“We reject these claims entirely.”"],
        ["CLAIM", "Nothing else was said."],
      ],
    ],
    [
      "an example naming a cited document",
      "Among the recent examples of such documents is the “Treaty on Comprehensive Partnership”, signed on June 19.",
      [["EVIDENCE", "Among the recent examples of such documents is the “Treaty on Comprehensive Partnership”, signed on June 19."]],
    ],
    [
      "publisher boilerplate at the end",
      "The summit ended.\nThe Example Club was established in 2004. It is named after a lake.",
      [
        ["CLAIM", "The summit ended."],
        ["CONTEXT", "The Example Club was established in 2004."],
        ["CONTEXT", "It is named after a lake."],
      ],
    ],
  ])("%s", (_name, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test("a lede repeating a later sentence is CONTEXT and rephrases it", () => {
    const thesis = "the reaction of the three capitals is not accidental and reflects a common vision of threats";
    const text = `The ${thesis}, John Doe writes.\nThe summit took place in July.\nIt is obvious that ${thesis}.`;
    const a = analyze(text);
    expect(a.units[0]!.kind).toBe("CONTEXT");
    expect(a.units[0]!.signals).toContain("structure:lede-repeats");
    expect(a.relations).toContainEqual({ from: "u1", to: "u3", type: "REPHRASES", signals: ["structure:lede-repeats"] });
  });

  test("evidence carries its speaker", () => {
    const u = analyze("“We will act now,” Jane Doe said.").units.find((x) => x.kind === "EVIDENCE");
    expect(u?.speaker?.name).toBe("Jane Doe");
  });
});

describe("relations", () => {
  test.each([
    [
      "a reason clause supports its claim",
      "Since prices rose in May, demand will fall.",
      { from: "u1", to: "u2", type: "SUPPORTS", signals: ["marker:since"] },
    ],
    [
      "however attacks the previous unit",
      "The plan will work. However, the budget is too small.",
      { from: "u2", to: "u1", type: "ATTACKS", signals: ["marker:however"] },
    ],
    [
      "nevertheless attacks the previous unit",
      "It was expected. Nevertheless, everyone noticed.",
      { from: "u2", to: "u1", type: "ATTACKS", signals: ["marker:nevertheless"] },
    ],
    [
      "a contrast clause attacks",
      "The minister promised reform in the spring, but nothing has changed since then.",
      { from: "u2", to: "u1", type: "ATTACKS", signals: ["marker:but"] },
    ],
    [
      "despite gives a concession",
      "Despite the lack of coordination, the capitals spoke in unison.",
      { from: "u1", to: "u2", type: "ATTACKS", signals: ["marker:despite"] },
    ],
    [
      "therefore makes the previous unit a premise",
      "Prices rose sharply in May. Therefore, demand will fall.",
      { from: "u1", to: "u2", type: "SUPPORTS", signals: ["marker:therefore"] },
    ],
    [
      "this example confirms",
      "The capitals spoke at once. This striking example confirms the trend.",
      { from: "u1", to: "u2", type: "SUPPORTS", signals: ["marker:this-confirms"] },
    ],
    [
      "a quotation cites its attribution",
      "The ministry stated: “We reject these claims entirely.”",
      { from: "u2", to: "u1", type: "CITES", signals: ["evidence:attribution"] },
    ],
    [
      "a quotation cites the attribution after it",
      "“We will act now,” Jane Doe said.",
      { from: "u1", to: "u2", type: "CITES", signals: ["evidence:attribution"] },
    ],
  ])("%s", (_name, text, relation) => {
    expect(analyze(text).relations).toContainEqual(relation);
  });
});
