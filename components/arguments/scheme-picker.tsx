"use client";
import { useId, useMemo, useState } from "react";
import { getScheme, searchSchemes } from "@/lib/domain/schemes";

interface Props {
  schemeId: string | null;
  disabled?: boolean;
  onPick: (schemeId: string | null) => void;
}

/** A searchable list of Walton's schemes (name, AIF name, hint words); choosing one saves it. */
export function SchemePicker({ schemeId, disabled, onPick }: Props) {
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const id = useId();
  const found = useMemo(() => searchSchemes(query).slice(0, 8), [query]);
  const current = getScheme(schemeId);
  return (
    <div className="space-y-1">
      <p className="text-sm">
        <span className="text-stone-600">Scheme: </span>
        <span data-testid="argument-scheme">{current ? current.name : "none chosen"}</span>{" "}
        {!disabled && (
          <button type="button" className="text-blue-700 underline" onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-controls={id}>
            {current ? "Change" : "Pick a scheme"}
          </button>
        )}
      </p>
      {open && !disabled && (
        <div id={id} className="space-y-1 rounded border border-stone-200 p-2">
          <label className="block text-xs text-stone-600">
            Search schemes
            <input
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder="expert, analogy, cause…"
              className="mt-1 w-full rounded border border-stone-300 px-2 py-1 text-sm"
            />
          </label>
          <ul className="max-h-48 space-y-0.5 overflow-y-auto" aria-label="Schemes">
            {found.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="w-full rounded px-1 py-0.5 text-left text-sm hover:bg-stone-100"
                  onClick={() => {
                    setOpen(false);
                    setQuery("");
                    onPick(s.id);
                  }}
                >
                  {s.name} <span className="text-xs text-stone-500">({s.criticalQuestions.length} questions)</span>
                </button>
              </li>
            ))}
            {found.length === 0 && <li className="text-sm text-stone-600">No scheme matches.</li>}
          </ul>
          {current && (
            <button type="button" className="text-xs text-stone-600 underline" onClick={() => onPick(null)}>
              Remove the scheme
            </button>
          )}
        </div>
      )}
    </div>
  );
}
