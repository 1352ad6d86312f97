import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, test } from "vitest";
import { getScheme } from "@/lib/domain/schemes";
import { analyze } from "./index";
import cues from "./lexicons/scheme-cues.json";
import { findSchemeCues } from "./scheme-cues";
import { MIN_CONFIDENCE, schemeShortName, schemeStatements, suggestSchemes, type SchemeStatement, type SchemeUnit } from "./scheme-suggest";

const top = (statements: SchemeStatement[], language?: string) => suggestSchemes(statements, { language })[0];
const ids = (statements: SchemeStatement[], language?: string) => suggestSchemes(statements, { language }).map((s) => s.schemeId);
const say = (...texts: string[]): SchemeStatement[] => texts.map((text) => ({ text }));

describe("the demo article", () => {
  const text = readFileSync(join(__dirname, "../../../shared/corpus/valdai-nato-east-asia.txt"), "utf8");
  const analysis = analyze(text, { language: "en" });
  const units = new Map<string, SchemeUnit>(analysis.units.map((u) => [u.id, { kind: u.kind, text: u.text, signals: u.signals, speaker: u.speaker ?? null }]));
  const relations = analysis.relations.map((r) => ({ fromId: r.from, toId: r.to, type: r.type }));
  const unit = (words: string) => {
    const u = analysis.units.find((x) => x.text.includes(words));
    if (!u) throw new Error(`no unit with “${words}”`);
    return { unitId: u.id, text: u.text };
  };
  const suggest = (...words: string[]) => suggestSchemes(schemeStatements(words.map(unit), units, relations), { language: "en" });

  it("suggests position to know for the quoted press secretary, naming his office from the attribution", () => {
    const [first] = suggest("not supporters of dialogue", "It is obvious that the reaction");
    expect(first?.schemeId).toBe("position-to-know");
    expect(first?.signals).toContain("speaker: Dmitry Peskov, “press secretary” (office) → position to know");
    expect(first!.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it("adds up two quoted officials (the e2e journey's argument)", () => {
    const [first] = suggest("not supporters of dialogue", "see NATO as a tool", "It is obvious that the reaction");
    expect(first?.schemeId).toBe("position-to-know");
    expect(first?.signals).toEqual([
      "speaker: Dmitry Peskov, “press secretary” (office) → position to know",
      "speaker: official representative of the Russian Foreign Ministry (office) → position to know",
    ]);
    expect(first!.confidence).toBeGreaterThan(0.8);
  });

  it("reads the office in the speaker's own name and in a named spokesman's lead-in", () => {
    expect(suggest("positioning as a regional defence", "It is obvious that the reaction")[0]?.signals).toContain(
      "speaker: Lin Jian, “official representative” (office) → position to know",
    );
    expect(suggest("makes no sense and comes with malicious intent", "Representatives of China were rightly")[0]?.schemeId).toBe("position-to-know");
  });

  it("takes “the expert community has noted” for expert opinion", () => {
    expect(suggest("The expert community has noted", "Let us mention")[0]).toMatchObject({
      schemeId: "expert-opinion",
      signals: ["attribution: “expert community” … “noted” (expert) → expert opinion"],
    });
  });

  it("finds the consequences, the example and the cited examples", () => {
    expect(suggest("dangerous consequences of Washington")[0]).toMatchObject({
      schemeId: "negative-consequences",
      signals: ["“dangerous consequences” → negative consequences"],
    });
    expect(suggest("Among the most recent examples")[0]).toMatchObject({ schemeId: "example" });
    expect(suggest("Among the most recent examples")[0]?.signals).toContain("the analyser: gives examples → example");
  });

  it("stays silent on units without a cue", () => {
    expect(suggest("The 75th anniversary NATO summit", "First of all, this applies")).toEqual([]);
    expect(suggest("We cannot say that this phenomenon was unexpected.", "That is, the Eurasian collective security")).toEqual([]);
  });
});

describe("quoted speakers", () => {
  it("an official named with an office in the lead-in → position to know", () => {
    const s = top([
      {
        text: "“The alliance will defend every inch of allied territory.”",
        signals: ["segment:quote", "evidence:speech"],
        speaker: { name: "Jens Stoltenberg" },
        context: ["NATO Secretary General Jens Stoltenberg said:"],
      },
      { text: "The alliance is committed to collective defence." },
    ]);
    expect(s).toMatchObject({
      schemeId: "position-to-know",
      signals: expect.arrayContaining(["speaker: Jens Stoltenberg, “Secretary General” (office) → position to know"]),
    });
  });

  it("an expert → expert opinion, from the name or the lead-in", () => {
    expect(top([{ text: "“Prices will rise.”", speaker: { name: "Professor Jane Roe" } }])).toMatchObject({
      schemeId: "expert-opinion",
      signals: ["speaker: Professor Jane Roe (expert) → expert opinion"],
    });
    expect(
      top([{ text: "“Prices will rise.”", speaker: { name: "Jane Roe" }, context: ["Jane Roe, an economist at the university, said:"] }])?.signals,
    ).toEqual(["speaker: Jane Roe, “economist” (expert) → expert opinion"]);
  });

  it("a lead-in naming someone else does not lend its office to the speaker", () => {
    expect(top([{ text: "“No.”", speaker: { name: "Jane Roe" }, context: ["The minister disagreed with her neighbour:"] }])).toMatchObject({
      signals: ["speaker: Jane Roe (quoted) → position to know"],
      confidence: 0.35,
    });
  });

  it("an eyewitness → witness testimony", () => {
    expect(ids(say("“I saw the soldiers fire on the crowd,” a resident said."))).toContain("witness-testimony");
  });
});

test.each([
  ["cause-to-effect", "The new tariff caused prices to rise, because importers passed the cost on."],
  ["cause-to-effect", "As a result of the drought, the harvest failed."],
  ["correlation-to-cause", "Crime fell whenever police patrols increased, so the patrols work."],
  ["analogy", "Like the Treaty of Versailles, this settlement will breed resentment."],
  ["analogy", "Just as a household cannot spend more than it earns, neither can a state."],
  ["negative-consequences", "Raising the minimum wage will lead to job losses."],
  ["negative-consequences", "Cutting the budget would result in longer waiting lists."],
  ["positive-consequences", "The new bridge will benefit local businesses."],
  ["example", "Several countries, for example Norway and Chile, have done this."],
  ["example", "Small states such as Estonia have digitised their services."],
  ["sign", "The rash is a sign of measles."],
  ["popular-opinion", "Polls show that most people support the reform."],
  ["precedent", "Allowing this would set a precedent for every future case."],
  ["commitment", "The government promised to cut taxes, so it must cut them."],
  ["generic-ad-hominem", "He is a liar and cannot be trusted, so his report is false."],
  ["bias", "The study was funded by the sugar industry, so its findings are suspect."],
  ["slippery-slope", "Banning this march is the first step towards banning all protest."],
  ["inconsistent-commitment", "They preach free trade while claiming subsidies for themselves: double standards."],
])("%s: %s", (schemeId, sentence) => {
  expect(ids(say(sentence))).toContain(schemeId);
});

describe("no signal, no suggestion", () => {
  test.each([
    "The summit took place in Washington on July 10, 2024.",
    "We left early because it rained.", // one weak cue alone
    "Many people like the new park.", // "like" the verb is no analogy
    "The committee met on Tuesday and adjourned at noon.",
    "",
  ])("%j", (sentence) => {
    expect(suggestSchemes(say(sentence))).toEqual([]);
  });

  it("needs a reporting verb before an attribution clause's office counts", () => {
    expect(suggestSchemes([{ text: "Their leaders attended the summit.", signals: ["checkable:role"] }])).toEqual([]);
  });
});

test.each([
  ["ru", "negative-consequences", "Это решение приведёт к новой эскалации."],
  ["ru", "example", "Например, Норвегия уже сделала это."],
  ["de", "example", "Zum Beispiel hat Norwegen das schon getan."],
  ["de", "cause-to-effect", "Die Dürre führte zu einer Missernte."],
  ["fr", "analogy", "Tout comme en 1914, les alliances entraînent les États dans la guerre."],
  ["fr", "popular-opinion", "Les sondages montrent que la majorité des Français approuvent."],
])("%s %s: %s", (language, schemeId, sentence) => {
  expect(ids(say(sentence), language)).toContain(schemeId);
});

it("uses the document's language: English cues do not fire in a German text", () => {
  expect(ids(say("Raising the minimum wage will lead to job losses."), "de")).toEqual([]);
});

it("ranks by confidence, counts a cue once and keeps to the limit", () => {
  const all = suggestSchemes(say("For example, polls show most people agree; this caused the change, as a result of which prices rose."), { limit: 2 });
  expect(all).toHaveLength(2);
  expect(all[0]!.confidence).toBeGreaterThanOrEqual(all[1]!.confidence);
  expect(all.every((s) => s.confidence >= MIN_CONFIDENCE && s.confidence <= 1)).toBe(true);
  const twice = suggestSchemes(say("For example, X.", "For example, Y."));
  expect(twice[0]).toMatchObject({ schemeId: "example", confidence: 0.55, signals: ["“For example” → example"] });
});

it("a weak cue inside a strong one is not counted again", () => {
  expect(findSchemeCues("This violates international law.").filter((c) => c.schemeId === "established-rule")).toEqual([
    { schemeId: "established-rule", strength: "strong", words: "violates" },
    { schemeId: "established-rule", strength: "strong", words: "international law" },
  ]);
});

it("takes context only from the attribution a unit CITES", () => {
  const units = new Map<string, SchemeUnit>([
    ["q", { kind: "EVIDENCE", text: "“Yes.”", signals: ["evidence:speech"], speaker: { name: "Ann Lee" } }],
    ["a", { kind: "CLAIM", text: "Foreign Minister Ann Lee said:", signals: ["role:attribution"], speaker: null }],
  ]);
  const statements = [{ unitId: "q", text: "“Yes.”" }];
  expect(schemeStatements(statements, units, [{ fromId: "q", toId: "a", type: "CITES" }])[0]?.context).toEqual(["Foreign Minister Ann Lee said:"]);
  expect(schemeStatements(statements, units, [{ fromId: "q", toId: "a", type: "SUPPORTS" }])[0]?.context).toEqual([]);
  expect(schemeStatements([{ unitId: null, text: "Implicit." }], units, [])).toEqual([{ text: "Implicit." }]);
});

it("every scheme of the cue lists is in the catalogue, and every language has a provenance-backed list", () => {
  expect(cues.provenance.length).toBeGreaterThan(50);
  for (const [language, schemes] of Object.entries(cues.languages)) {
    for (const [schemeId, tiers] of Object.entries(schemes)) {
      expect(getScheme(schemeId), `${language}: ${schemeId}`).not.toBeNull();
      expect(Object.keys(tiers).every((k) => k === "strong" || k === "weak")).toBe(true);
    }
  }
  expect(Object.keys(cues.languages)).toEqual(expect.arrayContaining(["en", "ru", "de", "fr"]));
  expect(schemeShortName("position-to-know")).toBe("position to know");
  expect(schemeShortName("established-rule")).toBe("established rule");
});
