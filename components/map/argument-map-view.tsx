"use client";
import { ReactFlowProvider, useReactFlow } from "@xyflow/react";
import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Draft } from "@/components/claims/claim-card";
import { buildArgumentMap, type MapArgument, type MapSource } from "@/lib/domain/argument-map";
import type { ArgumentRelationView } from "@/lib/domain/arguments";
import { findCycles, summarizeSupport } from "@/lib/domain/map-analysis";
import { describeStep, dropMoves, rebaseMoves, relationSentence, type MapEdit } from "@/lib/domain/map-edits";
import { toMapGraph } from "@/lib/domain/map-graph";
import type { Positions } from "@/lib/domain/map-layout";
import { openingViewport } from "@/lib/domain/map-viewport";
import type { DocumentView, UnitView } from "@/lib/domain/views";
import { UNIT_KINDS, VERDICTS } from "@/lib/domain/vocabulary";
import { nodeData, type Selection } from "./flow-elements";
import { ConnectDialog } from "./connect-dialog";
import { FIT_ALL, MapCanvas } from "./map-canvas";
import { exportJson, exportPng, exportSvg } from "./map-export";
import { MapToolbar, type MapFilters, type StepButton } from "./map-toolbar";
import { MapSidePanel } from "./map-side-panel";
import { MapStatus } from "./map-status";
import { useDrawnGraph, useMapArguments } from "./use-map-arguments";
import { useMapEdits } from "./use-map-edits";
import { useUndoKeys } from "./use-undo-keys";
import { SETTLE_MS, useMapPositions } from "./use-map-positions";
import { PresenceAvatars, useViewerMarks, useViewersByUnit, ViewersContext } from "@/components/review/presence-avatars";
import { useLiveChanges } from "@/components/review/use-live-changes";
import { usePresence } from "@/components/review/use-presence";

interface Props {
  document: DocumentView;
  sourcesByUnit: Record<string, MapSource[]>;
  initialPositions: Positions;
  /** The document's reconstructed arguments and their relations (drawn collapsed at first). */
  initialArguments: { arguments: MapArgument[]; relations: ArgumentRelationView[] };
  canEdit: boolean;
  canReview: boolean;
  /** Unit to select and centre first (/documents/{id}/map?unit={unitId}). */
  initialUnitId?: string;
  /** The signed-in user (left out of the people shown as also here). */
  meId: string;
}

export function ArgumentMapView(props: Props) {
  return (
    <ReactFlowProvider>
      <MapWorkbench {...props} />
    </ReactFlowProvider>
  );
}

const sentenceUnit = (u: UnitView | undefined) => ({ kind: u?.kind ?? "CONTEXT", text: u ? (u.text ?? u.exact) : "(a unit)" });

function MapWorkbench({ document, sourcesByUnit, initialPositions, initialArguments, canEdit, canReview, initialUnitId, meId }: Props) {
  const edits = useMapEdits(document.id, document);
  const { units, relations, status, setStatus } = edits;
  const [selection, setSelection] = useState<Selection>(initialUnitId ? { kind: "node", id: initialUnitId } : null);
  const [filters, setFilters] = useState<MapFilters>({ kinds: new Set(UNIT_KINDS), verdicts: new Set(VERDICTS) });
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [pending, setPending] = useState<{ fromId: string; toId: string } | null>(null);
  const flow = useReactFlow();
  const canvasRef = useRef<HTMLDivElement>(null);
  const unitsById = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);

  const args = useMapArguments(document.id, meId, initialArguments);
  const map = useMemo(
    () => ({ ...buildArgumentMap({ ...document, units, relations }, sourcesByUnit), arguments: args.arguments, argumentRelations: args.relations }),
    [document, units, relations, sourcesByUnit, args.arguments, args.relations],
  );
  const graph = useMemo(() => toMapGraph(map), [map]);
  const { overlay, drawn } = useDrawnGraph(args, graph);
  const summaries = useMemo(() => summarizeSupport(graph.nodes, graph.edges), [graph]);
  const cycles = useMemo(() => findCycles(graph.edges), [graph]);
  const data = useMemo(() => nodeData(graph, filters, summaries, new Set(cycles.flat())), [graph, filters, summaries, cycles]);
  const visible = useMemo(() => new Set(units.filter((u) => filters.kinds.has(u.kind) && filters.verdicts.has(u.verdict)).map((u) => u.id)), [units, filters]);
  // Set when the user pans, zooms or centres the map themselves: the layout arriving then leaves their view alone.
  const userMoved = useRef(false);
  const reopen = useRef(false);
  const setStacks = edits.setStacks;
  const onLaidOut = useCallback(
    (provisional: Positions, auto: Positions) => {
      setStacks((s) => rebaseMoves(s, provisional, auto));
      reopen.current = !userMoved.current;
    },
    [setStacks],
  );
  const layout = useMapPositions({ documentId: document.id, graph: drawn, initialSaved: initialPositions, canSave: canEdit, onLaidOut });
  const { positions } = layout;
  // Presence names units only: an argument's box is no unit of the text.
  const presence = usePresence(document.id, meId, selection?.kind === "node" && unitsById.has(selection.id) ? selection.id : null);
  const viewers = useViewersByUnit(presence.people);
  useViewerMarks(viewers, units);
  // Followed live: presence, and arguments (written in the workbench, by a teammate or in this
  // user's other tab). Units and relations change here through the map's own actions.
  useLiveChanges(document.id, meId, args.refresh, presence.refresh, undefined, undefined, args.onChange);

  const centerOn = useCallback(
    (id: string) => {
      const p = positions[id];
      const n = drawn.nodes.find((g) => g.id === id);
      userMoved.current = true;
      if (p && n) void flow.setCenter(p.x + n.width / 2, p.y + n.height / 2, { zoom: Math.max(flow.getZoom(), 0.9), duration: 300 });
    },
    [flow, drawn, positions],
  );

  // Open on a readable neighbourhood (the selected unit's, or the best-connected one's),
  // never on a whole-map overview too small to read. "Fit all" shows everything.
  // First on the provisional grid, again (gliding with the nodes) when the layout arrives.
  const openView = useCallback(
    (duration = 0, selectedId = initialUnitId) => {
      const el = canvasRef.current;
      if (!el) return;
      const screen = { width: el.clientWidth, height: el.clientHeight };
      void flow.setViewport(openingViewport({ nodes: drawn.nodes, edges: drawn.edges, positions, screen, selectedId }), { duration });
    },
    [flow, drawn, positions, initialUnitId],
  );
  const selectedNode = selection?.kind === "node" ? selection.id : undefined;
  useEffect(() => {
    if (!reopen.current || layout.phase !== "settling") return;
    reopen.current = false;
    // A node picked while the grid was shown stays in view: the opening follows it to its new place.
    if (!userMoved.current) openView(SETTLE_MS, selectedNode ?? initialUnitId);
  }, [layout.phase, openView, selectedNode, initialUnitId]);

  // Undo / redo: the toolbar buttons say what they will take back; Ctrl+Z / Ctrl+Shift+Z do the same.
  const stepButton = (direction: "undo" | "redo"): StepButton | null => {
    const edit = (direction === "undo" ? edits.stacks.undo : edits.stacks.redo).at(-1);
    if (!edit) return null;
    const label = describeStep(edit, direction);
    return { label, detail: stepDetail(label, edit), disabled: status.busy, run: () => void edits.step(direction, layout.settle) };
  };
  const stepDetail = (label: string, edit: MapEdit) => {
    if (edit.kind === "move") return label;
    const r = edit.relation;
    return `${label}: ${relationSentence(sentenceUnit(unitsById.get(r.fromId)), r.type, sentenceUnit(unitsById.get(r.toId)))}`;
  };
  const undo = stepButton("undo");
  const redo = stepButton("redo");
  useUndoKeys(
    true,
    () => undo?.run(),
    () => redo?.run(),
  );

  // Map -> text: the selected node's words are highlighted and scrolled into view in the reader.
  const select = useCallback((s: Selection) => {
    setSelection(s);
    if (s?.kind === "node") window.document.getElementById(`mark-${s.id}`)?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, []);
  // Text -> map: clicking words in the reader selects and centres their node.
  const selectFromText = useCallback(
    (id: string) => {
      setSelection({ kind: "node", id });
      centerOn(id);
    },
    [centerOn],
  );

  const cancelConnect = useCallback(() => setPending(null), []);

  const selectedRelation = selection?.kind === "edge" ? relations.find((r) => r.id === selection.id) : undefined;

  // Delete / Backspace removes the selected relation (Undo is offered). Listened for on the
  // window: selecting an edge re-renders it, which can move focus off the canvas.
  const removeRelation = edits.remove;
  useEffect(() => {
    if (!canEdit || !selectedRelation) return;
    const onKey = (e: KeyboardEvent) => {
      const field = (e.target as HTMLElement | null)?.closest?.("input, textarea, select, [contenteditable]");
      if (field || (e.key !== "Delete" && e.key !== "Backspace")) return;
      e.preventDefault();
      setSelection(null);
      void removeRelation(selectedRelation);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [canEdit, selectedRelation, removeRelation]);

  async function onExport(format: "svg" | "png" | "json") {
    try {
      if (format === "svg") exportSvg(graph, positions, document.title, overlay);
      else if (format === "png") await exportPng(graph, positions, document.title, overlay);
      else exportJson(map);
    } catch (e) {
      setStatus({ busy: false, error: e instanceof Error ? e.message : "The export failed." });
    }
  }

  return (
    <ViewersContext.Provider value={viewers}>
      <div className="flex flex-col" data-map-page>
        <div className="space-y-2 border-b border-stone-200 bg-white px-4 py-2">
          <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
            <h1 className="font-serif text-lg font-semibold" data-testid="map-title">
              {document.title}
            </h1>
            <Link href={`/documents/${document.id}${selection?.kind === "node" ? `?unit=${selection.id}` : ""}`} className="text-sm text-blue-700 underline">
              Text view
            </Link>
            <p className="text-xs text-stone-500" data-testid="map-stats">
              {graph.nodes.length} units · {graph.edges.length} relations
              {args.arguments.length > 0 && ` · ${args.arguments.length} argument${args.arguments.length === 1 ? "" : "s"}`}
              {cycles.length > 0 && ` · ${cycles.length} circular`}
              {layout.phase === "done" && layout.layoutMs !== null && ` · laid out in ${layout.layoutMs} ms`}
            </p>
            <PresenceAvatars people={presence.people} onSelect={selectFromText} />
          </div>
          <MapToolbar
            filters={filters}
            onFilters={setFilters}
            busy={layout.phase !== "done"}
            onRelayout={() => {
              edits.setStacks(dropMoves);
              void layout.relayout();
            }}
            onExport={(f) => void onExport(f)}
            onFitAll={() => {
              userMoved.current = true;
              void flow.fitView(FIT_ALL);
            }}
            undo={undo}
            redo={redo}
          />
          <MapStatus
            status={status}
            saveError={layout.layoutError ?? layout.saveError}
            canEdit={canEdit}
            layingOut={layout.phase === "laying-out" ? drawn.nodes.length : null}
          />
        </div>
        {/* Side by side from a tablet's width up; on a phone the panel goes under the map, which keeps half the screen. */}
        <div className="flex min-h-0 flex-1 flex-col md:flex-row">
          <div
            ref={canvasRef}
            className={`relative min-h-[50vh] min-w-0 flex-1 bg-stone-50 md:min-h-0${layout.phase === "settling" ? " map-settling" : ""}`}
            data-testid="map-canvas"
            data-layout={layout.phase}
          >
            <MapCanvas
              graph={graph}
              overlay={overlay}
              onToggleArgument={args.toggle}
              data={data}
              positions={positions}
              selection={selection}
              canEdit={canEdit}
              onSelect={select}
              onDeselect={(kind, id) => setSelection((s) => (s?.kind === kind && s.id === id ? null : s))}
              onMove={layout.move}
              onSettle={(moved) => {
                layout.settle(moved);
                edits.recordMove(moved.map((m) => ({ id: m.id, from: layout.rebasePoint(m.id, m.from), to: m.position })));
              }}
              onConnect={(fromId, toId) => setPending({ fromId, toId })}
              onInit={() => openView()}
              onUserMove={() => (userMoved.current = true)}
              overview={layout.laidOut}
            />
            {pending && (
              <ConnectDialog
                from={sentenceUnit(unitsById.get(pending.fromId))}
                to={sentenceUnit(unitsById.get(pending.toId))}
                onCancel={cancelConnect}
                onChoose={async (type, swapped) => {
                  const [fromId, toId] = swapped ? [pending.toId, pending.fromId] : [pending.fromId, pending.toId];
                  const created = await edits.connect(fromId, toId, type);
                  setPending(null);
                  if (created) setSelection({ kind: "edge", id: created.id });
                }}
              />
            )}
          </div>
          <MapSidePanel
            document={document}
            edits={edits}
            graph={graph}
            overlay={overlay}
            onToggleArgument={args.toggle}
            selection={selection}
            selectedRelation={selectedRelation}
            summaries={summaries}
            nodeData={data}
            visible={visible}
            drafts={drafts}
            setDrafts={setDrafts}
            canEdit={canEdit}
            canReview={canReview}
            onSelectUnit={selectFromText}
          />
        </div>
      </div>
    </ViewersContext.Provider>
  );
}
