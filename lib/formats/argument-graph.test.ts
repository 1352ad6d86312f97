// Arguments in the graph formats (issue 16): GraphML read by linkedom's XML parser, DOT read line
// by line; an argument node with its title and scheme, premise and conclusion edges, and the four
// relations of arguments told apart by type (GraphML) and style (DOT).
import { DOMParser } from "linkedom";
import { describe, expect, test } from "vitest";
import { toDot } from "./dot";
import { argumentMap } from "./fixtures/argument-map";
import { toGraphml } from "./graphml";

const map = argumentMap();
const words = (id: string) => map.nodes.find((n) => n.id === id)!.exact;

describe("GraphML with arguments", () => {
  const xml = new DOMParser().parseFromString(toGraphml(map), "text/xml");
  const data = (el: Element, key: string) => el.querySelector(`data[key="${key}"]`)?.textContent ?? null;
  const nodes = [...xml.querySelectorAll("node")];
  const label = (id: string) =>
    data(
      nodes.find((n) => n.getAttribute("id") === id)!,
      "label",
    );
  const isUnit = (id: string) => map.nodes.some((n) => n.id === id);
  const unitEdges = [...xml.querySelectorAll("edge")].filter((e) => isUnit(e.getAttribute("source")!) && isUnit(e.getAttribute("target")!));
  const edges = [...xml.querySelectorAll("edge")].map((e) => ({
    from: label(e.getAttribute("source")!),
    to: label(e.getAttribute("target")!),
    type: data(e, "type"),
    question: data(e, "question"),
  }));

  test("an argument is a node with its title, scheme, AIF name and status; units, implicit premises and objections are typed", () => {
    const arg = nodes.find((n) => data(n, "nodeType") === "argument" && data(n, "label") === "The critics' figure")!;
    expect([data(arg, "scheme"), data(arg, "aif"), data(arg, "status")]).toEqual(["Argument from expert opinion", "Expert Opinion", "REVIEWED"]);
    const count = (type: string) => nodes.filter((n) => data(n, "nodeType") === type).length;
    expect([count("unit"), count("argument"), count("statement"), count("objection")]).toEqual([5, 2, 2, 2]);
    const keys = new Set([...xml.querySelectorAll("key")].map((k) => k.getAttribute("id")));
    for (const d of xml.querySelectorAll("data")) expect(keys.has(d.getAttribute("key"))).toBe(true);
    const ids = new Set(nodes.map((n) => n.getAttribute("id")));
    for (const e of xml.querySelectorAll("edge")) expect([ids.has(e.getAttribute("source")), ids.has(e.getAttribute("target"))]).toEqual([true, true]);
  });

  test("premises point at the argument, the argument at its conclusions", () => {
    expect(
      edges
        .filter((e) => e.to === "The critics' figure" || e.from === "The critics' figure")
        .filter((e) => e.type !== "SUPPORTS" && e.type !== "UNDERCUTS" && e.type !== "ATTACKS"),
    ).toEqual([
      { from: words("u-3"), to: "The critics' figure", type: "PREMISE", question: null },
      { from: "The critics read the report.", to: "The critics' figure", type: "PREMISE", question: null },
      { from: "The critics' figure", to: words("u-4"), type: "CONCLUSION", question: null },
    ]);
    expect(edges).toContainEqual({ from: "What the chair said", to: "The meeting was minuted.", type: "INTERMEDIATE", question: null });
  });

  test("support, attack, undercut (on the argument) and undermine (on the premise) are distinguished", () => {
    expect(unitEdges).toHaveLength(map.edges.length); // relations of units keep their edges
    const relations = edges.slice(-5);
    expect(relations).toEqual([
      { from: "No table given.", to: "The critics' figure", type: "UNDERCUTS", question: "backup-evidence" },
      { from: "The critics never saw it.", to: "The critics read the report.", type: "UNDERMINES", question: "opinion" },
      { from: words("u-3"), to: "What the chair said", type: "ATTACKS", question: null },
      { from: "What the chair said", to: "The critics' figure", type: "SUPPORTS", question: null },
      { from: "The critics' figure", to: words("u-1"), type: "ATTACKS", question: null },
    ]);
  });
});

describe("DOT with arguments", () => {
  const dot = toDot(map);
  const unquote = (s: string) => s.slice(1, -1).replace(/\\(["\\])/g, "$1");
  const statements = dot.split("\n").map((l) => /^ {2}("(?:[^"\\]|\\.)*")(?: -> ("(?:[^"\\]|\\.)*"))? \[(.*)\];$/.exec(l));
  const nodeLines = new Map(statements.filter((m) => m && !m[2]).map((m) => [unquote(m![1]!), m![3]!]));
  const edgeLines = statements.filter((m) => m?.[2]).map((m) => ({ from: unquote(m![1]!), to: unquote(m![2]!), attrs: m![3]! }));

  test("an argument is a hexagon labelled with its scheme and title; implicit premises dashed, objections notes", () => {
    expect(nodeLines.get("argument:a-1")).toContain("shape=hexagon");
    expect(nodeLines.get("argument:a-1")).toContain("argument · Argument from expert opinion · Reviewed\\nThe critics' figure");
    expect(nodeLines.get("argument:a-2")).toContain("argument · no scheme · Draft");
    expect(nodeLines.get("statement:a-1-s1")).toContain('style="rounded,dashed,filled"');
    expect(nodeLines.get("objection:ar-1")).toContain("shape=note");
    for (const e of edgeLines) expect([nodeLines.has(e.from), nodeLines.has(e.to)], `${e.from} -> ${e.to}`).toEqual([true, true]);
  });

  test("premise and conclusion edges, and relation styles by type", () => {
    const style = (from: string, to: string) => edgeLines.find((e) => e.from === from && e.to === to)?.attrs;
    expect(style("u-3", "argument:a-1")).toContain('label="premise"');
    expect(style("argument:a-1", "u-4")).toContain('label="conclusion"');
    expect(style("objection:ar-1", "argument:a-1")).toBe('color="#b91c1c", label="undercuts", style="dashed", arrowhead="tee"');
    expect(style("objection:ar-2", "statement:a-1-s1")).toBe('color="#c2410c", label="undermines", style="dotted", arrowhead="tee"');
    expect(style("u-3", "argument:a-2")).toContain('label="attacks"');
    expect(style("argument:a-2", "argument:a-1")).toContain('label="supports"');
  });
});
