import { describe, expect, test } from "vitest";
import { agreementOf, cohensKappa, type DoubleRating } from "./agreement";
import type { Verdict } from "./vocabulary";

/** `count` items on which rater A said `a` and rater B said `b`. */
const cell = <C extends string>(count: number, a: C, b: C): [C, C][] => Array.from({ length: count }, () => [a, b]);

describe("cohensKappa: worked examples with published results", () => {
  test("Artstein & Poesio (2008), Table 4: three categories, 100 items -> A_o 0.88, κ 0.8013", () => {
    // Artstein, R. & Poesio, M. (2008). Inter-coder agreement for computational linguistics.
    // Computational Linguistics 34(4), 555–596, Table 4 (dialogue acts Stat / IReq / Chck, two
    // coders): A_o = 0.88, A_e(κ) = 0.396, κ = 0.8013. scikit-learn's own test of
    // cohen_kappa_score (sklearn/metrics/tests/test_classification.py) checks the same 0.8013.
    // Rows: coder A (Stat 46, IReq 44, Chck 10); columns: coder B (Stat 52, IReq 32, Chck 16).
    const pairs = [
      ...cell(46, "Stat", "Stat"),
      ...cell(6, "IReq", "Stat"),
      ...cell(32, "IReq", "IReq"),
      ...cell(6, "IReq", "Chck"),
      ...cell(10, "Chck", "Chck"),
    ];
    const r = cohensKappa(pairs);
    expect(r).toMatchObject({ items: 100, agreed: 88 });
    expect(r.percentAgreement).toBeCloseTo(88, 10);
    expect(r.chanceAgreement).toBeCloseTo(0.396, 10);
    expect(r.kappa).toBeCloseTo(0.8013, 4);
  });

  test("Artstein & Poesio (2008), Table 1: two categories -> A_o 0.7, κ 0.348", () => {
    // Same paper, Table 1: [[20, 20], [10, 50]] (A_o = 0.7; κ 0.348 as checked by scikit-learn).
    const r = cohensKappa([...cell(20, "Stat", "Stat"), ...cell(20, "Stat", "IReq"), ...cell(10, "IReq", "Stat"), ...cell(50, "IReq", "IReq")]);
    expect(r.percentAgreement).toBeCloseTo(70, 10);
    expect(r.kappa).toBeCloseTo(0.348, 3);
  });

  test("swapping the two raters changes nothing", () => {
    const pairs = [...cell(3, "a", "a"), ...cell(2, "a", "b"), ...cell(1, "b", "c"), ...cell(4, "c", "c")];
    expect(cohensKappa(pairs.map(([a, b]) => [b, a] as const))).toEqual(cohensKappa(pairs));
  });
});

describe("cohensKappa: edge cases", () => {
  test.each<[string, [string, string][], { percentAgreement: number | null; chanceAgreement: number | null; kappa: number | null }]>([
    ["no items: nothing to say", [], { percentAgreement: null, chanceAgreement: null, kappa: null }],
    ["perfect agreement over two verdicts", [...cell(3, "S", "S"), ...cell(2, "D", "D")], { percentAgreement: 100, chanceAgreement: 0.52, kappa: 1 }],
    ["chance agreement 1 (everyone said the same one verdict): κ undefined", cell(5, "S", "S"), { percentAgreement: 100, chanceAgreement: 1, kappa: null }],
    ["a single agreed item is the same case", cell(1, "O", "O"), { percentAgreement: 100, chanceAgreement: 1, kappa: null }],
    [
      "agreement exactly at chance: κ 0",
      [
        ["S", "S"],
        ["S", "D"],
        ["D", "S"],
        ["D", "D"],
      ],
      { percentAgreement: 50, chanceAgreement: 0.5, kappa: 0 },
    ],
    ["systematic disagreement: κ −1", [...cell(2, "S", "D"), ...cell(2, "D", "S")], { percentAgreement: 0, chanceAgreement: 0.5, kappa: -1 }],
    ["a single disagreed item: no chance agreement, κ 0", [["S", "D"]], { percentAgreement: 0, chanceAgreement: 0, kappa: 0 }],
  ])("%s", (_name, pairs, expected) => {
    const r = cohensKappa(pairs);
    for (const [k, v] of Object.entries(expected)) {
      if (v === null) expect(r[k as keyof typeof r]).toBeNull();
      else expect(r[k as keyof typeof r]).toBeCloseTo(v, 10);
    }
  });
});

describe("agreementOf: overall and per reviewer pair", () => {
  const item = (a: string, va: Verdict, b: string, vb: Verdict): DoubleRating => ({
    first: { reviewerId: a, verdict: va },
    second: { reviewerId: b, verdict: vb },
  });
  const items = [
    item("ann", "SUPPORTED", "ben", "SUPPORTED"),
    item("ben", "DISPUTED", "ann", "SUPPORTED"), // the same pair, positions swapped
    item("ann", "OPINION", "ben", "OPINION"),
    item("cat", "DISPUTED", "ann", "DISPUTED"),
    item("cat", "SUPPORTED", "ann", "DISPUTED"),
  ];

  test("overall: first vs second reviewer over every double-reviewed claim", () => {
    const r = agreementOf(items);
    expect(r).toMatchObject({ items: 5, agreed: 3, percentAgreement: 60 });
    expect(r.kappa).toBeCloseTo(cohensKappa(items.map((i) => [i.first.verdict, i.second.verdict] as const)).kappa!, 12);
  });

  test("pairs are unordered, sorted, and each oriented by reviewer id", () => {
    const r = agreementOf(items);
    expect(r.pairs.map((p) => [p.reviewerIds, p.items, p.agreed])).toEqual([
      [["ann", "ben"], 3, 2],
      [["ann", "cat"], 2, 1],
    ]);
    // ann-ben, oriented ann first: ann S,S,O vs ben S,D,O.
    expect(r.pairs[0]!.kappa).toBeCloseTo(
      cohensKappa([
        ["SUPPORTED", "SUPPORTED"],
        ["SUPPORTED", "DISPUTED"],
        ["OPINION", "OPINION"],
      ]).kappa!,
      12,
    );
    // ann-cat: ann D,D vs cat D,S -> p_o 0.5, p_e 0.5, κ 0.
    expect(r.pairs[1]).toMatchObject({ percentAgreement: 50, chanceAgreement: 0.5, kappa: 0 });
  });

  test("no double-reviewed claims: no figures, no pairs", () => {
    expect(agreementOf([])).toEqual({ items: 0, agreed: 0, percentAgreement: null, chanceAgreement: null, kappa: null, pairs: [] });
  });
});
