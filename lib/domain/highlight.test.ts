import { expect, test } from "vitest";
import { highlightRuns } from "./highlight";

test("plain text and units alternate, covering every character once", () => {
  expect(
    highlightRuns(20, [
      { id: "b", start: 12, end: 18 },
      { id: "a", start: 2, end: 8 },
    ]),
  ).toEqual([
    { start: 0, end: 2, unitId: null },
    { start: 2, end: 8, unitId: "a" },
    { start: 8, end: 12, unitId: null },
    { start: 12, end: 18, unitId: "b" },
    { start: 18, end: 20, unitId: null },
  ]);
});

test("where units overlap, the shortest covering unit is drawn; the longer one resumes after it", () => {
  expect(
    highlightRuns(10, [
      { id: "a", start: 0, end: 6 },
      { id: "b", start: 4, end: 10 },
      { id: "c", start: 1, end: 3 },
    ]),
  ).toEqual([
    { start: 0, end: 1, unitId: "a" },
    { start: 1, end: 3, unitId: "c" },
    { start: 3, end: 6, unitId: "a" },
    { start: 6, end: 10, unitId: "b" },
  ]);
});

test("a unit nested inside a sentence stays visible", () => {
  expect(
    highlightRuns(20, [
      { id: "sentence", start: 0, end: 20 },
      { id: "clause", start: 5, end: 9 },
    ]).map((r) => r.unitId),
  ).toEqual(["sentence", "clause", "sentence"]);
});

test("thousands of units stay fast (linear-ish sweep)", () => {
  const units = Array.from({ length: 5000 }, (_, i) => ({ id: `u${i}`, start: i * 10, end: i * 10 + 8 }));
  expect(highlightRuns(50_000, units)).toHaveLength(10_000);
});

test.each([
  [[], [{ start: 0, end: 5, unitId: null }]],
  [
    [{ id: "x", start: 3, end: 99 }],
    [
      { start: 0, end: 3, unitId: null },
      { start: 3, end: 5, unitId: "x" },
    ],
  ],
  [[{ id: "x", start: 4, end: 4 }], [{ start: 0, end: 5, unitId: null }]],
])("edge cases %j", (units, runs) => {
  expect(highlightRuns(5, units)).toEqual(runs);
});

test("empty text has no runs", () => {
  expect(highlightRuns(0, [{ id: "a", start: 0, end: 1 }])).toEqual([]);
});
