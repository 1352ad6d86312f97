"use client";
import { useEffect, useState } from "react";
import type { UnitView } from "@/lib/domain/views";
import { UNIT_KIND_LABEL, UNIT_KINDS } from "@/lib/domain/vocabulary";
import { selectionSpan } from "./dom-offsets";

/**
 * Watches the reader's selection: a caret is remembered (to split a unit there); a range
 * offers "Create unit" with a kind. Anchored to exact offsets of the original text.
 */
export function SelectionBar({
  textLength,
  busy,
  onCaret,
  onCreate,
}: {
  textLength: number;
  busy: boolean;
  onCaret: (offset: number | null) => void;
  onCreate: (span: { start: number; end: number }, kind: UnitView["kind"]) => Promise<unknown> | unknown;
}) {
  const [span, setSpan] = useState<{ start: number; end: number } | null>(null);
  const [kind, setKind] = useState<UnitView["kind"]>("CLAIM");
  useEffect(() => {
    function onChange() {
      const root = document.getElementById("reader");
      const s = root ? selectionSpan(root, textLength) : null;
      if (!s) return;
      if (s.start === s.end) {
        onCaret(s.start);
        setSpan(null);
      } else setSpan(s);
    }
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [textLength, onCaret]);
  return (
    <div className="sticky top-0 z-10 mb-3 min-h-10 rounded-md border-b border-stone-200 bg-white py-1 text-sm shadow-sm" aria-live="polite">
      {span ? (
        <form
          className="flex flex-wrap items-center gap-2"
          onSubmit={async (e) => {
            e.preventDefault();
            await onCreate(span, kind);
            window.getSelection()?.removeAllRanges();
            setSpan(null);
          }}
        >
          <span>Selected {span.end - span.start} characters.</span>
          <label>
            <span className="sr-only">Kind of the new unit</span>
            <select value={kind} onChange={(e) => setKind(e.target.value as UnitView["kind"])} className="rounded-md border border-stone-300 px-2 py-1">
              {UNIT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {UNIT_KIND_LABEL[k]}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={busy} className="rounded-md bg-blue-700 px-3 py-1 font-semibold text-white disabled:opacity-50">
            Create unit
          </button>
        </form>
      ) : (
        <p className="py-1 text-stone-500">Select words in the article to create a unit; click inside a highlight to place the split point.</p>
      )}
    </div>
  );
}
