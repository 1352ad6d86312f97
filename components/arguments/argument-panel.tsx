"use client";
import type { UnitView } from "@/lib/domain/views";
import { ArgumentCard } from "./argument-card";
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
}

/** The workbench's Arguments tab: "Reconstruct as argument" from the checked units, and each argument's card. */
export function ArgumentPanel({ documentId, checked, canEdit, canReview, refreshKey, onReconstructed }: Props) {
  const api = useArguments(documentId, refreshKey);
  const ordered = [...checked].sort((a, b) => a.start - b.start);
  return (
    <div className="space-y-3">
      {canEdit && (
        <div className="space-y-1 rounded-lg border border-stone-200 bg-white p-3">
          <button
            type="button"
            disabled={ordered.length < 2 || api.status.busy}
            onClick={async () => (await api.create(ordered.map((u) => u.id))) && onReconstructed?.()}
            className="rounded bg-blue-700 px-3 py-1 text-sm text-white disabled:opacity-50"
          >
            Reconstruct as argument{ordered.length >= 2 ? ` (${ordered.length} units)` : ""}
          </button>
          <p className="text-xs text-stone-600">
            {ordered.length < 2 ? "Check two or more units in the list below: " : ""}the units become premises in reading order, the last one the conclusion.
          </p>
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
        api.list.map((a) => <ArgumentCard key={a.id} argument={a} api={api} canEdit={canEdit} canReview={canReview} />)
      )}
    </div>
  );
}
