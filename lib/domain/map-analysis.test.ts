import { describe, expect, test } from "vitest";
import { findCycles, summarizeSupport } from "./map-analysis";

type T = "SUPPORTS" | "ATTACKS" | "CITES" | "REPHRASES";
const edges = (spec: string) =>
  spec
    .split(",")
    .filter(Boolean)
    .map((s) => {
      const [from, type, to] = s.trim().split(" ") as [string, string, string];
      return { from, to, type: ({ s: "SUPPORTS", a: "ATTACKS", c: "CITES", r: "REPHRASES" } as Record<string, T>)[type]! };
    });

describe("findCycles", () => {
  test.each([
    ["", []],
    ["a s b, b s c", []],
    ["a s b, b s a", [["a", "b"]]],
    ["a s b, b a c, c s a, d s a", [["a", "b", "c"]]],
    [
      "a s b, b s a, c s d, d s c",
      [
        ["a", "b"],
        ["c", "d"],
      ],
    ],
    // Citing and rephrasing in a circle is not circular reasoning; a self-loop is refused elsewhere.
    ["a c b, b c a, a r b, b r a, a s a", []],
  ])("%j", (spec, cycles) => {
    expect(findCycles(edges(spec))).toEqual(cycles);
  });

  test("a 5,000-unit chain closed into a ring does not overflow the stack", () => {
    const ring = Array.from({ length: 5000 }, (_, i) => ({ from: `n${i}`, to: `n${(i + 1) % 5000}`, type: "SUPPORTS" as const }));
    expect(findCycles(ring)[0]).toHaveLength(5000);
  });
});

describe("summarizeSupport", () => {
  const nodes = [
    { id: "c", verdict: "UNREVIEWED" as const },
    { id: "p", verdict: "SUPPORTED" as const },
    { id: "q", verdict: "UNREVIEWED" as const },
    { id: "x", verdict: "SUPPORTED" as const },
    { id: "e", verdict: "UNREVIEWED" as const },
  ];
  test.each([
    ["", "c", { supportedBy: 0, attackedBy: 0, standing: "unchallenged" }],
    ["p s c, q s c", "c", { supportedBy: 2, establishedSupport: 1, standing: "supported" }],
    ["e c c", "c", { cites: 1, standing: "supported" }],
    ["x a c", "c", { attackedBy: 1, establishedAttack: 1, standing: "attacked" }],
    ["p s c, x a c", "c", { supportedBy: 1, attackedBy: 1, standing: "contested" }],
    ["p r c", "c", { standing: "unchallenged" }],
  ])("%j -> %s", (spec, id, expected) => {
    expect(summarizeSupport(nodes, edges(spec)).get(id)).toMatchObject(expected);
  });
});
