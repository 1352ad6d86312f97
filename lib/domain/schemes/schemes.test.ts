import { describe, expect, test } from "vitest";
import { ZSchemeCatalogue } from "@/lib/validation/scheme";
import catalogue from "./walton.json" with { type: "json" };
import { aifSchemeName, getScheme, schemeByAifName, SCHEMES, searchSchemes } from ".";

describe("the scheme catalogue", () => {
  test("is valid against its schema", () => {
    const parsed = ZSchemeCatalogue.safeParse(catalogue);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([]);
  });

  test("holds at least 20 schemes, among them those the issue names", () => {
    expect(SCHEMES.length).toBeGreaterThanOrEqual(20);
    const named = [
      "expert-opinion",
      "position-to-know",
      "witness-testimony",
      "cause-to-effect",
      "correlation-to-cause",
      "sign",
      "example",
      "analogy",
      "negative-consequences",
      "positive-consequences",
      "popular-opinion",
      "precedent",
      "verbal-classification",
      "commitment",
      "generic-ad-hominem",
      "slippery-slope",
    ];
    expect(named.filter((id) => !getScheme(id))).toEqual([]);
  });

  test("the schema refuses a question that points at a premise the scheme lacks", () => {
    const broken = structuredClone(catalogue);
    broken.schemes[0]!.criticalQuestions[0]!.premise = 9;
    expect(ZSchemeCatalogue.safeParse(broken).success).toBe(false);
  });
});

describe("searchSchemes", () => {
  test.each([
    ["expert", "expert-opinion"],
    ["EXPERT opinion", "expert-opinion"],
    ["analogy", "analogy"],
    ["official", "position-to-know"],
    ["slippery", "slippery-slope"],
    ["cause", "cause-to-effect"],
  ])("%s finds %s first", (q, id) => {
    expect(searchSchemes(q)[0]?.id).toBe(id);
  });

  test("an empty query lists the catalogue; nonsense finds nothing", () => {
    expect(searchSchemes("  ")).toHaveLength(SCHEMES.length);
    expect(searchSchemes("zzzqqq")).toEqual([]);
  });
});

test("AIF names go both ways, with AIF's default for no scheme", () => {
  expect(aifSchemeName("expert-opinion")).toBe("Expert Opinion");
  expect(aifSchemeName(null)).toBe("Default Inference");
  expect(schemeByAifName("Expert Opinion")?.id).toBe("expert-opinion");
  expect(schemeByAifName("Argument From Expert Opinion")?.id).toBe("expert-opinion");
  expect(schemeByAifName("cause to effect")?.id).toBe("cause-to-effect");
  expect(schemeByAifName("Default Inference")).toBeNull();
});
