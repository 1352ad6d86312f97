"use client";
import { RELATION_LABEL, RELATION_TYPES, type RelationType } from "@/lib/domain/vocabulary";
import { RELATION_STYLE } from "@/lib/render/map-style";
import type { EditStatus } from "./use-map-edits";

/** One line under the toolbar: what just happened, what failed, and Undo after a delete. */
export function MapStatus({ status, saveError, canEdit, onUndo }: { status: EditStatus; saveError: string | null; canEdit: boolean; onUndo: () => void }) {
  const error = status.error ?? saveError;
  return (
    <div className="min-h-5 text-sm" aria-live="polite">
      {error ? (
        <p className="text-red-700" data-testid="map-error">
          {error}
        </p>
      ) : status.notice ? (
        <p className="text-green-800" data-testid="map-notice">
          {status.notice}
          {status.undo && canEdit && (
            <button type="button" className="ml-2 font-semibold text-blue-800 underline" onClick={onUndo} disabled={status.busy}>
              Undo
            </button>
          )}
        </p>
      ) : (
        <p className="text-stone-500">
          {status.busy
            ? "Saving…"
            : canEdit
              ? "Tip: select a relation and press Delete to remove it (you can undo)."
              : "You can read and arrange this map; your role does not allow editing relations."}
        </p>
      )}
    </div>
  );
}

/** After dragging from one node to another: which relation is it? */
export function ConnectDialog({ onChoose, onCancel }: { onChoose: (type: RelationType) => void; onCancel: () => void }) {
  return (
    <div
      role="dialog"
      aria-label="Choose the relation type"
      className="absolute left-1/2 top-4 z-10 -translate-x-1/2 rounded-lg border border-stone-300 bg-white p-3 shadow-lg"
      onKeyDown={(e) => e.key === "Escape" && onCancel()}
    >
      <p className="mb-2 text-sm font-medium">The first unit … the second</p>
      <div className="flex gap-2">
        {RELATION_TYPES.map((t, i) => (
          <button
            key={t}
            type="button"
            autoFocus={i === 0}
            className="rounded border px-2 py-1 text-sm font-semibold hover:bg-stone-50"
            style={{ color: RELATION_STYLE[t].stroke, borderColor: RELATION_STYLE[t].stroke }}
            onClick={() => onChoose(t)}
          >
            {RELATION_LABEL[t].outgoing}
          </button>
        ))}
        <button type="button" className="px-2 py-1 text-sm text-stone-600 underline" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
