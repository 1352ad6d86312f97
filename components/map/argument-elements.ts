// The arguments' boxes and arrows (lib/domain/map-arguments.ts) as React Flow nodes and edges.
import { MarkerType, type Edge } from "@xyflow/react";
import { ARGUMENT_EDGE_LABEL, argumentHeading, type ArgumentGraphNode, type ArgumentOverlay } from "@/lib/domain/map-arguments";
import type { Positions } from "@/lib/domain/map-layout";
import { ARGUMENT_EDGE_STYLE } from "@/lib/render/map-style";
import type { ArgumentFlowNode } from "./argument-node";
import type { Selection } from "./flow-elements";

/** The id of the SVG marker that draws an undercut's bar (defined once in map-canvas.tsx). */
export const BAR_MARKER_ID = "warrant-undercut-bar";

function ariaLabel(n: ArgumentGraphNode): string {
  const words = `${argumentHeading(n)}: ${n.text}`;
  if (n.kind !== "argument") return words;
  const facts = `${n.schemeName ?? "no scheme"}, ${n.status === "REVIEWED" ? "reviewed" : "draft"}, ${n.openQuestions} open questions`;
  return `${words} (${facts}). Press Enter to ${n.expanded ? "collapse" : "expand"} its structure.`;
}

export function argumentFlowNodes(
  overlay: ArgumentOverlay,
  positions: Positions,
  selection: Selection,
  onToggle: (argumentId: string) => void,
): ArgumentFlowNode[] {
  return overlay.nodes.map((n) => ({
    id: n.id,
    type: "argument",
    position: positions[n.id] ?? { x: 0, y: 0 },
    data: { node: n, onToggle },
    width: n.width,
    height: n.height,
    connectable: false,
    selected: selection?.kind === "node" && selection.id === n.id,
    ariaLabel: ariaLabel(n),
    domAttributes: n.kind === "argument" ? { "aria-expanded": n.expanded } : undefined,
  }));
}

export function argumentFlowEdges(overlay: ArgumentOverlay, selection: Selection): Edge[] {
  const names = new Map(overlay.nodes.map((n) => [n.id, n]));
  return overlay.edges.map((e) => {
    const style = ARGUMENT_EDGE_STYLE[e.type];
    const selected = selection?.kind === "edge" && selection.id === e.id;
    const label = ARGUMENT_EDGE_LABEL[e.type];
    const target = names.get(e.to);
    const relation = e.type !== "PREMISE" && e.type !== "CONCLUSION";
    return {
      id: e.id,
      source: e.from,
      target: e.to,
      selected,
      // Premise arrows go unlabelled: the inference box says what they are, and labels on every one would bury the map.
      label: e.type === "PREMISE" ? undefined : e.toInference ? `${label} the inference` : label,
      labelStyle: { fill: style.stroke, fontSize: 11, fontWeight: 600 },
      labelBgStyle: { fill: "#fafaf9" },
      style: { stroke: style.stroke, strokeWidth: selected ? style.width + 1.5 : style.width, strokeDasharray: style.dash ?? undefined },
      markerEnd:
        style.marker === "bar"
          ? BAR_MARKER_ID
          : { type: style.marker === "arrow" ? MarkerType.ArrowClosed : MarkerType.Arrow, color: style.stroke, width: 18, height: 18 },
      ariaLabel: relation
        ? `Argument relation: ${label}${e.toInference ? ` the inference of ${target?.text ? `“${target.text}”` : "the argument"}` : ""}`
        : `Argument: ${label}`,
      domAttributes: { "data-argument-edge": e.type, "data-to-inference": e.toInference ? "true" : undefined, "data-target": e.to } as Record<
        string,
        string | undefined
      >,
      data: { type: e.type },
    };
  });
}
