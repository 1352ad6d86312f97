"use client";
import { Handle, Position, type Node, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { SupportSummary } from "@/lib/domain/map-analysis";
import { NODE_FONT_SIZE, NODE_LINE_HEIGHT, NODE_PADDING } from "@/lib/domain/map-geometry";
import type { GraphNode } from "@/lib/domain/map-graph";
import { UNIT_KIND_LABEL, VERDICT_LABEL } from "@/lib/domain/vocabulary";
import { KIND_INK, KIND_STROKE, VERDICT_FILL, VERDICT_INK } from "@/lib/render/map-style";
import { NodeViewers } from "@/components/review/presence-avatars";

export interface UnitNodeData extends Record<string, unknown> {
  unit: GraphNode;
  dimmed: boolean;
  inCycle: boolean;
  summary: SupportSummary | undefined;
}
export type UnitFlowNode = Node<UnitNodeData, "unit">;

// Drawn at the exact size the layout reserved (GraphNode.width/height), so boxes never overlap.
// The text is rendered as text (React escapes it), never as HTML.
export const UnitNode = memo(function UnitNode({ data, selected }: NodeProps<UnitFlowNode>) {
  const { unit, dimmed, inCycle, summary } = data;
  // The handles sit outside the clipped box so their dot and wider hit area are not cut off
  // (sizes in app/globals.css, "Map: connection handles").
  return (
    <>
      <div
        data-testid="map-node"
        data-unit-id={unit.id}
        data-kind={unit.kind}
        data-verdict={unit.verdict}
        data-dimmed={dimmed || undefined}
        className="relative box-border overflow-hidden shadow-sm transition-opacity"
        style={{
          width: unit.width,
          height: unit.height,
          padding: NODE_PADDING,
          background: VERDICT_FILL[unit.verdict],
          border: `${unit.kind === "CLAIM" ? 2 : 1.5}px ${unit.kind === "PREMISE" ? "dashed" : "solid"} ${KIND_STROKE[unit.kind]}`,
          borderRadius: unit.kind === "EVIDENCE" ? 2 : 8,
          opacity: dimmed ? 0.18 : 1,
          outline: selected ? "3px solid #1d4ed8" : undefined,
          outlineOffset: 2,
        }}
      >
        <div className="flex h-5 items-baseline justify-between gap-2 text-[10.5px] leading-4">
          <span className="truncate font-bold" style={{ color: KIND_INK[unit.kind] }}>
            {UNIT_KIND_LABEL[unit.kind]}
            {unit.speaker && <span className="font-semibold"> — {unit.speaker}</span>}
          </span>
          <span className="flex shrink-0 gap-1.5" style={{ color: VERDICT_INK[unit.verdict] }}>
            <NodeViewers unitId={unit.id} />
            {inCycle && <span title="Part of a circle of support or attack">⟳</span>}
            {summary && summary.supportedBy > 0 && (
              <span className="text-green-700" title={`Supported by ${summary.supportedBy}`}>
                +{summary.supportedBy}
              </span>
            )}
            {summary && summary.attackedBy > 0 && (
              <span className="text-red-700" title={`Attacked by ${summary.attackedBy}`}>
                −{summary.attackedBy}
              </span>
            )}
            {VERDICT_LABEL[unit.verdict]}
          </span>
        </div>
        <div className="text-stone-900" style={{ fontSize: NODE_FONT_SIZE, lineHeight: `${NODE_LINE_HEIGHT}px` }}>
          {unit.lines.map((line, i) => (
            <div key={i} className="whitespace-pre">
              {line}
            </div>
          ))}
        </div>
      </div>
      <Handle type="target" position={Position.Bottom} title="Drag to another node's dot to draw a relation" />
      <Handle type="source" position={Position.Top} title="Drag to another node's dot to draw a relation" />
    </>
  );
});
