// Where the argument map's nodes stand: the provisional grid drawn at once, the automatic
// layout merged with positions people dragged, and the helpers around them. The automatic
// (ELK) layout itself is in map-elk.ts, loaded only by the layout worker.

export interface Point {
  x: number;
  y: number;
}
export type Positions = Record<string, Point>;

/** What the automatic layout needs of the map: box sizes and which boxes are joined (MapGraph fits). */
export interface LayoutGraph {
  nodes: { id: string; width: number; height: number }[];
  edges: { id: string; from: string; to: string }[];
}

/** A graph the map page lays out: the units' and the arguments' boxes, with their place in the text for the provisional grid. */
export interface MapLayoutGraph extends LayoutGraph {
  nodes: { id: string; width: number; height: number; start: number }[];
}

/** Only what the layout reads, so the message to the layout worker stays small (no texts). */
export function layoutInput(graph: LayoutGraph): LayoutGraph {
  return {
    nodes: graph.nodes.map(({ id, width, height }) => ({ id, width, height })),
    edges: graph.edges.map(({ id, from, to }) => ({ id, from, to })),
  };
}

/** The same spacing and proportions as the automatic layout (map-elk.ts), so the swap moves boxes, not the whole picture. */
const GAP_X = 28;
const GAP_Y = 56;
const ASPECT = 1.6;

/**
 * Where nodes stand until the automatic layout arrives (seconds on thousands of units): a grid
 * in text order, about as wide as the layout's picture. One pass over the nodes, so the first
 * nodes can be drawn as soon as the page runs.
 */
export function provisionalLayout(nodes: { id: string; width: number; height: number; start: number }[]): Positions {
  if (nodes.length === 0) return {};
  const ordered = [...nodes].sort((a, b) => a.start - b.start);
  let width = 0;
  let height = 0;
  for (const n of ordered) {
    width = Math.max(width, n.width);
    height += n.height;
  }
  const cell = { w: width + GAP_X, h: height / ordered.length + GAP_Y };
  const columns = Math.max(1, Math.ceil(Math.sqrt((ASPECT * ordered.length * cell.h) / cell.w)));
  const out: Positions = {};
  let y = 0;
  for (let row = 0; row * columns < ordered.length; row++) {
    const cells = ordered.slice(row * columns, (row + 1) * columns);
    cells.forEach((n, i) => (out[n.id] = { x: i * cell.w, y }));
    y += Math.max(...cells.map((n) => n.height)) + GAP_Y;
  }
  return out;
}

/**
 * When the automatic layout replaces the provisional grid: a position pinned exactly on a node's
 * grid place (a move undone while the grid was shown) follows the node to its laid-out place,
 * instead of holding it where the grid no longer is. Returns the pins that changed.
 */
export function rebasePinned(saved: Positions, provisional: Positions, auto: Positions): Positions {
  const changed: Positions = {};
  for (const [id, p] of Object.entries(saved)) {
    const grid = provisional[id];
    const laid = auto[id];
    if (grid && laid && samePoint(p, grid) && !samePoint(p, laid)) changed[id] = laid;
  }
  return changed;
}

export const samePoint = (a: Point, b: Point) => a.x === b.x && a.y === b.y;

/**
 * Where each node is drawn: where a user dragged it if they did, else the automatic layout.
 * Positions of units no longer in the map are dropped. A node the layout has not seen (an
 * argument expanded, or one a teammate just reconstructed) stands below the nodes it is joined
 * to by `edges`, so it appears beside its argument rather than far away; one joined to nothing
 * placed goes to a row below everything.
 */
export function mergePositions(ids: string[], auto: Positions, saved: Positions, edges: readonly { from: string; to: string }[] = []): Positions {
  const out: Positions = {};
  const missing: string[] = [];
  for (const id of ids) {
    const p = saved[id] ?? auto[id];
    if (p) out[id] = { x: p.x, y: p.y };
    else missing.push(id);
  }
  if (missing.length === 0) return out;
  let bottom = 0;
  for (const p of Object.values(auto)) bottom = Math.max(bottom, p.y);
  const neighbours = new Map<string, string[]>();
  const want = new Set(missing);
  for (const e of edges) {
    if (want.has(e.from)) (neighbours.get(e.from) ?? neighbours.set(e.from, []).get(e.from)!).push(e.to);
    if (want.has(e.to)) (neighbours.get(e.to) ?? neighbours.set(e.to, []).get(e.to)!).push(e.from);
  }
  // Nodes placed below the same anchor are spread sideways, one box width apart, clear of the others.
  const besides = new Map<string, number>();
  let spare = 0;
  // Twice: a node joined only to another new node is placed once that one is.
  for (let pass = 0; pass < 2; pass++) {
    for (const id of missing) {
      if (out[id]) continue;
      const placed = (neighbours.get(id) ?? []).map((n) => out[n]).filter((p): p is Point => Boolean(p));
      if (placed.length === 0) continue;
      const x = Math.round(placed.reduce((sum, p) => sum + p.x, 0) / placed.length);
      const y = Math.max(...placed.map((p) => p.y)) + NEW_NODE_DROP;
      const key = `${x},${y}`;
      let n = besides.get(key) ?? 0;
      // Sideways past boxes already standing there (a premise laid out below the same argument).
      while (n < 50 && Object.values(out).some((p) => Math.abs(p.x - (x + n * NEW_NODE_STEP)) < NEW_NODE_STEP && Math.abs(p.y - y) < NEW_NODE_DROP)) n++;
      besides.set(key, n + 1);
      out[id] = { x: x + n * NEW_NODE_STEP, y };
    }
  }
  for (const id of missing) out[id] ??= { x: NEW_NODE_STEP * spare++, y: bottom + 200 };
  return out;
}
const NEW_NODE_DROP = 140;
const NEW_NODE_STEP = 268;

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
