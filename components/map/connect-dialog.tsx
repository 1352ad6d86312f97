"use client";
import { useEffect, useState } from "react";
import { unitPhrase, type SentenceUnit } from "@/lib/domain/map-edits";
import { RELATION_LABEL, RELATION_TYPES, type RelationType } from "@/lib/domain/vocabulary";
import { RELATION_STYLE } from "@/lib/render/map-style";

/** Characters of each unit's words shown; the sentence stays one or two lines. */
const SNIPPET = 50;

interface Props {
  from: SentenceUnit;
  to: SentenceUnit;
  onChoose: (type: RelationType, swapped: boolean) => void;
  onCancel: () => void;
}

/**
 * After dragging from one node to another: which relation is it? Each choice is the whole
 * sentence, both units named by kind and words, so the direction is never a guess.
 * Escape (anywhere on the page) cancels.
 */
export function ConnectDialog({ from, to, onChoose, onCancel }: Props) {
  const [swapped, setSwapped] = useState(false);
  const [a, b] = swapped ? [to, from] : [from, to];
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      e.preventDefault();
      onCancel();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onCancel]);
  return (
    <div
      role="dialog"
      aria-label="Choose the relation type"
      aria-describedby="connect-dialog-ends"
      className="absolute left-1/2 top-4 z-10 w-[min(34rem,calc(100%-2rem))] -translate-x-1/2 rounded-lg border border-stone-300 bg-white p-3 shadow-lg"
    >
      <p id="connect-dialog-ends" className="mb-2 text-sm text-stone-700">
        Draw a relation: pick the sentence that holds.
      </p>
      <ul className="space-y-1.5">
        {RELATION_TYPES.map((t, i) => (
          <li key={t}>
            <button
              type="button"
              autoFocus={i === 0}
              data-relation-type={t}
              className="w-full rounded border px-2 py-1.5 text-left text-sm hover:bg-stone-50 focus-visible:outline-2 focus-visible:outline-blue-700"
              style={{ borderColor: RELATION_STYLE[t].stroke }}
              onClick={() => onChoose(t, swapped)}
            >
              {unitPhrase(a, SNIPPET)} <strong style={{ color: RELATION_STYLE[t].stroke }}>{RELATION_LABEL[t].outgoing}</strong> {unitPhrase(b, SNIPPET)}
            </button>
          </li>
        ))}
      </ul>
      <div className="mt-2 flex gap-3 text-sm">
        <button type="button" className="text-blue-800 underline" onClick={() => setSwapped((s) => !s)}>
          ⇅ Swap direction
        </button>
        <button type="button" className="ml-auto text-stone-600 underline" onClick={onCancel}>
          Cancel (Esc)
        </button>
      </div>
    </div>
  );
}
