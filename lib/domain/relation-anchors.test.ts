import { describe, expect, test } from "vitest";
import { anchorWithin, halfFor, planMerge, planSplit, type AnchoredRelation } from "./relation-anchors";

// "The committee met in Geneva. Its chair said the budget rose." A = [0, 28), B = [29, 60).
const A = { id: "a", span: { start: 0, end: 28 } };
const B = { id: "b", span: { start: 29, end: 60 } };
const rel = (id: string, fromId: string, toId: string, type = "SUPPORTS", fromAnchor = null, toAnchor = null): AnchoredRelation => ({
  id,
  fromId,
  toId,
  type,
  fromAnchor,
  toAnchor,
});

describe("halfFor", () => {
  const first = { start: 0, end: 28 };
  const second = { start: 29, end: 60 };
  test.each([
    [null, "first"],
    [{ start: 0, end: 28 }, "first"],
    [{ start: 29, end: 60 }, "second"],
    [{ start: 40, end: 50 }, "second"],
    [{ start: 20, end: 45 }, "second"], // more of its words in the second half
    [{ start: 10, end: 35 }, "first"],
    [{ start: 24, end: 33 }, "first"], // a tie stays with the first half
    [{ start: 100, end: 120 }, "first"], // words in neither half
  ] as const)("%j -> %s", (anchor, half) => expect(halfFor(anchor, first, second)).toBe(half));
});

describe("anchorWithin", () => {
  test.each([
    [null, { start: 0, end: 28 }, null],
    [{ start: 0, end: 28 }, { start: 0, end: 28 }, null], // the whole half: anchored to the whole unit again
    [{ start: 0, end: 60 }, { start: 29, end: 60 }, null],
    [
      { start: 29, end: 40 },
      { start: 29, end: 60 },
      { start: 29, end: 40 },
    ], // still narrower (three units were merged)
    [
      { start: 20, end: 45 },
      { start: 29, end: 60 },
      { start: 29, end: 45 },
    ],
  ] as const)("%j within %j -> %j", (anchor, half, expected) => expect(anchorWithin(anchor, half)).toEqual(expected));
});

describe("planMerge", () => {
  test("the second unit's relations point to the first, anchored to the second's words; the first's to its own", () => {
    const plan = planMerge(A, B, [rel("r1", "c", "b", "ATTACKS"), rel("r2", "a", "d"), rel("r3", "e", "f")]);
    expect(plan.dropped).toEqual([]);
    expect(plan.moves).toEqual([
      { id: "r2", fromId: "a", toId: "d", fromAnchor: A.span, toAnchor: null },
      { id: "r1", fromId: "c", toId: "a", fromAnchor: null, toAnchor: B.span },
    ]);
  });

  test("a relation between the two, and a duplicate of the first's, are dropped (the first's kept)", () => {
    const plan = planMerge(A, B, [rel("dup", "b", "c"), rel("loop", "a", "b"), rel("own", "a", "c")]);
    expect(plan.dropped.sort()).toEqual(["dup", "loop"]);
    expect(plan.moves.map((m) => m.id)).toEqual(["own"]);
  });

  test("an anchor set by an earlier merge is kept", () => {
    const narrow = { start: 40, end: 60 };
    const plan = planMerge(A, B, [{ ...rel("r", "b", "c"), fromAnchor: narrow }]);
    expect(plan.moves).toEqual([{ id: "r", fromId: "a", toId: "c", fromAnchor: narrow, toAnchor: null }]);
  });
});

describe("planSplit", () => {
  test("merge then split at the old boundary gives each relation back to its unit", () => {
    const merged = planMerge(A, B, [rel("r1", "c", "b", "ATTACKS"), rel("r2", "a", "d"), rel("r3", "b", "e", "CITES")]);
    const after = merged.moves.map((m) => ({ ...m, type: "SUPPORTS" }));
    const split = planSplit("a", A.span, "s", B.span, after);
    expect(split.toSecond.sort()).toEqual(["r1", "r3"]);
    expect(split.toFirst).toEqual(["r2"]);
    expect(split.moves).toEqual([
      { id: "r2", fromId: "a", toId: "d", fromAnchor: null, toAnchor: null },
      { id: "r1", fromId: "c", toId: "s", fromAnchor: null, toAnchor: null },
      { id: "r3", fromId: "s", toId: "e", fromAnchor: null, toAnchor: null },
    ]);
  });

  test("relations drawn to the whole unit stay with the first half, unchanged", () => {
    const split = planSplit("a", { start: 0, end: 10 }, "s", { start: 11, end: 28 }, [rel("r", "a", "c"), rel("q", "c", "a")]);
    expect(split).toEqual({ moves: [], toFirst: ["r", "q"], toSecond: [] });
  });

  test("a split elsewhere than the old boundary: each relation goes where most of its words are", () => {
    const split = planSplit("a", { start: 0, end: 40 }, "s", { start: 41, end: 60 }, [
      { ...rel("r", "c", "a"), toAnchor: B.span }, // 11 of its 31 characters left of 40: second half holds more
      { ...rel("q", "c", "a", "CITES"), toAnchor: A.span },
    ]);
    expect(split.toSecond).toEqual(["r"]);
    // q keeps its narrower anchor inside the first half: nothing to write.
    expect(split.moves).toEqual([{ id: "r", fromId: "c", toId: "s", fromAnchor: null, toAnchor: null }]);
  });
});
