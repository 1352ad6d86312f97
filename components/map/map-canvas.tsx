"use client";
import "@xyflow/react/dist/style.css";
import {
  Background,
  ConnectionMode,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type NodeTypes,
} from "@xyflow/react";
import { useMemo, useRef } from "react";
import { argumentNodeId, parseMapNodeId, type ArgumentOverlay } from "@/lib/domain/map-arguments";
import type { MapGraph } from "@/lib/domain/map-graph";
import type { Point, Positions } from "@/lib/domain/map-layout";
import { ARGUMENT_NODE_STYLE, KIND_STROKE, VERDICT_FILL } from "@/lib/render/map-style";
import { argumentFlowEdges, argumentFlowNodes } from "./argument-elements";
import { ArgumentNode, type ArgumentFlowNode } from "./argument-node";
import { flowEdges, flowNodes, type Selection } from "./flow-elements";
import { MapLegend, MarkerDefs } from "./map-legend";
import { UnitNode, type UnitFlowNode, type UnitNodeData } from "./map-node";

const NODE_TYPES: NodeTypes = { unit: UnitNode, argument: ArgumentNode };
/** Past this size only what is on screen is drawn, so panning stays smooth on 1,000+ nodes. */
const VIRTUALIZE_FROM = 300;
/** "Fit all": the whole map, however small that makes it. */
export const FIT_ALL = { padding: 0.08, maxZoom: 1 };

interface Props {
  graph: MapGraph;
  /** The arguments' boxes and arrows, drawn with the units'. */
  overlay: ArgumentOverlay;
  /** Expand or collapse an argument (its button, or Enter on its focused box). */
  onToggleArgument: (argumentId: string) => void;
  data: Map<string, UnitNodeData>;
  positions: Positions;
  selection: Selection;
  canEdit: boolean;
  onSelect: (s: Selection) => void;
  /** Clears the selection only if it is still `id` (changes for nodes and edges arrive separately). */
  onDeselect: (kind: "node" | "edge", id: string) => void;
  onMove: (id: string, p: Point) => void;
  /** At the end of a drag, with where each node was when it started (for undo). */
  onSettle: (moved: { id: string; position: Point; from: Point }[]) => void;
  onConnect: (fromId: string, toId: string) => void;
  onInit: () => void;
  /** The user panned, zoomed or dragged: the view is theirs now. */
  onUserMove: () => void;
  /**
   * Draw the minimap? Not before the first layout: it draws every node (2,000 on a large map),
   * which would delay the first nodes on the canvas and then be drawn again for the layout.
   */
  overview: boolean;
}

export function MapCanvas({
  graph,
  overlay,
  onToggleArgument,
  data,
  positions,
  selection,
  canEdit,
  onSelect,
  onDeselect,
  onMove,
  onSettle,
  onConnect,
  onInit,
  onUserMove,
  overview,
}: Props) {
  const nodes = useMemo(
    () => [...flowNodes(graph, data, positions, selection), ...argumentFlowNodes(overlay, positions, selection, onToggleArgument)],
    [graph, overlay, data, positions, selection, onToggleArgument],
  );
  const edges = useMemo(() => [...flowEdges(graph.edges, data, selection), ...argumentFlowEdges(overlay, selection)], [graph.edges, overlay, data, selection]);
  const dragStart = useRef(new Map<string, Point>());

  // Controlled flow: React Flow proposes changes, the page decides. Selection and position
  // are the only ones that matter; sizes are fixed by the model.
  const onNodesChange = (changes: NodeChange<UnitFlowNode | ArgumentFlowNode>[]) => {
    for (const c of changes) if (c.type === "position" && c.position && c.dragging) onMove(c.id, c.position);
    applySelection(changes, "node");
  };
  const onEdgesChange = (changes: EdgeChange[]) => applySelection(changes, "edge");
  function applySelection(changes: (NodeChange | EdgeChange)[], kind: "node" | "edge") {
    for (const c of changes) if (c.type === "select" && !c.selected) onDeselect(kind, c.id);
    const picked = changes.find((c) => c.type === "select" && c.selected);
    if (picked && "id" in picked) onSelect({ kind, id: picked.id });
  }

  // Enter on a focused argument box expands or collapses it (React Flow's own handler selects it too).
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== "Enter") return;
    const id = (event.target as HTMLElement).closest?.(".react-flow__node")?.getAttribute("data-id");
    const ref = id ? parseMapNodeId(id) : null;
    if (ref?.kind === "argument" && id === argumentNodeId(ref.id)) onToggleArgument(ref.id);
  };

  return (
    <ReactFlow
      onKeyDown={onKeyDown}
      nodes={nodes}
      edges={edges}
      nodeTypes={NODE_TYPES}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onNodeDragStart={(_e, _node, moving) => {
        dragStart.current = new Map(moving.map((n) => [n.id, n.position]));
        onUserMove();
      }}
      onNodeDragStop={(_e, _node, moved) =>
        onSettle(moved.map((n) => ({ id: n.id, position: n.position, from: dragStart.current.get(n.id) ?? positions[n.id] ?? n.position })))
      }
      onConnect={(c: Connection) => c.source && c.target && c.source !== c.target && data.has(c.source) && data.has(c.target) && onConnect(c.source, c.target)}
      onInit={onInit}
      // Only moves the user made carry an event; the page's own (opening view, centring) do not.
      onMoveStart={(event) => event && onUserMove()}
      connectionMode={ConnectionMode.Loose}
      // A drag that ends near a dot (not exactly on it) still connects.
      connectionRadius={36}
      nodesConnectable={canEdit}
      nodesFocusable
      edgesFocusable
      elementsSelectable
      // Delete is handled by the page (with Undo), never silently by the canvas.
      deleteKeyCode={null}
      multiSelectionKeyCode={null}
      onlyRenderVisibleElements={graph.nodes.length > VIRTUALIZE_FROM}
      minZoom={0.05}
      maxZoom={2}
      // No fitView here: the page opens on a readable neighbourhood (lib/domain/map-viewport.ts).
      proOptions={{ hideAttribution: false }}
    >
      <Background gap={24} color="#e7e5e4" />
      <MarkerDefs />
      <Panel position="top-left">
        <MapLegend />
      </Panel>
      <Controls showInteractive={false} fitViewOptions={FIT_ALL} />
      {overview && (
        <MiniMap
          pannable
          zoomable
          ariaLabel="Overview of the whole map"
          nodeColor={(n) => (n.type === "unit" ? VERDICT_FILL[(n.data as UnitNodeData).unit.verdict] : ARGUMENT_NODE_STYLE.argument.fill)}
          nodeStrokeColor={(n) => (n.type === "unit" ? KIND_STROKE[(n.data as UnitNodeData).unit.kind] : ARGUMENT_NODE_STYLE.argument.stroke)}
          nodeStrokeWidth={6}
        />
      )}
    </ReactFlow>
  );
}
