"use client";
import { UNIT_KIND_LABEL, UNIT_KINDS, VERDICT_LABEL, VERDICTS, type UnitKind, type Verdict } from "@/lib/domain/vocabulary";
import { KIND_INK, VERDICT_FILL, VERDICT_INK } from "@/lib/render/map-style";

export interface MapFilters {
  kinds: Set<UnitKind>;
  verdicts: Set<Verdict>;
}

interface Props {
  filters: MapFilters;
  onFilters: (f: MapFilters) => void;
  busy: boolean;
  onRelayout: () => void;
  onExport: (format: "svg" | "png" | "json") => void;
  onFitAll: () => void;
  /** What Undo / Redo would take back ("add relation (supports)"); null when there is nothing. */
  undo: StepButton | null;
  redo: StepButton | null;
}

export interface StepButton {
  label: string;
  /** The longer account for the tooltip, e.g. the relation as a sentence. */
  detail: string;
  disabled: boolean;
  run: () => void;
}

const BUTTON = "rounded border border-stone-300 bg-white px-2 py-1 hover:bg-stone-100 disabled:opacity-50";

function toggle<T>(set: Set<T>, value: T): Set<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

/** Filters dim what does not match (they never hide it: the argument's shape stays visible). */
export function MapToolbar({ filters, onFilters, busy, onRelayout, onExport, onFitAll, undo, redo }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm" role="toolbar" aria-label="Map tools">
      <fieldset className="flex flex-wrap items-center gap-2">
        <legend className="sr-only">Show kinds</legend>
        {UNIT_KINDS.map((k) => (
          <label key={k} className="flex cursor-pointer items-center gap-1">
            <input type="checkbox" checked={filters.kinds.has(k)} onChange={() => onFilters({ ...filters, kinds: toggle(filters.kinds, k) })} />
            <span className="font-medium" style={{ color: KIND_INK[k] }}>
              {UNIT_KIND_LABEL[k]}
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="flex flex-wrap items-center gap-2">
        <legend className="sr-only">Show verdicts</legend>
        {VERDICTS.map((v) => (
          <label key={v} className="flex cursor-pointer items-center gap-1">
            <input type="checkbox" checked={filters.verdicts.has(v)} onChange={() => onFilters({ ...filters, verdicts: toggle(filters.verdicts, v) })} />
            <span className="rounded border px-1" style={{ background: VERDICT_FILL[v], color: VERDICT_INK[v], borderColor: VERDICT_INK[v] }}>
              {VERDICT_LABEL[v]}
            </span>
          </label>
        ))}
      </fieldset>
      <div className="ml-auto flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={`${BUTTON} max-w-72 truncate`}
          disabled={!undo || undo.disabled}
          title={undo ? `Undo (Ctrl+Z): ${undo.detail}` : "Nothing to undo"}
          aria-keyshortcuts="Control+Z"
          data-testid="map-undo"
          onClick={undo?.run}
        >
          ↶ Undo{undo && <span className="text-stone-600"> {undo.label}</span>}
        </button>
        <button
          type="button"
          className={`${BUTTON} max-w-60 truncate`}
          disabled={!redo || redo.disabled}
          title={redo ? `Redo (Ctrl+Shift+Z): ${redo.detail}` : "Nothing to redo"}
          aria-keyshortcuts="Control+Shift+Z"
          data-testid="map-redo"
          onClick={redo?.run}
        >
          ↷ Redo{redo && <span className="text-stone-600"> {redo.label}</span>}
        </button>
        <button type="button" className={BUTTON} disabled={busy} onClick={onFitAll}>
          Fit all
        </button>
        <button type="button" className={BUTTON} disabled={busy} onClick={onRelayout}>
          Re-layout
        </button>
        <span className="text-stone-500">Export</span>
        {(["svg", "png", "json"] as const).map((f) => (
          <button
            key={f}
            type="button"
            className="rounded border border-stone-300 bg-white px-2 py-1 uppercase hover:bg-stone-100 disabled:opacity-50"
            disabled={busy}
            onClick={() => onExport(f)}
          >
            {f}
          </button>
        ))}
      </div>
    </div>
  );
}
