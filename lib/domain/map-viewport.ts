// Where the map opens. A whole-graph overview of a big document is too small to read, so the
// first view is a neighbourhood at a zoom where node text can be read: the selected unit and
// the units it is directly related to, or with no selection the whole map if it fits readably,
// else the best-connected unit's neighbourhood. "Fit all" stays one click away.
import { boundsOf, type Positions } from "./map-layout";

/** Below this zoom the 12 px node text is no longer readable. */
export const READABLE_ZOOM = 0.6;
/** Never open magnified beyond the drawn size. */
export const OPEN_MAX_ZOOM = 1;

export interface Box {
  id: string;
  width: number;
  height: number;
}
export interface Link {
  from: string;
  to: string;
}
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** `id` and the units directly related to it (either direction), `id` first. */
export function neighbourhood(id: string, edges: Link[]): string[] {
  const out = [id];
  for (const e of edges) {
    const other = e.from === id ? e.to : e.to === id ? e.from : null;
    if (other && !out.includes(other)) out.push(other);
  }
  return out;
}

/** The unit with the most relations (ties: the first in `nodes`, i.e. earliest in the text). */
export function hub(nodes: Box[], edges: Link[]): string | null {
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.from, (degree.get(e.from) ?? 0) + 1);
    degree.set(e.to, (degree.get(e.to) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestDegree = 0;
  for (const n of nodes) {
    const d = degree.get(n.id) ?? 0;
    if (d > bestDegree) [best, bestDegree] = [n.id, d];
  }
  return best;
}

interface Options {
  nodes: Box[];
  edges: Link[];
  positions: Positions;
  /** The canvas on screen, in pixels. */
  screen: { width: number; height: number };
  selectedId?: string | null;
  padding?: number;
  minZoom?: number;
  maxZoom?: number;
}

/** The viewport to open the map with (React Flow's {x, y, zoom}: screen = graph * zoom + x). */
export function openingViewport({
  nodes,
  edges,
  positions,
  screen,
  selectedId,
  padding = 40,
  minZoom = READABLE_ZOOM,
  maxZoom = OPEN_MAX_ZOOM,
}: Options): Viewport {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const focusOn = (ids: string[], anchor: string | null): Viewport => {
    const boxes = ids.flatMap((id) => byId.get(id) ?? []);
    const b = boundsOf(boxes, positions);
    const fit = Math.min((screen.width - 2 * padding) / Math.max(b.width, 1), (screen.height - 2 * padding) / Math.max(b.height, 1));
    const zoom = clamp(fit, minZoom, maxZoom);
    // Too big to fit readably: centre the anchor itself, so the unit asked for is on screen.
    const a = anchor ? byId.get(anchor) : undefined;
    const p = a ? positions[a.id] : undefined;
    const centre = fit < minZoom && a && p ? { x: p.x + a.width / 2, y: p.y + a.height / 2 } : { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    return { x: screen.width / 2 - centre.x * zoom, y: screen.height / 2 - centre.y * zoom, zoom };
  };

  if (selectedId && byId.has(selectedId) && positions[selectedId]) return focusOn(neighbourhood(selectedId, edges), selectedId);
  const all = focusOn(
    nodes.map((n) => n.id),
    null,
  );
  const whole = boundsOf(nodes, positions);
  const fitsReadably = whole.width * all.zoom <= screen.width && whole.height * all.zoom <= screen.height;
  if (fitsReadably) return all;
  const centre = hub(nodes, edges) ?? nodes[0]?.id;
  return centre ? focusOn(neighbourhood(centre, edges), centre) : all;
}

function clamp(v: number, lo: number, hi: number) {
  return Math.min(hi, Math.max(lo, v));
}
