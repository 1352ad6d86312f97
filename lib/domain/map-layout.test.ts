import { expect, test } from "vitest";
import { toGraphNode } from "./map-graph";
import { boundsOf, mergePositions, provisionalLayout, readPositions, rebasePinned } from "./map-layout";

const n = (id: string, kind: "CLAIM" | "PREMISE" | "EVIDENCE" = "CLAIM", start = 0) =>
  toGraphNode({ id, kind, text: `Unit ${id}`, speaker: null, verdict: "UNREVIEWED", start });

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test("the provisional grid: every node placed, in text order (left to right, then down), none overlapping, about 1.6 times wider than high", () => {
  const nodes = Array.from({ length: 200 }, (_, i) =>
    toGraphNode({ id: `u${i}`, kind: "CLAIM", text: "word ".repeat(1 + (i % 30)), speaker: null, verdict: "UNREVIEWED", start: (199 - i) * 10 }),
  );
  const p = provisionalLayout(nodes);
  expect(Object.keys(p)).toHaveLength(200);
  // start decreases with i: u199 comes first in the text.
  expect(p.u199).toEqual({ x: 0, y: 0 });
  expect(p.u198!.x).toBeGreaterThan(0);
  expect(p.u198!.y).toBe(0);
  const order = [...nodes].sort((a, b) => a.start - b.start);
  for (let i = 1; i < order.length; i++) {
    const [a, b] = [p[order[i - 1]!.id]!, p[order[i]!.id]!];
    expect(b.y > a.y || (b.y === a.y && b.x > a.x), `${order[i]!.id} after ${order[i - 1]!.id}`).toBe(true);
  }
  const boxes = nodes.map((node) => ({ ...p[node.id]!, width: node.width, height: node.height }));
  const overlapping = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => overlaps(a, b)));
  expect(overlapping).toEqual([]);
  const bounds = boundsOf(nodes, p);
  expect(bounds.width / bounds.height).toBeGreaterThan(1);
  expect(bounds.width / bounds.height).toBeLessThan(2.5);
  expect(provisionalLayout([])).toEqual({});
  expect(provisionalLayout([n("only")])).toEqual({ only: { x: 0, y: 0 } });
});

test("a pin left on a node's grid place follows it to the layout; real drags and nodes the layout missed stay", () => {
  const provisional = { a: { x: 0, y: 0 }, b: { x: 268, y: 0 }, c: { x: 536, y: 0 } };
  const auto = { a: { x: 40, y: 500 }, b: { x: 300, y: 10 }, c: { x: 536, y: 0 } };
  const saved = { a: { x: 0, y: 0 }, b: { x: 5, y: 5 }, c: { x: 536, y: 0 }, gone: { x: 0, y: 0 } };
  expect(rebasePinned(saved, provisional, auto)).toEqual({ a: { x: 40, y: 500 } });
});

test("dragged positions win over the layout; stale ones are dropped; missing nodes get a place", () => {
  const merged = mergePositions(["a", "b", "c"], { a: { x: 0, y: 0 }, b: { x: 300, y: 100 } }, { b: { x: 5, y: 6 }, gone: { x: 1, y: 1 } });
  expect(merged).toEqual({ a: { x: 0, y: 0 }, b: { x: 5, y: 6 }, c: { x: 0, y: 300 } });
});

test("a node the layout has not seen stands below the nodes it is joined to; siblings side by side; a chain follows", () => {
  const auto = { arg: { x: 100, y: 200 }, u: { x: 500, y: 0 } };
  const edges = [
    { from: "p1", to: "arg" },
    { from: "p2", to: "arg" },
    { from: "q", to: "p2" },
  ];
  const merged = mergePositions(["arg", "u", "p1", "p2", "q", "lone"], auto, {}, edges);
  expect(merged.p1).toEqual({ x: 100, y: 340 });
  expect(merged.p2).toEqual({ x: 368, y: 340 });
  expect(merged.q).toEqual({ x: 368, y: 480 });
  expect(merged.lone).toEqual({ x: 0, y: 400 });
});

test("a new node steps sideways past a box already standing where it would go", () => {
  const auto = { arg: { x: 100, y: 200 }, objection: { x: 90, y: 330 }, next: { x: 368, y: 340 } };
  const merged = mergePositions(["arg", "objection", "next", "implicit"], auto, {}, [{ from: "implicit", to: "arg" }]);
  expect(merged.implicit).toEqual({ x: 636, y: 340 });
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
