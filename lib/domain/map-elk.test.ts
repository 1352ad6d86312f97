import { expect, test } from "vitest";
import { toGraphNode } from "./map-graph";
import { layoutMap } from "./map-elk";
import { layoutInput } from "./map-layout";

const n = (id: string, kind: "CLAIM" | "PREMISE" | "EVIDENCE" = "CLAIM") =>
  toGraphNode({ id, kind, text: `Unit ${id}`, speaker: null, verdict: "UNREVIEWED", start: 0 });

test("claims sit above what supports them, and no two boxes overlap", async () => {
  const nodes = [n("claim"), n("premise", "PREMISE"), n("evidence", "EVIDENCE"), n("alone")];
  const edges = [
    { id: "r1", from: "premise", to: "claim", type: "SUPPORTS" as const },
    { id: "r2", from: "evidence", to: "premise", type: "CITES" as const },
  ];
  const p = await layoutMap({ nodes, edges });
  expect(Object.keys(p).sort()).toEqual(["alone", "claim", "evidence", "premise"]);
  expect(p.claim!.y).toBeLessThan(p.premise!.y);
  expect(p.premise!.y).toBeLessThan(p.evidence!.y);
  for (const a of nodes)
    for (const b of nodes) {
      if (a === b) continue;
      const pa = p[a.id]!,
        pb = p[b.id]!;
      const overlap = pa.x < pb.x + b.width && pb.x < pa.x + a.width && pa.y < pb.y + b.height && pb.y < pa.y + a.height;
      expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
    }
});

test("an empty map lays out to nothing, and cycles still lay out", async () => {
  expect(await layoutMap({ nodes: [], edges: [] })).toEqual({});
  const p = await layoutMap({
    nodes: [n("a"), n("b")],
    edges: [
      { id: "1", from: "a", to: "b" },
      { id: "2", from: "b", to: "a" },
    ],
  });
  expect(Object.keys(p)).toHaveLength(2);
});

test("the worker's input is just sizes and ends, and lays out the same as the whole graph", async () => {
  const graph = { nodes: [n("a"), n("b", "PREMISE")], edges: [{ id: "r", from: "b", to: "a", type: "SUPPORTS" as const }] };
  const input = layoutInput(graph);
  expect(input.nodes[0]).toEqual({ id: "a", width: graph.nodes[0]!.width, height: graph.nodes[0]!.height });
  expect(input.edges).toEqual([{ id: "r", from: "b", to: "a" }]);
  expect(await layoutMap(input)).toEqual(await layoutMap(graph));
});
