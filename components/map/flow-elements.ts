// The graph model turned into React Flow nodes and edges. Sizes are fixed from the model
// (GraphNode.width/height) so the minimap and "fit" are right before the browser measures.
import { MarkerType, type Edge } from "@xyflow/react";
import type { SupportSummary } from "@/lib/domain/map-analysis";
import type { GraphEdge, MapGraph } from "@/lib/domain/map-graph";
import type { Positions } from "@/lib/domain/map-layout";
import { RELATION_LABEL, UNIT_KIND_LABEL, VERDICT_LABEL } from "@/lib/domain/vocabulary";
import { RELATION_STYLE } from "@/lib/render/map-style";
import type { UnitFlowNode, UnitNodeData } from "./map-node";
import type { MapFilters } from "./map-toolbar";

export type Selection = { kind: "node" | "edge"; id: string } | null;

export function nodeData(graph: MapGraph, filters: MapFilters, summaries: Map<string, SupportSummary>, cycleIds: Set<string>) {
  const out = new Map<string, UnitNodeData>();
  for (const unit of graph.nodes) {
    const dimmed = !filters.kinds.has(unit.kind) || !filters.verdicts.has(unit.verdict);
    out.set(unit.id, { unit, dimmed, inCycle: cycleIds.has(unit.id), summary: summaries.get(unit.id) });
  }
  return out;
}

export function flowNodes(graph: MapGraph, data: Map<string, UnitNodeData>, positions: Positions, selection: Selection): UnitFlowNode[] {
  return graph.nodes.map((n) => ({
    id: n.id,
    type: "unit",
    position: positions[n.id] ?? { x: 0, y: 0 },
    data: data.get(n.id)!,
    width: n.width,
    height: n.height,
    selected: selection?.kind === "node" && selection.id === n.id,
    ariaLabel: `${UNIT_KIND_LABEL[n.kind]}${n.speaker ? ` by ${n.speaker}` : ""}, ${VERDICT_LABEL[n.verdict]}: ${n.text}`,
  }));
}

export function flowEdges(edges: GraphEdge[], data: Map<string, UnitNodeData>, selection: Selection): Edge[] {
  return edges.map((e) => {
    const style = RELATION_STYLE[e.type];
    const selected = selection?.kind === "edge" && selection.id === e.id;
    const dimmed = Boolean(data.get(e.from)?.dimmed || data.get(e.to)?.dimmed);
    return {
      id: e.id,
      source: e.from,
      target: e.to,
      selected,
      label: RELATION_LABEL[e.type].outgoing,
      labelStyle: { fill: style.stroke, fontSize: 11, fontWeight: 600 },
      labelBgStyle: { fill: "#fafaf9" },
      style: { stroke: style.stroke, strokeWidth: selected ? 3.5 : 1.8, strokeDasharray: style.dash ?? undefined, opacity: dimmed ? 0.15 : 1 },
      markerEnd: style.arrow ? { type: MarkerType.ArrowClosed, color: style.stroke, width: 18, height: 18 } : undefined,
      ariaLabel: `Relation: ${RELATION_LABEL[e.type].outgoing}`,
      data: { type: e.type },
    };
  });
}
