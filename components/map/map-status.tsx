"use client";
import type { MutationStatus } from "@/components/ui/use-mutation";

interface Props {
  status: MutationStatus;
  saveError: string | null;
  canEdit: boolean;
  /** While the automatic layout runs: how many units it is placing. */
  layingOut: number | null;
}

/** One line under the toolbar: what just happened (or was undone), what failed, or that the layout is on its way. */
export function MapStatus({ status, saveError, canEdit, layingOut }: Props) {
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
        </p>
      ) : status.busy ? (
        <p className="text-stone-500">Saving…</p>
      ) : layingOut !== null ? (
        <p className="text-stone-500" data-testid="map-layout-status">
          Laying out {layingOut.toLocaleString("en")} units… You can already read, select and move them.
        </p>
      ) : (
        <p className="text-stone-500">
          {canEdit
            ? "Tip: drag from a node’s dot to another node to draw a relation; select a relation and press Delete to remove it. Ctrl+Z undoes."
            : "You can read and arrange this map; your role does not allow editing relations."}
        </p>
      )}
    </div>
  );
}
