"use client";
import type { MutationStatus } from "@/components/ui/use-mutation";

/** One line under the toolbar: what just happened (or was undone), and what failed. */
export function MapStatus({ status, saveError, canEdit }: { status: MutationStatus; saveError: string | null; canEdit: boolean }) {
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
      ) : (
        <p className="text-stone-500">
          {status.busy
            ? "Saving…"
            : canEdit
              ? "Tip: drag from a node’s dot to another node to draw a relation; select a relation and press Delete to remove it. Ctrl+Z undoes."
              : "You can read and arrange this map; your role does not allow editing relations."}
        </p>
      )}
    </div>
  );
}
