// Automatic layered layout of the argument map (ELK "layered", the Sugiyama method): claims
// on top, what supports, attacks or is cited by them below, edges pointing up. Pure and
// promise-based, so the map page's Web Worker (components/map/map-layout.worker.ts) and
// `npm run bench:map` run the very same function. Its own module because elkjs is 1.6 MB:
// only the worker (and the fallback when workers are unavailable) loads it, never the page.
import ELK from "elkjs/lib/elk.bundled.js";
import type { LayoutGraph, Positions } from "./map-layout";

/** Above this many nodes, layout quality is traded for speed (1,000 nodes must lay out in under 1 s). */
const LARGE_MAP = 300;

let elk: InstanceType<typeof ELK> | null = null;

export async function layoutMap(graph: LayoutGraph): Promise<Positions> {
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
