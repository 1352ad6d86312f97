import { describe, expect, test } from "vitest";
import { areAdjacent, mergedVerdict, splitSpan, trimToText } from "./segmentation";

const text = "First part, second part.  Next one.";

describe("trimToText", () => {
  test.each([
    [
      { start: 0, end: 5 },
      { start: 0, end: 5 },
    ],
    [
      { start: 24, end: 30 },
      { start: 26, end: 30 },
    ],
    [{ start: 24, end: 26 }, null],
    [
      { start: -3, end: 999 },
      { start: 0, end: text.length },
    ],
  ])("%j -> %j", (span, expected) => expect(trimToText(text, span)).toEqual(expected));
});

describe("splitSpan", () => {
  test("splits into two trimmed halves", () => {
    expect(splitSpan(text, { start: 0, end: 24 }, 11)).toEqual([
      { start: 0, end: 11 },
      { start: 12, end: 24 },
    ]);
  });
  test.each([0, 24, 30])("refuses a split point at or outside the ends (%i)", (at) => {
    expect(splitSpan(text, { start: 0, end: 24 }, at)).toBeNull();
  });
  test("refuses a split that leaves only whitespace on one side", () => {
    expect(splitSpan("ab   ", { start: 0, end: 5 }, 3)).toBeNull();
  });
});

describe("areAdjacent", () => {
  const a = { start: 0, end: 10 };
  const b = { start: 12, end: 20 };
  test.each([
    [a, b, [], true],
    [b, a, [], false],
    [a, b, [{ start: 10, end: 11 }], false],
    [a, b, [{ start: 30, end: 40 }], true],
  ])("%j then %j with others %j: %s", (x, y, others, expected) => expect(areAdjacent(x, y, others)).toBe(expected));
});

describe("mergedVerdict", () => {
  test.each([
    ["SUPPORTED", "UNREVIEWED", "SUPPORTED"],
    ["UNREVIEWED", "DISPUTED", "DISPUTED"],
    ["OPINION", "OPINION", "OPINION"],
    ["SUPPORTED", "DISPUTED", "UNREVIEWED"],
  ] as const)("%s + %s -> %s", (a, b, expected) => {
    expect(mergedVerdict({ verdict: a, rationale: "ra" }, { verdict: b, rationale: "rb" }).verdict).toBe(expected);
  });
});
