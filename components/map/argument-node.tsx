"use client";
import { Handle, Position, type Node, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import { NODE_FONT_SIZE, NODE_LINE_HEIGHT, NODE_PADDING } from "@/lib/domain/map-geometry";
import { argumentFacts, argumentHeading, type ArgumentGraphNode } from "@/lib/domain/map-arguments";
import { ARGUMENT_NODE_STYLE } from "@/lib/render/map-style";

export interface ArgumentNodeData extends Record<string, unknown> {
  node: ArgumentGraphNode;
  onToggle: (argumentId: string) => void;
}
export type ArgumentFlowNode = Node<ArgumentNodeData, "argument">;

// Arguments, inferences, statements that are not units of the text, and objections: drawn at the
// size the layout reserved (map-arguments.ts), text rendered as text. Expanding and collapsing is
// Enter on the focused box (map-canvas.tsx) or the button, which pointer users click.
export const ArgumentNode = memo(function ArgumentNode({ data, selected }: NodeProps<ArgumentFlowNode>) {
  const { node: n, onToggle } = data;
  const look = ARGUMENT_NODE_STYLE[n.kind === "statement" && n.implicit ? "implicit" : n.kind];
  const main = n.kind === "argument";
  return (
    <>
      <div
        data-testid={main ? "map-argument" : `map-${n.kind === "statement" && n.implicit ? "implicit" : n.kind}`}
        data-argument-id={n.argumentId ?? undefined}
        data-expanded={main ? String(n.expanded) : undefined}
        className="relative box-border overflow-hidden shadow-sm"
        style={{
          width: n.width,
          height: n.height,
          padding: NODE_PADDING,
          background: look.fill,
          border: `${look.width}px ${look.dash} ${look.stroke}`,
          borderRadius: look.radius,
          outline: selected ? "3px solid #1d4ed8" : undefined,
          outlineOffset: 2,
        }}
      >
        <div className="flex h-5 items-baseline justify-between gap-2 text-[10.5px] leading-4">
          <span className="truncate font-bold" style={{ color: look.stroke }}>
            {argumentHeading(n)}
          </span>
          {main && (
            <button
              type="button"
              // Keyboard users press Enter on the box itself; one tab stop per node.
              tabIndex={-1}
              className="nodrag shrink-0 rounded border border-stone-300 bg-white px-1 text-[10.5px] text-stone-700 hover:bg-stone-100"
              onClick={(e) => {
                e.stopPropagation();
                onToggle(n.argumentId!);
              }}
            >
              {n.expanded ? "Collapse" : "Expand"}
            </button>
          )}
        </div>
        <div className="text-stone-900" style={{ fontSize: NODE_FONT_SIZE, lineHeight: `${NODE_LINE_HEIGHT}px` }}>
          {n.lines.map((line, i) => (
            <div key={i} className={`whitespace-pre${main ? " font-semibold" : ""}`}>
              {line}
            </div>
          ))}
          {main && (
            <div className="text-[11px] leading-4 text-stone-600" data-testid="map-argument-facts">
              <div className="truncate">{n.schemeName ?? "No scheme yet"}</div>
              <div className="truncate">{argumentFacts(n)}</div>
            </div>
          )}
        </div>
      </div>
      <Handle type="target" position={Position.Bottom} isConnectable={false} />
      <Handle type="source" position={Position.Top} isConnectable={false} />
    </>
  );
});
