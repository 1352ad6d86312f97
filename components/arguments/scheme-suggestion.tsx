"use client";
import type { SchemeSuggestion } from "@/lib/domain/arguments";
import { getScheme } from "@/lib/domain/schemes";

interface Props {
  suggestions: readonly SchemeSuggestion[];
  /** Absent: the suggestion is shown without a button (a reader who may not edit). */
  onUse?: (schemeId: string) => void;
  disabled?: boolean;
  /** The button's words: "Use this scheme" on a card, "Reconstruct with this scheme" before reconstructing. */
  useLabel?: string;
}

const percent = (c: number) => `${Math.round(c * 100)} %`;

/**
 * The analyser's scheme suggestion with the signals behind it (issue 16). Only a click applies it;
 * the others it found are one step further.
 */
export function SchemeSuggestionNote({ suggestions, onUse, disabled, useLabel = "Use this scheme" }: Props) {
  const [first, ...others] = suggestions.filter((s) => getScheme(s.schemeId));
  if (!first) return null;
  const name = (s: SchemeSuggestion) => getScheme(s.schemeId)!.name;
  return (
    <div className="space-y-1 rounded border border-amber-200 bg-amber-50 p-2 text-sm" data-testid="scheme-suggestion" data-scheme={first.schemeId}>
      <p>
        <span className="font-semibold">Suggested: {name(first)}</span> <span className="text-xs text-stone-600">(confidence {percent(first.confidence)})</span>{" "}
        — because {first.signals.join("; ")}
      </p>
      {onUse && (
        <button
          type="button"
          disabled={disabled}
          onClick={() => onUse(first.schemeId)}
          className="rounded border border-amber-700 px-2 py-0.5 text-amber-900 disabled:opacity-50"
        >
          {useLabel}
        </button>
      )}
      {others.length > 0 && (
        <details className="text-xs">
          <summary className="cursor-pointer text-stone-700">Other suggestions ({others.length})</summary>
          <ul className="mt-1 space-y-1">
            {others.map((s) => (
              <li key={s.schemeId}>
                {name(s)} ({percent(s.confidence)}) — because {s.signals.join("; ")}{" "}
                {onUse && (
                  <button type="button" disabled={disabled} onClick={() => onUse(s.schemeId)} className="text-blue-700 underline disabled:opacity-50">
                    Use {name(s)}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
      <p className="text-xs text-stone-500">A suggestion from the words and speakers of the statements; nothing is applied until you choose.</p>
    </div>
  );
}
