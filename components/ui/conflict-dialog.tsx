"use client";
import { useEffect, useRef, useState } from "react";
import type { PendingConflict } from "./use-mutation";

/**
 * A stale write: the other person's saved version beside the user's unsaved one, field by field.
 * "Apply mine on top" saves mine over theirs; "Keep theirs" drops mine. A modal <dialog> keeps
 * focus inside it; Escape only puts it aside (the decision, and the user's text, stay pending
 * behind a button that reopens it); focus returns where it was once decided.
 */
export function ConflictDialog({ conflict }: { conflict: PendingConflict | null }) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const reopen = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const [aside, setAside] = useState<PendingConflict | null>(null);
  const [busy, setBusy] = useState(false);
  const shown = conflict !== null && aside !== conflict;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (shown && !dialog.open) {
      if (!returnTo.current) returnTo.current = document.activeElement as HTMLElement | null;
      dialog.showModal();
      first.current?.focus();
    } else if (!shown && dialog.open) dialog.close();
    if (!conflict && returnTo.current) {
      // Decided: back to where the user was (if it is still on the page).
      if (returnTo.current.isConnected) returnTo.current.focus();
      returnTo.current = null;
    }
  }, [shown, conflict]);

  useEffect(() => {
    if (conflict && aside === conflict) reopen.current?.focus();
  }, [aside, conflict]);

  async function decide(choice: "mine" | "theirs") {
    if (!conflict) return;
    if (choice === "theirs") return conflict.keepTheirs();
    setBusy(true);
    try {
      await conflict.applyMine();
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {conflict && aside === conflict && (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm" data-testid="conflict-pending">
          Your changes are not saved: someone else saved this claim first.{" "}
          <button ref={reopen} type="button" className="font-semibold underline" onClick={() => setAside(null)}>
            Compare and decide
          </button>
        </p>
      )}
      <dialog
        ref={ref}
        aria-labelledby="conflict-title"
        aria-describedby="conflict-help"
        data-testid="conflict-dialog"
        className="m-auto w-[min(44rem,calc(100vw-2rem))] rounded-lg border border-stone-300 p-0 shadow-xl backdrop:bg-stone-900/40"
        onCancel={(e) => {
          // Escape puts the dialog aside; nothing is decided and nothing typed is dropped.
          e.preventDefault();
          setAside(conflict);
        }}
      >
        {conflict && (
          <div className="space-y-4 p-5">
            <h2 id="conflict-title" className="text-lg font-semibold">
              Someone else saved this claim first
            </h2>
            <p id="conflict-help" className="text-sm text-stone-700">
              Your changes are not saved yet. Compare them with the version now saved{conflict.version ? ` (v${conflict.version})` : ""}, then choose.
            </p>
            <table className="w-full table-fixed border-collapse text-sm">
              <thead>
                <tr className="text-left">
                  <th scope="col" className="w-28 border-b border-stone-200 py-1 pr-2">
                    <span className="sr-only">Field</span>
                  </th>
                  <th scope="col" className="border-b border-stone-200 py-1 pr-2">
                    Their version (saved)
                  </th>
                  <th scope="col" className="border-b border-stone-200 py-1">
                    Your version (not saved)
                  </th>
                </tr>
              </thead>
              <tbody>
                {conflict.rows.map((row) => (
                  <tr key={row.label} className="align-top" data-testid="conflict-row" data-changed={row.mine !== row.theirs || undefined}>
                    <th scope="row" className="border-b border-stone-100 py-2 pr-2 text-left font-medium">
                      {row.label}
                    </th>
                    <td className="whitespace-pre-wrap break-words border-b border-stone-100 py-2 pr-2" data-testid="conflict-theirs">
                      {row.theirs || <span className="text-stone-500">(empty)</span>}
                    </td>
                    <td className="whitespace-pre-wrap break-words border-b border-stone-100 bg-amber-50 py-2" data-testid="conflict-mine">
                      {row.mine || <span className="text-stone-500">(empty)</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="flex flex-wrap justify-end gap-2">
              <button
                type="button"
                className="rounded-md border border-stone-300 px-3 py-2 text-sm hover:bg-stone-100 disabled:opacity-50"
                disabled={busy}
                onClick={() => void decide("theirs")}
              >
                Keep theirs
              </button>
              <button
                ref={first}
                type="button"
                className="rounded-md bg-blue-700 px-3 py-2 text-sm font-semibold text-white hover:bg-blue-800 disabled:opacity-50"
                disabled={busy}
                onClick={() => void decide("mine")}
              >
                {busy ? "Saving…" : "Apply mine on top"}
              </button>
            </div>
          </div>
        )}
      </dialog>
    </>
  );
}
