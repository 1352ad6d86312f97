import { describe, expect, test } from "vitest";
import { applyCheck } from "./selection";

const shown = ["a", "b", "c", "d", "e"];

describe("applyCheck", () => {
  test.each([
    { case: "a plain click checks one", checked: [], anchor: null, id: "c", on: true, shift: false, want: ["c"] },
    { case: "a plain click unchecks one", checked: ["b", "c"], anchor: "b", id: "c", on: false, shift: false, want: ["b"] },
    { case: "shift checks the range downwards", checked: ["b"], anchor: "b", id: "d", on: true, shift: true, want: ["b", "c", "d"] },
    { case: "shift checks the range upwards", checked: ["d"], anchor: "d", id: "a", on: true, shift: true, want: ["a", "b", "c", "d"] },
    { case: "shift unchecks the range", checked: ["a", "b", "c", "d", "e"], anchor: "b", id: "d", on: false, shift: true, want: ["a", "e"] },
    { case: "shift without an anchor is a plain click", checked: [], anchor: null, id: "d", on: true, shift: true, want: ["d"] },
    { case: "an anchor filtered out is a plain click", checked: ["x"], anchor: "x", id: "b", on: true, shift: true, want: ["x", "b"] },
  ])("$case", ({ checked, anchor, id, on, shift, want }) => {
    expect([...applyCheck(shown, new Set(checked), anchor, id, on, shift)].sort()).toEqual([...want].sort());
  });
});
