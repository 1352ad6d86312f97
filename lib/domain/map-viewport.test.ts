import { describe, expect, test } from "vitest";
import { hub, neighbourhood, openingViewport, READABLE_ZOOM } from "./map-viewport";

const box = (id: string) => ({ id, width: 200, height: 80 });
const screen = { width: 800, height: 600 };

describe("neighbourhood", () => {
  test("the unit first, then each directly related unit once, in either direction", () => {
    const edges = [
      { from: "a", to: "b" },
      { from: "c", to: "a" },
      { from: "a", to: "b" },
      { from: "b", to: "d" },
    ];
    expect(neighbourhood("a", edges)).toEqual(["a", "b", "c"]);
    expect(neighbourhood("z", edges)).toEqual(["z"]);
  });
  test("hub: the most connected unit, or null without relations", () => {
    expect(
      hub(
        [box("a"), box("b"), box("c")],
        [
          { from: "a", to: "b" },
          { from: "c", to: "b" },
        ],
      ),
    ).toBe("b");
    expect(hub([box("a")], [])).toBeNull();
  });
});

/** Where a node's box lands on screen. */
const onScreen = (v: { x: number; y: number; zoom: number }, p: { x: number; y: number }, w = 200, h = 80) => ({
  left: p.x * v.zoom + v.x,
  top: p.y * v.zoom + v.y,
  right: (p.x + w) * v.zoom + v.x,
  bottom: (p.y + h) * v.zoom + v.y,
});

describe("openingViewport", () => {
  // A long row of 40 nodes: the overview would be far too small to read.
  const nodes = Array.from({ length: 40 }, (_, i) => box(`n${i}`));
  const positions = Object.fromEntries(nodes.map((n, i) => [n.id, { x: i * 300, y: (i % 3) * 200 }]));
  const edges = [
    { from: "n30", to: "n31" },
    { from: "n29", to: "n30" },
    { from: "n5", to: "n6" },
  ];

  test("a selected unit: its neighbourhood fills the view at a readable zoom, the unit on screen", () => {
    const v = openingViewport({ nodes, edges, positions, screen, selectedId: "n30" });
    expect(v.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(v.zoom).toBeLessThanOrEqual(1);
    for (const id of ["n29", "n30", "n31"]) {
      const r = onScreen(v, positions[id]!);
      expect(r.left).toBeGreaterThanOrEqual(0);
      expect(r.right).toBeLessThanOrEqual(screen.width);
      expect(r.top).toBeGreaterThanOrEqual(0);
      expect(r.bottom).toBeLessThanOrEqual(screen.height);
    }
  });

  test("a selected unit whose neighbourhood is too wide: readable zoom, centred on the unit", () => {
    const wide = [{ from: "n0", to: "n39" }];
    const v = openingViewport({ nodes, edges: wide, positions, screen, selectedId: "n0" });
    expect(v.zoom).toBe(READABLE_ZOOM);
    const r = onScreen(v, positions.n0!);
    expect((r.left + r.right) / 2).toBeCloseTo(screen.width / 2);
  });

  test("no selection, big map: never below the readable zoom, opens on the best-connected unit", () => {
    const v = openingViewport({ nodes, edges, positions, screen });
    expect(v.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    const r = onScreen(v, positions.n30!);
    expect(r.left).toBeGreaterThanOrEqual(0);
    expect(r.right).toBeLessThanOrEqual(screen.width);
  });

  test("no selection, small map: the whole map, not magnified past 1", () => {
    const few = nodes.slice(0, 2);
    const v = openingViewport({ nodes: few, edges: [], positions, screen });
    expect(v.zoom).toBe(1);
    expect(onScreen(v, positions.n0!).left).toBeGreaterThanOrEqual(0);
    expect(onScreen(v, positions.n1!).right).toBeLessThanOrEqual(screen.width);
  });

  test("an unknown selected id falls back to the whole-map rule", () => {
    expect(openingViewport({ nodes, edges, positions, screen, selectedId: "nope" })).toEqual(openingViewport({ nodes, edges, positions, screen }));
  });
});
