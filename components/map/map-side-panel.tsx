"use client";
import { startTransition, useEffect, useMemo, useState } from "react";
import type { Draft } from "@/components/claims/claim-card";
import { ReaderText } from "@/components/reader/reader-text";
import type { SupportSummary } from "@/lib/domain/map-analysis";
import type { ArgumentOverlay } from "@/lib/domain/map-arguments";
import type { MapGraph } from "@/lib/domain/map-graph";
import type { DocumentView, RelationView, UnitView } from "@/lib/domain/views";
import { ArgumentPanel } from "./argument-panel";
import { EdgePanel } from "./edge-panel";
import type { Selection } from "./flow-elements";
import type { UnitNodeData } from "./map-node";
import { NodePanel } from "./node-panel";
import type { useMapEdits } from "./use-map-edits";

interface Props {
  document: DocumentView;
  edits: ReturnType<typeof useMapEdits>;
  graph: MapGraph;
  overlay: ArgumentOverlay;
  onToggleArgument: (argumentId: string) => void;
  selection: Selection;
  selectedRelation: RelationView | undefined;
  summaries: Map<string, SupportSummary>;
  nodeData: Map<string, UnitNodeData>;
  /** Units the filters let through; the reader dims the rest, like the map. */
  visible: Set<string>;
  drafts: Record<string, Draft>;
  setDrafts: React.Dispatch<React.SetStateAction<Record<string, Draft>>>;
  canEdit: boolean;
  canReview: boolean;
  onSelectUnit: (id: string) => void;
}

const draftOf = (u: UnitView): Draft => ({ verdict: u.verdict, rationale: u.rationale ?? "" });

/**
 * False while the page is server-rendered and hydrated, true from the frame after: the text of a
 * long document (thousands of highlights) is drawn once the map has been painted, as a transition
 * that yields to input, instead of delaying the map's first nodes (bench:map, issue 12).
 */
function useAfterFirstPaint() {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setTimeout(() => startTransition(() => setPainted(true)), 0));
    return () => cancelAnimationFrame(frame);
  }, []);
  return painted;
}

/** Beside the map: the selected node or relation, and the text itself, kept in sync with the graph. */
export function MapSidePanel({
  document,
  edits,
  graph,
  overlay,
  onToggleArgument,
  selection,
  selectedRelation,
  summaries,
  nodeData,
  visible,
  drafts,
  setDrafts,
  canEdit,
  canReview,
  onSelectUnit,
}: Props) {
  const { units, relations, status } = edits;
  const unitsById = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const unit = selection?.kind === "node" ? unitsById.get(selection.id) : undefined;
  const argumentNode = selection?.kind === "node" && !unit ? overlay.nodes.find((n) => n.id === selection.id) : undefined;
  const readerSelected = unit?.id ?? selectedRelation?.fromId ?? null;
  const showText = useAfterFirstPaint();

  async function saveVerdict(u: UnitView, draft: Draft) {
    if (!(await edits.saveVerdict(u, draft))) return;
    setDrafts((all) => {
      const rest = { ...all };
      delete rest[u.id];
      return rest;
    });
  }

  return (
    <aside className="flex w-full shrink-0 flex-col border-t border-stone-200 bg-white md:w-[420px] md:border-l md:border-t-0" aria-label="Selection and text">
      <div className="max-h-[58%] overflow-y-auto border-b border-stone-200 p-4">
        {unit ? (
          <NodePanel
            documentId={document.id}
            unit={unit}
            draft={drafts[unit.id] ?? draftOf(unit)}
            relations={relations}
            unitsById={unitsById}
            targets={graph.nodes}
            summary={summaries.get(unit.id)}
            inCycle={nodeData.get(unit.id)?.inCycle ?? false}
            canEdit={canEdit}
            canReview={canReview}
            busy={status.busy}
            onDraft={(d) => setDrafts((all) => ({ ...all, [unit.id]: d }))}
            onSaveVerdict={() => void saveVerdict(unit, drafts[unit.id] ?? draftOf(unit))}
            onConnect={(toId, type) => void edits.connect(unit.id, toId, type)}
            onSelect={onSelectUnit}
          />
        ) : argumentNode ? (
          <ArgumentPanel documentId={document.id} node={argumentNode} onToggle={onToggleArgument} />
        ) : selectedRelation ? (
          <EdgePanel
            relation={selectedRelation}
            unitsById={unitsById}
            canEdit={canEdit}
            busy={status.busy}
            onChangeType={(type) => void edits.changeType(selectedRelation, type)}
            onDelete={() => void edits.remove(selectedRelation)}
            onSelectUnit={onSelectUnit}
          />
        ) : (
          <p className="text-sm text-stone-600">
            Select a node or a relation on the map, or words in the text below. {canEdit && "Drag from a node’s dot to another node to draw a relation."}
          </p>
        )}
      </div>
      {/* A region of its own that takes focus, so the keyboard can scroll the text too (WCAG 2.1.1). */}
      <div
        tabIndex={0}
        role="region"
        aria-label="Document text"
        className="min-h-0 flex-1 overflow-y-auto p-4 focus-visible:outline-2 focus-visible:outline-blue-700 [&_[data-testid=reader]]:text-[15px] [&_[data-testid=reader]]:leading-7"
      >
        {showText ? (
          <ReaderText text={document.text} units={units} selectedId={readerSelected} visible={visible} onSelect={onSelectUnit} />
        ) : (
          <p className="text-sm text-stone-500">Loading the text…</p>
        )}
      </div>
    </aside>
  );
}
