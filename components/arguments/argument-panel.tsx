"use client";
import { useMemo } from "react";
import { schemeStatements, suggestSchemes, type SchemeUnit } from "@/lib/analysis/scheme-suggest";
import type { RelationView, UnitView } from "@/lib/domain/views";
import { ArgumentCard } from "./argument-card";
import { SchemeSuggestionNote } from "./scheme-suggestion";
import { useArguments } from "./use-arguments";

interface Props {
  documentId: string;
  /** Units checked in the list, in any order: reconstructed in reading order. */
  checked: UnitView[];
  canEdit: boolean;
  canReview: boolean;
  /** Moves when the document changes (live updates): the list is read again. */
  refreshKey: unknown;
  onReconstructed?: () => void;
  /** The document's units and relations and its language: what the scheme suggestions read. */
  units: ReadonlyMap<string, UnitView>;
  relations: readonly RelationView[];
  language: string;
}

/** The workbench's Arguments tab: "Reconstruct as argument" from the checked units, and each argument's card. */
export function ArgumentPanel({ documentId, checked, canEdit, canReview, refreshKey, onReconstructed, units, relations, language }: Props) {
  const api = useArguments(documentId, refreshKey);
  const ordered = [...checked].sort((a, b) => a.start - b.start);
  const schemeUnits = useMemo(
    () => new Map<string, SchemeUnit>([...units].map(([id, u]) => [id, { kind: u.kind, text: u.text ?? u.exact, signals: u.signals, speaker: u.speaker }])),
    [units],
  );
  // The analyser's suggestions (lib/analysis/scheme-suggest.ts): shown, applied only by a click.
  const suggest = (statements: readonly { unitId: string | null; text: string }[]) =>
    suggestSchemes(schemeStatements(statements, schemeUnits, relations), { language });
  const reconstruct = async (schemeId?: string) =>
    (await api.create(
      ordered.map((u) => u.id),
      schemeId,
    )) && onReconstructed?.();
  return (
    <div className="space-y-3">
      {canEdit && (
        <div className="space-y-1 rounded-lg border border-stone-200 bg-white p-3">
          <button
            type="button"
            disabled={ordered.length < 2 || api.status.busy}
            onClick={() => void reconstruct()}
            className="rounded bg-blue-700 px-3 py-1 text-sm text-white disabled:opacity-50"
          >
            Reconstruct as argument{ordered.length >= 2 ? ` (${ordered.length} units)` : ""}
          </button>
          <p className="text-xs text-stone-600">
            {ordered.length < 2 ? "Check two or more units in the list below: " : ""}the units become premises in reading order, the last one the conclusion.
          </p>
          {ordered.length >= 2 && (
            <SchemeSuggestionNote
              suggestions={suggest(ordered.map((u) => ({ unitId: u.id, text: u.text ?? u.exact })))}
              disabled={api.status.busy}
              onUse={(schemeId) => void reconstruct(schemeId)}
              useLabel="Reconstruct with this scheme"
            />
          )}
        </div>
      )}
      <p aria-live="polite" className="text-sm">
        {api.status.error ? <span className="text-red-800">{api.status.error}</span> : api.status.notice}
      </p>
      {api.list === null ? (
        <p className="text-sm text-stone-600">Loading arguments…</p>
      ) : api.list.length === 0 ? (
        <p className="text-sm text-stone-600">No arguments reconstructed yet.</p>
      ) : (
        api.list.map((a) => (
          <ArgumentCard key={a.id} argument={a} api={api} canEdit={canEdit} canReview={canReview} suggestions={a.schemeId ? [] : suggest(a.statements)} />
        ))
      )}
    </div>
  );
}
