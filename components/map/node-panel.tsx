"use client";
import Link from "next/link";
import { useState } from "react";
import { ClaimCard, type Draft } from "@/components/claims/claim-card";
import { UnitRelations } from "@/components/claims/unit-relations";
import type { SupportSummary } from "@/lib/domain/map-analysis";
import type { GraphNode } from "@/lib/domain/map-graph";
import type { RelationView, UnitView } from "@/lib/domain/views";
import { RELATION_LABEL, RELATION_TYPES, UNIT_KIND_LABEL, type RelationType } from "@/lib/domain/vocabulary";

interface Props {
  documentId: string;
  unit: UnitView;
  draft: Draft;
  relations: RelationView[];
  unitsById: Map<string, UnitView>;
  /** Units on the map, the possible other ends of a new relation. */
  targets: GraphNode[];
  summary: SupportSummary | undefined;
  inCycle: boolean;
  canEdit: boolean;
  canReview: boolean;
  busy: boolean;
  onDraft: (d: Draft) => void;
  onSaveVerdict: () => void;
  onConnect: (toId: string, type: RelationType) => void;
  onSelect: (id: string) => void;
}

const STANDING: Record<SupportSummary["standing"], string> = {
  unchallenged: "no support or attack drawn yet",
  supported: "supported, not attacked",
  attacked: "attacked, not supported",
  contested: "both supported and attacked",
};

/** The selected node: the same claim card as the text view, plus the map's own tools. */
export function NodePanel(p: Props) {
  const { unit, summary } = p;
  return (
    <ClaimCard unit={unit} draft={p.draft} canReview={p.canReview} saving={p.busy} onDraft={p.onDraft} onSave={p.onSaveVerdict}>
      <p className="text-sm">
        <Link href={`/documents/${p.documentId}?unit=${unit.id}`} className="text-blue-700 underline" data-testid="open-in-text">
          Open in the text view
        </Link>
      </p>
      {summary && (
        <p className="text-sm text-stone-700" data-testid="support-summary">
          Supported by {summary.supportedBy} · attacked by {summary.attackedBy} · cites {summary.cites} — {STANDING[summary.standing]}.
        </p>
      )}
      {p.inCycle && <p className="text-sm text-amber-800">This unit is part of a circle: it ends up supporting or attacking itself.</p>}
      <UnitRelations unit={unit} relations={p.relations} unitsById={p.unitsById} onSelect={p.onSelect} />
      {p.canEdit && <ConnectForm key={unit.id} unit={unit} targets={p.targets} busy={p.busy} onConnect={p.onConnect} />}
    </ClaimCard>
  );
}

/** The keyboard way to draw an edge (dragging from a node's handle does the same). */
function ConnectForm({ unit, targets, busy, onConnect }: { unit: UnitView; targets: GraphNode[]; busy: boolean; onConnect: Props["onConnect"] }) {
  const [type, setType] = useState<RelationType>("SUPPORTS");
  const [toId, setToId] = useState("");
  const others = targets.filter((t) => t.id !== unit.id);
  return (
    <form
      className="space-y-2 rounded-md border border-stone-200 p-3 text-sm"
      aria-label="Add a relation"
      onSubmit={(e) => {
        e.preventDefault();
        if (toId) onConnect(toId, type);
      }}
    >
      <p className="font-medium">Add a relation from this unit</p>
      <label className="flex items-center gap-2">
        <span className="w-20 shrink-0">Relation</span>
        <select className="min-w-0 flex-1 rounded border border-stone-300 px-1 py-0.5" value={type} onChange={(e) => setType(e.target.value as RelationType)}>
          {RELATION_TYPES.map((t) => (
            <option key={t} value={t}>
              {RELATION_LABEL[t].outgoing}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2">
        <span className="w-20 shrink-0">Other unit</span>
        <select className="min-w-0 flex-1 rounded border border-stone-300 px-1 py-0.5" value={toId} onChange={(e) => setToId(e.target.value)}>
          <option value="">Choose…</option>
          {others.map((t) => (
            <option key={t.id} value={t.id}>{`${UNIT_KIND_LABEL[t.kind]}: ${t.text.length > 70 ? `${t.text.slice(0, 69)}…` : t.text}`}</option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        disabled={busy || !toId}
        className="rounded-md border border-blue-700 px-3 py-1 font-medium text-blue-800 hover:bg-blue-50 disabled:opacity-50"
      >
        Add relation
      </button>
    </form>
  );
}
