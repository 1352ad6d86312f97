// Automatic layered layout of the argument map (ELK "layered", the Sugiyama method): claims
// on top, what supports, attacks or is cited by them below, edges pointing up. Pure and
// promise-based, so the browser and `npm run bench:map` run the very same function.
import ELK from "elkjs/lib/elk.bundled.js";
import type { MapGraph } from "./map-graph";

export interface Point {
  x: number;
  y: number;
}
export type Positions = Record<string, Point>;

/** Above this many nodes, layout quality is traded for speed (1,000 nodes must lay out in under 1 s). */
const LARGE_MAP = 300;

let elk: InstanceType<typeof ELK> | null = null;

export async function layoutMap(graph: MapGraph): Promise<Positions> {
  if (graph.nodes.length === 0) return {};
  elk ??= new ELK();
  const large = graph.nodes.length > LARGE_MAP;
  const result = await elk.layout({
    id: "map",
    layoutOptions: {
      "elk.algorithm": "layered",
      // Edges run from a premise or evidence to the claim it bears on: UP puts conclusions on top, as argument maps are read.
      "elk.direction": "UP",
      "elk.edgeRouting": "POLYLINE",
      "elk.spacing.nodeNode": "28",
      "elk.layered.spacing.nodeNodeBetweenLayers": "56",
      "elk.spacing.componentComponent": "48",
      // Unconnected claims are packed in rows beside the argument trees instead of one endless line.
      "elk.separateConnectedComponents": "true",
      "elk.aspectRatio": "1.6",
      "elk.layered.thoroughness": large ? "1" : "7",
      // Greedy switch is the slowest crossing-minimisation pass and gains little on sparse maps.
      "elk.layered.crossingMinimization.greedySwitch.type": large ? "OFF" : "TWO_SIDED",
      "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
    },
    children: graph.nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: graph.edges.map((e) => ({ id: e.id, sources: [e.from], targets: [e.to] })),
  });
  const positions: Positions = {};
  for (const c of result.children ?? []) positions[c.id] = { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) };
  return positions;
}

/**
 * Where each node is drawn: where a user dragged it if they did, else the automatic layout.
 * Positions of units no longer in the map are dropped; nodes the layout missed go to a row below.
 */
export function mergePositions(ids: string[], auto: Positions, saved: Positions): Positions {
  const out: Positions = {};
  let bottom = 0;
  for (const p of Object.values(auto)) bottom = Math.max(bottom, p.y);
  let spare = 0;
  for (const id of ids) {
    const p = saved[id] ?? auto[id];
    out[id] = p ? { x: p.x, y: p.y } : { x: 280 * spare++, y: bottom + 200 };
  }
  return out;
}

/** The smallest box around all nodes, for export and fit. */
export function boundsOf(nodes: { id: string; width: number; height: number }[], positions: Positions) {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const n of nodes) {
    const p = positions[n.id];
    if (!p) continue;
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x + n.width);
    maxY = Math.max(maxY, p.y + n.height);
  }
  return minX === Infinity ? { x: 0, y: 0, width: 0, height: 0 } : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** Stored positions as read back from JSON: anything that is not a finite {x, y} is ignored. */
export function readPositions(json: unknown): Positions {
  const out: Positions = {};
  if (!json || typeof json !== "object" || Array.isArray(json)) return out;
  for (const [id, p] of Object.entries(json as Record<string, unknown>)) {
    const { x, y } = (p ?? {}) as { x?: unknown; y?: unknown };
    if (typeof x === "number" && typeof y === "number" && Number.isFinite(x) && Number.isFinite(y)) out[id] = { x, y };
  }
  return out;
}
