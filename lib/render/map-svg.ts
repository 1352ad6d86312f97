// The argument map as a standalone SVG: the picture people paste into a report. Built from
// node positions rather than screenshotting the DOM, so it is exact, has real (selectable,
// searchable) text, and needs no fonts or stylesheets from the page. PNG export rasterises it.
import { NODE_FONT_SIZE, NODE_HEADER, NODE_LINE_HEIGHT, NODE_PADDING } from "@/lib/domain/map-geometry";
import type { MapGraph } from "@/lib/domain/map-graph";
import { boundsOf, type Point, type Positions } from "@/lib/domain/map-layout";
import { RELATION_LABEL, UNIT_KIND_LABEL, VERDICT_LABEL, type RelationType } from "@/lib/domain/vocabulary";
import { KIND_INK, KIND_STROKE, RELATION_STYLE, VERDICT_FILL, VERDICT_INK } from "./map-style";
import { truncate } from "@/lib/domain/snippet";
import type { ArgumentOverlay } from "@/lib/domain/map-arguments";
import { argumentEdgesSvg, argumentMarkers, argumentNodesSvg } from "./map-svg-arguments";

const MARGIN = 32;
const TITLE_HEIGHT = 36;
const FONT = "DejaVu Sans, Helvetica, Arial, sans-serif";

/** Text from the database is escaped, never interpreted: a quote cannot inject markup into the picture. */
export function escapeXml(s: string): string {
  return (
    s
      .replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!)
      // Characters XML 1.0 forbids (control characters) would make the whole file unreadable.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
  );
}

/** The picture of the map: the units' graph and, when given, the reconstructed arguments drawn over it as on screen. */
export function renderMapSvg(graph: MapGraph, positions: Positions, title: string, overlay?: ArgumentOverlay): string {
  const boxes: Array<{ id: string; width: number; height: number }> = [...graph.nodes, ...(overlay?.nodes ?? [])];
  const box = boundsOf(boxes, positions);
  const width = Math.ceil(box.width + MARGIN * 2);
  const height = Math.ceil(box.height + MARGIN * 2 + TITLE_HEIGHT);
  const dx = MARGIN - box.x;
  const dy = MARGIN + TITLE_HEIGHT - box.y;
  const byId = new Map(boxes.map((n) => [n.id, n]));
  const at = (id: string): Point | null => {
    const p = positions[id];
    return p ? { x: p.x + dx, y: p.y + dy } : null;
  };

  /** Where an arrow between two boxes leaves the first and reaches the second (centre to centre, clipped). */
  const ends = (from: string, to: string): { start: Point; end: Point } | null => {
    const a = byId.get(from),
      b = byId.get(to),
      pa = at(from),
      pb = at(to);
    if (!a || !b || !pa || !pb) return null;
    const ca = { x: pa.x + a.width / 2, y: pa.y + a.height / 2 };
    const cb = { x: pb.x + b.width / 2, y: pb.y + b.height / 2 };
    return { start: clipToBox(ca, cb, a.width / 2, a.height / 2), end: clipToBox(cb, ca, b.width / 2, b.height / 2) };
  };

  const edges = graph.edges.map((e) => {
    const seg = ends(e.from, e.to);
    if (!seg) return "";
    const { start, end } = seg;
    const style = RELATION_STYLE[e.type];
    const label = RELATION_LABEL[e.type].outgoing;
    const mid = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
    const lw = label.length * 6.4 + 8;
    return (
      `<g data-relation-id="${escapeXml(e.id)}" data-relation-type="${e.type}">` +
      `<line x1="${r(start.x)}" y1="${r(start.y)}" x2="${r(end.x)}" y2="${r(end.y)}" stroke="${style.stroke}" stroke-width="1.6"` +
      `${style.dash ? ` stroke-dasharray="${style.dash}"` : ""}${style.arrow ? ` marker-end="url(#arrow-${e.type})"` : ""}/>` +
      `<rect x="${r(mid.x - lw / 2)}" y="${r(mid.y - 8)}" width="${r(lw)}" height="16" rx="3" fill="#fafaf9"/>` +
      `<text x="${r(mid.x)}" y="${r(mid.y + 4)}" text-anchor="middle" font-size="11" fill="${style.stroke}">${label}</text></g>`
    );
  });

  const nodes = graph.nodes.map((n) => {
    const p = at(n.id);
    if (!p) return "";
    // The badge shares its line with the verdict on the right: cut it before they collide.
    const badge = truncate([UNIT_KIND_LABEL[n.kind], n.speaker ? `— ${n.speaker}` : null].filter(Boolean).join(" "), 25);
    const lines = n.lines
      .map(
        (line, i) =>
          `<tspan x="${r(p.x + NODE_PADDING)}" y="${r(p.y + NODE_PADDING + NODE_HEADER + (i + 1) * NODE_LINE_HEIGHT - 4)}">${escapeXml(line)}</tspan>`,
      )
      .join("");
    return (
      `<g data-node-id="${escapeXml(n.id)}" data-kind="${n.kind}" data-verdict="${n.verdict}">` +
      `<rect x="${r(p.x)}" y="${r(p.y)}" width="${n.width}" height="${n.height}" rx="${n.kind === "EVIDENCE" ? 2 : 8}" fill="${VERDICT_FILL[n.verdict]}" stroke="${KIND_STROKE[n.kind]}" stroke-width="${n.kind === "CLAIM" ? 2 : 1.5}"${n.kind === "PREMISE" ? ' stroke-dasharray="5 3"' : ""}/>` +
      `<text x="${r(p.x + NODE_PADDING)}" y="${r(p.y + NODE_PADDING + 11)}" font-size="10.5" font-weight="bold" fill="${KIND_INK[n.kind]}">${escapeXml(badge)}</text>` +
      `<text x="${r(p.x + n.width - NODE_PADDING)}" y="${r(p.y + NODE_PADDING + 11)}" text-anchor="end" font-size="10.5" fill="${VERDICT_INK[n.verdict]}">${VERDICT_LABEL[n.verdict]}</text>` +
      `<text font-size="${NODE_FONT_SIZE}" fill="#1c1917">${lines}</text></g>`
    );
  });

  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">` +
    `<title>${escapeXml(`Argument map: ${title}`)}</title>` +
    `<defs>${(Object.keys(RELATION_STYLE) as RelationType[]).map(marker).join("")}${overlay ? argumentMarkers() : ""}</defs>` +
    `<rect width="${width}" height="${height}" fill="#fafaf9"/>` +
    `<text x="${MARGIN}" y="${MARGIN + 14}" font-size="16" font-weight="bold" fill="#1c1917">${escapeXml(truncate(title, 120))}</text>` +
    `<g>${edges.join("")}${overlay ? argumentEdgesSvg(overlay, ends, escapeXml).join("") : ""}</g>` +
    `<g>${nodes.join("")}${overlay ? argumentNodesSvg(overlay, at, escapeXml).join("") : ""}</g></svg>\n`
  );
}

function marker(type: RelationType): string {
  return (
    `<marker id="arrow-${type}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">` +
    `<path d="M0,0 L10,5 L0,10 z" fill="${RELATION_STYLE[type].stroke}"/></marker>`
  );
}

/** Where the segment from `from` (a box centre) towards `to` leaves a box of half-size hw × hh. */
export function clipToBox(from: Point, to: Point, hw: number, hh: number): Point {
  const vx = to.x - from.x,
    vy = to.y - from.y;
  if (vx === 0 && vy === 0) return from;
  const t = Math.min(vx === 0 ? Infinity : hw / Math.abs(vx), vy === 0 ? Infinity : hh / Math.abs(vy));
  return { x: from.x + vx * Math.min(t, 1), y: from.y + vy * Math.min(t, 1) };
}

const r = (v: number) => Math.round(v * 10) / 10;
