import { expect, test } from "vitest";
import { toGraphNode } from "./map-graph";
import { boundsOf, layoutMap, mergePositions, readPositions } from "./map-layout";

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
      { id: "1", from: "a", to: "b", type: "SUPPORTS" },
      { id: "2", from: "b", to: "a", type: "ATTACKS" },
    ],
  });
  expect(Object.keys(p)).toHaveLength(2);
});

test("dragged positions win over the layout; stale ones are dropped; missing nodes get a place", () => {
  const merged = mergePositions(["a", "b", "c"], { a: { x: 0, y: 0 }, b: { x: 300, y: 100 } }, { b: { x: 5, y: 6 }, gone: { x: 1, y: 1 } });
  expect(merged).toEqual({ a: { x: 0, y: 0 }, b: { x: 5, y: 6 }, c: { x: 0, y: 300 } });
});

test("bounds cover every placed node", () => {
  expect(boundsOf([n("a"), n("b")], { a: { x: -10, y: 0 }, b: { x: 100, y: 50 } })).toMatchObject({ x: -10, y: 0, width: 350 });
  expect(boundsOf([], {})).toEqual({ x: 0, y: 0, width: 0, height: 0 });
});

test.each([
  [null, {}],
  [[1, 2], {}],
  [{ a: { x: 1, y: 2 }, b: { x: "1", y: 2 }, c: null, d: { x: 1 } }, { a: { x: 1, y: 2 } }],
])("readPositions(%j)", (json, out) => {
  expect(readPositions(json)).toEqual(out);
});
