"use client";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { archiveDocumentAction, deleteDocumentAction } from "@/app/documents/actions";
import { useModalDialog } from "@/components/ui/use-modal-dialog";

/**
 * Archive / unarchive and delete one document (shown only to roles the policy allows). Deleting
 * asks for the title to be typed: it cannot be undone.
 */
export function DocumentAdmin({ documentId, title, archived, units }: { documentId: string; title: string; archived: boolean; units: number }) {
  const router = useRouter();
  const [busy, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState("");
  const dialog = useModalDialog(confirming);
  const inputId = useId();

  const run = (action: () => Promise<{ ok: boolean; error?: { message: string } }>, after?: () => void) =>
    start(async () => {
      setError(null);
      const result = await action();
      if (!result.ok) return setError(result.error?.message ?? "That did not work. Try again.");
      after?.();
      router.refresh();
    });

  const close = () => {
    setConfirming(false);
    setTyped("");
  };

  return (
    <div className="flex items-center gap-2 text-xs">
      <button
        type="button"
        disabled={busy}
        onClick={() => run(() => archiveDocumentAction({ documentId, archived: !archived }))}
        className="rounded border border-stone-300 px-2 py-1 hover:bg-stone-50 disabled:opacity-50"
      >
        {archived ? "Unarchive" : "Archive"}
        <span className="sr-only"> {title}</span>
      </button>
      <button
        type="button"
        disabled={busy}
        onClick={() => setConfirming(true)}
        className="rounded border border-red-300 px-2 py-1 text-red-800 hover:bg-red-50 disabled:opacity-50"
      >
        Delete<span className="sr-only"> {title}</span>
      </button>
      {error && (
        <span role="alert" className="text-red-800">
          {error}
        </span>
      )}
      <dialog ref={dialog} onClose={close} aria-labelledby={`${inputId}-heading`} className="max-w-md rounded-lg p-6 text-sm shadow-xl backdrop:bg-black/40">
        <form
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault();
            if (typed.trim() !== title.trim()) return;
            run(() => deleteDocumentAction({ documentId }), close);
          }}
        >
          <h2 id={`${inputId}-heading`} className="text-base font-semibold">
            Delete this document?
          </h2>
          <p className="mt-2 text-stone-700">
            “{title}” and its {units} unit{units === 1 ? "" : "s"}, their relations, comments, reviews and attached evidence will be deleted for good. The
            workspace&apos;s activity keeps a note of it. Archiving hides a document without deleting it.
          </p>
          <label htmlFor={inputId} className="mt-3 block font-medium">
            Type the title to confirm
          </label>
          <input
            id={inputId}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
            className="mt-1 w-full rounded-md border border-stone-300 px-2 py-1.5"
          />
          <div className="mt-4 flex justify-end gap-2">
            <button type="button" onClick={close} className="rounded-md border border-stone-300 px-3 py-1.5">
              Cancel
            </button>
            <button
              type="submit"
              disabled={busy || typed.trim() !== title.trim()}
              className="rounded-md bg-red-700 px-3 py-1.5 font-semibold text-white hover:bg-red-800 disabled:opacity-50"
            >
              Delete for good
            </button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
