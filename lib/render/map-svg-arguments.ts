// The reconstructed arguments' boxes and arrows (lib/domain/map-arguments.ts) in the map's SVG
// picture, drawn as on screen (argument-node.tsx, argument-elements.ts): same styles from
// map-style.ts, same headings and labels, text escaped.
import { NODE_FONT_SIZE, NODE_HEADER, NODE_LINE_HEIGHT, NODE_PADDING } from "@/lib/domain/map-geometry";
import { ARGUMENT_EDGE_LABEL, argumentFacts, argumentHeading, type ArgumentGraphEdge, type ArgumentOverlay } from "@/lib/domain/map-arguments";
import type { Point } from "@/lib/domain/map-layout";
import { truncate } from "@/lib/domain/snippet";
import { ARGUMENT_EDGE_STYLE, ARGUMENT_NODE_STYLE } from "./map-style";

type Escape = (s: string) => string;
const r = (v: number) => Math.round(v * 10) / 10;
const DASH: Record<string, string | null> = { solid: null, dashed: "6 3", dotted: "2 3" };
const EDGE_TYPES = Object.keys(ARGUMENT_EDGE_STYLE) as ArgumentGraphEdge["type"][];

/** One marker per kind of argument arrow: a filled arrow, an open chevron, or the undercut's bar (⊣). */
export function argumentMarkers(): string {
  return EDGE_TYPES.map((type) => {
    const { stroke, marker } = ARGUMENT_EDGE_STYLE[type];
    const shape =
      marker === "arrow"
        ? `<path d="M0,0 L10,5 L0,10 z" fill="${stroke}"/>`
        : marker === "open"
          ? `<path d="M0,0 L10,5 L0,10" fill="none" stroke="${stroke}" stroke-width="1.5"/>`
          : `<path d="M8,0 L8,10" stroke="${stroke}" stroke-width="2.5"/>`;
    return `<marker id="arg-${type}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" orient="auto-start-reverse">${shape}</marker>`;
  }).join("");
}

export function argumentNodesSvg(overlay: ArgumentOverlay, at: (id: string) => Point | null, esc: Escape): string[] {
  return overlay.nodes.map((n) => {
    const p = at(n.id);
    if (!p) return "";
    const look = ARGUMENT_NODE_STYLE[n.kind === "statement" && n.implicit ? "implicit" : n.kind];
    const dash = DASH[look.dash];
    const x = p.x + NODE_PADDING;
    const lineY = (i: number) => r(p.y + NODE_PADDING + NODE_HEADER + (i + 1) * NODE_LINE_HEIGHT - 4);
    const lines = n.lines.map((line, i) => `<tspan x="${r(x)}" y="${lineY(i)}">${esc(line)}</tspan>`).join("");
    // The argument's box adds its scheme and facts under its title (the two lines the layout reserved).
    const facts =
      n.kind === "argument"
        ? `<text font-size="11" fill="#57534e"><tspan x="${r(x)}" y="${lineY(n.lines.length)}">${esc(truncate(n.schemeName ?? "No scheme yet", 42))}</tspan>` +
          `<tspan x="${r(x)}" y="${lineY(n.lines.length + 1)}">${esc(argumentFacts(n))}</tspan></text>`
        : "";
    return (
      `<g data-argument-node="${esc(n.id)}" data-kind="${n.kind}">` +
      `<rect x="${r(p.x)}" y="${r(p.y)}" width="${n.width}" height="${n.height}" rx="${look.radius}" fill="${look.fill}" stroke="${look.stroke}" stroke-width="${look.width}"${dash ? ` stroke-dasharray="${dash}"` : ""}/>` +
      `<text x="${r(x)}" y="${r(p.y + NODE_PADDING + 11)}" font-size="10.5" font-weight="bold" fill="${look.stroke}">${esc(argumentHeading(n))}</text>` +
      `<text font-size="${NODE_FONT_SIZE}" fill="#1c1917"${n.kind === "argument" ? ' font-weight="bold"' : ""}>${lines}</text>${facts}</g>`
    );
  });
}

export function argumentEdgesSvg(overlay: ArgumentOverlay, ends: (from: string, to: string) => { start: Point; end: Point } | null, esc: Escape): string[] {
  return overlay.edges.map((e) => {
    const seg = ends(e.from, e.to);
    if (!seg) return "";
    const { start, end } = seg;
    const style = ARGUMENT_EDGE_STYLE[e.type];
    const word = ARGUMENT_EDGE_LABEL[e.type];
    // Premise arrows go unlabelled, as on screen: the inference box says what they are.
    const label = e.type === "PREMISE" ? null : e.toInference ? `${word} the inference` : word;
    const mid = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
    const lw = (label?.length ?? 0) * 6.4 + 8;
    return (
      `<g data-argument-edge="${e.type}"${e.toInference ? ' data-to-inference="true"' : ""}>` +
      `<line x1="${r(start.x)}" y1="${r(start.y)}" x2="${r(end.x)}" y2="${r(end.y)}" stroke="${style.stroke}" stroke-width="${style.width}"` +
      `${style.dash ? ` stroke-dasharray="${style.dash}"` : ""} marker-end="url(#arg-${e.type})"/>` +
      (label
        ? `<rect x="${r(mid.x - lw / 2)}" y="${r(mid.y - 8)}" width="${r(lw)}" height="16" rx="3" fill="#fafaf9"/>` +
          `<text x="${r(mid.x)}" y="${r(mid.y + 4)}" text-anchor="middle" font-size="11" font-weight="bold" fill="${style.stroke}">${esc(label)}</text>`
        : "") +
      `</g>`
    );
  });
}
