import { describe, expect, test } from "vitest";
import type { MapNode } from "./argument-map";
import { nodeHeight, toMapGraph, wrapText } from "./map-graph";

const node = (id: string, kind: MapNode["kind"], text = "Some words."): MapNode => ({
  id,
  kind,
  start: 0,
  end: 1,
  exact: text,
  checked: null,
  text,
  speaker: null,
  verdict: "UNREVIEWED",
  rationale: null,
  status: "OPEN",
  checkworthy: 0,
  opinion: 0,
  signals: [],
  sources: [],
});
const edge = (id: string, from: string, to: string, type: "SUPPORTS" | "ATTACKS" | "CITES" | "REPHRASES" = "SUPPORTS") => ({
  id,
  from,
  to,
  type,
  origin: "AUTO" as const,
  signals: [],
});

describe("toMapGraph", () => {
  test("claims, premises and evidence are nodes; context only when a relation touches it", () => {
    const g = toMapGraph({
      nodes: [node("c", "CLAIM"), node("p", "PREMISE"), node("e", "EVIDENCE"), node("x1", "CONTEXT"), node("x2", "CONTEXT")],
      edges: [edge("r1", "p", "c"), edge("r2", "x1", "c", "REPHRASES")],
    });
    expect(g.nodes.map((n) => n.id)).toEqual(["c", "p", "e", "x1"]);
    expect(g.edges).toEqual([
      { id: "r1", from: "p", to: "c", type: "SUPPORTS" },
      { id: "r2", from: "x1", to: "c", type: "REPHRASES" },
    ]);
  });

  test("box height grows with the wrapped lines", () => {
    const g = toMapGraph({ nodes: [node("a", "CLAIM", "short"), node("b", "CLAIM", "word ".repeat(60))], edges: [] });
    expect(g.nodes[0]!.height).toBe(nodeHeight(1));
    expect(g.nodes[1]!.height).toBe(nodeHeight(4));
  });
});

describe("wrapText", () => {
  test.each([
    ["", 10, 3, [""]],
    ["one two three", 20, 3, ["one two three"]],
    ["one two three", 7, 3, ["one two", "three"]],
    ["one two three four five", 7, 2, ["one two", "three…"]],
    ["  spaced \n\t out  ", 20, 2, ["spaced out"]],
    ["abcdefghijklmnop", 6, 2, ["abcde…"]],
    ["aaaa bbbb cccc", 4, 2, ["aaaa", "bbb…"]],
  ])("%j at %i chars, %i lines", (text, width, max, lines) => {
    expect(wrapText(text, width, max)).toEqual(lines);
  });
});
