import { describe, expect, test } from "vitest";
import type { MapArgument } from "./argument-map";
import type { ArgumentRelationView } from "./arguments";
import { argumentNodeId, argumentOverlay, objectionNodeId, parseMapNodeId, statementNodeId, stepNodeId } from "./map-arguments";
import { toMapGraph } from "./map-graph";

const units = new Map([
  ["u1", 10],
  ["u2", 40],
  ["u3", 90],
  ["u4", 120],
]);
const st = (id: string, position: number, role: "PREMISE" | "INTERMEDIATE" | "CONCLUSION", unitId: string | null, implicit = false) => ({
  id,
  position,
  role,
  unitId,
  text: unitId ? `words of ${unitId}` : `written ${id}`,
  implicit,
});
// Two quoted premises and an implicit one, the author's conclusion (the e2e journey's shape).
const arg: MapArgument = {
  id: "A",
  title: "Officials say NATO is a tool",
  schemeId: "position-to-know",
  status: "DRAFT",
  statements: [st("s1", 0, "PREMISE", "u1"), st("s2", 1, "PREMISE", null, true), st("s3", 2, "PREMISE", "u2"), st("s4", 3, "CONCLUSION", "u3")],
  answers: [{ questionId: "in-position", answer: "HOLDS", note: null }],
};
const relation = (
  id: string,
  type: ArgumentRelationView["type"],
  from: Partial<ArgumentRelationView["from"]>,
  to: Partial<ArgumentRelationView["to"]>,
): ArgumentRelationView => ({
  id,
  type,
  from: { argumentId: null, unitId: null, text: null, ...from },
  to: { argumentId: null, statementId: null, unitId: null, ...to },
  questionId: null,
  createdAt: "2026-12-01T00:00:00.000Z",
});
const undercut = relation("R1", "UNDERCUTS", { text: "Spokespeople state the official line." }, { argumentId: "A" });
const undermine = relation("R2", "UNDERMINES", { unitId: "u4" }, { statementId: "s2" });
const rebut = relation("R3", "ATTACKS", { unitId: "u4" }, { argumentId: "A" });
const edgesOf = (o: ReturnType<typeof argumentOverlay>) => o.edges.map((e) => `${e.from} -${e.type}-> ${e.to}`);

describe("argumentOverlay", () => {
  test("collapsed: one box with the title, scheme, status and open questions; the text's premises → argument → conclusion", () => {
    const o = argumentOverlay([arg], [], units, new Set());
    expect(o.nodes).toHaveLength(1);
    expect(o.nodes[0]).toMatchObject({
      id: "arg:A",
      kind: "argument",
      text: arg.title,
      schemeName: "Argument from position to know",
      status: "DRAFT",
      openQuestions: 2,
      expanded: false,
    });
    // The implicit premise is no unit of the text: it is not drawn while collapsed.
    expect(edgesOf(o)).toEqual(["u1 -PREMISE-> arg:A", "u2 -PREMISE-> arg:A", "arg:A -CONCLUSION-> u3"]);
    // Placed in reading order just after its last anchored statement.
    expect(o.nodes[0]!.start).toBe(90.5);
  });

  test("expanded: the same box is the inference; the implicit premise gets a box of its own, marked implicit", () => {
    const o = argumentOverlay([arg], [], units, new Set(["A"]));
    expect(o.nodes.map((n) => [n.id, n.kind, n.implicit])).toEqual([
      ["arg:A", "argument", false],
      ["stmt:s2", "statement", true],
    ]);
    expect(o.nodes[0]!.expanded).toBe(true);
    expect(edgesOf(o)).toEqual(["u1 -PREMISE-> arg:A", "stmt:s2 -PREMISE-> arg:A", "u2 -PREMISE-> arg:A", "arg:A -CONCLUSION-> u3"]);
  });

  test("expanded with an intermediate conclusion: an inference step to it, which is then a premise of the main inference", () => {
    const chain: MapArgument = {
      ...arg,
      statements: [st("s1", 0, "PREMISE", "u1"), st("s2", 1, "INTERMEDIATE", null), st("s3", 2, "PREMISE", "u2"), st("s4", 3, "CONCLUSION", "u3")],
    };
    const o = argumentOverlay([chain], [], units, new Set(["A"]));
    expect(o.nodes.map((n) => n.id)).toEqual(["arg:A", "stmt:s2", "arg:A:1"]);
    expect(o.nodes.find((n) => n.id === "stmt:s2")).toMatchObject({ role: "INTERMEDIATE", implicit: false });
    expect(edgesOf(o)).toEqual([
      "u1 -PREMISE-> arg:A:1",
      "arg:A:1 -CONCLUSION-> stmt:s2",
      "stmt:s2 -PREMISE-> arg:A",
      "u2 -PREMISE-> arg:A",
      "arg:A -CONCLUSION-> u3",
    ]);
    // Collapsed, the intermediate step stays inside the argument.
    expect(edgesOf(argumentOverlay([chain], [], units, new Set()))).toEqual(["u1 -PREMISE-> arg:A", "u2 -PREMISE-> arg:A", "arg:A -CONCLUSION-> u3"]);
  });

  test("an undercut is drawn to the inference (the argument's box) both collapsed and expanded, from the objection's words", () => {
    for (const open of [new Set<string>(), new Set(["A"])]) {
      const o = argumentOverlay([arg], [undercut], units, open);
      const e = o.edges.find((x) => x.type === "UNDERCUTS")!;
      expect(e).toMatchObject({ id: "arel:R1", from: "obj:R1", to: "arg:A", toInference: true });
      expect(o.nodes.find((n) => n.id === "obj:R1")).toMatchObject({ kind: "objection", text: "Spokespeople state the official line." });
    }
  });

  test("an undermine goes to the premise: its own box when expanded, the argument standing for a hidden premise when collapsed", () => {
    expect(argumentOverlay([arg], [undermine], units, new Set(["A"])).edges.at(-1)).toMatchObject({
      from: "u4",
      to: "stmt:s2",
      type: "UNDERMINES",
      toInference: false,
    });
    expect(argumentOverlay([arg], [undermine], units, new Set()).edges.at(-1)).toMatchObject({ from: "u4", to: "arg:A", toInference: false });
    const anchored = relation("R4", "UNDERMINES", { unitId: "u4" }, { statementId: "s1" });
    expect(argumentOverlay([arg], [anchored], units, new Set()).edges.at(-1)).toMatchObject({ to: "u1" });
  });

  test("a rebuttal attacks the conclusion once expanded; support stays on the argument", () => {
    expect(argumentOverlay([arg], [rebut], units, new Set()).edges.at(-1)).toMatchObject({ to: "arg:A", type: "ATTACKS", toInference: false });
    expect(argumentOverlay([arg], [rebut], units, new Set(["A"])).edges.at(-1)).toMatchObject({ to: "u3", type: "ATTACKS" });
    const support = relation("R5", "SUPPORTS", { argumentId: "A" }, { unitId: "u4" });
    expect(argumentOverlay([arg], [support], units, new Set()).edges.at(-1)).toMatchObject({ from: "arg:A", to: "u4", type: "SUPPORTS" });
  });

  test("ends that are not on the map are left out, never dangling; an objection without its target is dropped", () => {
    const gone = [relation("R6", "UNDERCUTS", { text: "x" }, { argumentId: "missing" }), relation("R7", "SUPPORTS", { unitId: "nope" }, { argumentId: "A" })];
    const o = argumentOverlay([arg], gone, units, new Set());
    expect(o.nodes.map((n) => n.id)).toEqual(["arg:A"]);
    expect(o.edges.every((e) => e.type === "PREMISE" || e.type === "CONCLUSION")).toBe(true);
    const noUnits = argumentOverlay([arg], [], new Map(), new Set());
    expect(noUnits.edges).toEqual([]);
  });

  test("ids: prefixed, told apart from units and from each other", () => {
    expect([argumentNodeId("A"), stepNodeId("A", 2), statementNodeId("S"), objectionNodeId("R")]).toEqual(["arg:A", "arg:A:2", "stmt:S", "obj:R"]);
    expect(parseMapNodeId("arg:A:2")).toEqual({ kind: "argument", id: "A" });
    expect(parseMapNodeId("stmt:S")).toEqual({ kind: "statement", id: "S" });
    expect(parseMapNodeId("obj:R")).toEqual({ kind: "objection", id: "R" });
    expect(parseMapNodeId("0b9f0a6e-8c1e-4a52-9a6b-2f8f7f0e7f11")).toEqual({ kind: "unit", id: "0b9f0a6e-8c1e-4a52-9a6b-2f8f7f0e7f11" });
  });
});

test("toMapGraph keeps a background sentence an argument uses", () => {
  const unit = (id: string, kind: "CLAIM" | "CONTEXT") => ({
    id,
    kind,
    start: 0,
    end: 1,
    exact: id,
    checked: null,
    text: id,
    speaker: null,
    verdict: "UNREVIEWED" as const,
    rationale: null,
    status: "OPEN" as const,
    checkworthy: 0,
    opinion: 0,
    signals: [],
    sources: [],
  });
  const nodes = [unit("u1", "CONTEXT"), unit("u3", "CLAIM"), unit("u9", "CONTEXT")];
  expect(toMapGraph({ nodes, edges: [] }).nodes.map((n) => n.id)).toEqual(["u3"]);
  expect(toMapGraph({ nodes, edges: [], arguments: [arg], argumentRelations: [] }).nodes.map((n) => n.id)).toEqual(["u1", "u3"]);
});
