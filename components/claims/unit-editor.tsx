"use client";
import type { UnitView } from "@/lib/domain/views";
import { UNIT_KIND_LABEL, UNIT_KINDS } from "@/lib/domain/vocabulary";

interface Props {
  unit: UnitView;
  next: UnitView | null;
  /** Caret offset last placed in the reader, if it lies inside this unit. */
  caret: number | null;
  busy: boolean;
  /** Unsaved wording, kept by the workbench (so a live update or a conflict never drops it); undefined: none. */
  wording?: string;
  onWording: (text: string) => void;
  onUpdate: (input: { kind?: UnitView["kind"]; text?: string | null }) => void;
  onSplit: (at: number) => void;
  onMerge: () => void;
  onDelete: () => void;
}

/** Re-segmentation of one unit: kind, normalised wording, split, merge with next, delete. */
export function UnitEditor({ unit, next, caret, busy, wording: draft, onWording, onUpdate, onSplit, onMerge, onDelete }: Props) {
  const wording = draft ?? unit.text ?? "";
  const caretInside = caret !== null && caret > unit.start && caret < unit.end;
  const button = "rounded-md border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100 disabled:opacity-50";
  return (
    <details className="text-sm" data-testid="unit-editor">
      <summary className="cursor-pointer font-medium">Edit unit</summary>
      <div className="mt-2 space-y-3">
        <label className="block">
          Kind{" "}
          <select
            className="ml-1 rounded-md border border-stone-300 px-2 py-1"
            value={unit.kind}
            disabled={busy}
            onChange={(e) => onUpdate({ kind: e.target.value as UnitView["kind"] })}
          >
            {UNIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {UNIT_KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onUpdate({ text: wording });
          }}
        >
          <label className="block">
            What is being checked (normalised wording)
            <textarea
              rows={2}
              value={wording}
              onChange={(e) => onWording(e.target.value)}
              placeholder={unit.exact}
              className="mt-1 block w-full rounded-md border border-stone-300 px-2 py-1"
            />
          </label>
          <p className="mt-1 text-xs text-stone-500">The anchor stays on the original words; empty goes back to them.</p>
          <button type="submit" className={`${button} mt-1`} disabled={busy || wording === (unit.text ?? "")}>
            Save wording
          </button>
        </form>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className={button}
            disabled={busy || !caretInside}
            onClick={() => caret !== null && onSplit(caret)}
            title="Click in the highlighted text where it should be split"
          >
            Split at cursor
          </button>
          <button type="button" className={button} disabled={busy || !next} onClick={onMerge}>
            Merge with next
          </button>
          <button
            type="button"
            className={`${button} text-red-700`}
            disabled={busy}
            onClick={() => window.confirm("Delete this unit? Its verdict, sources and comments go with it; the text stays.") && onDelete()}
          >
            Delete unit
          </button>
        </div>
        {!caretInside && <p className="text-xs text-stone-500">To split, click in the highlighted text where the new unit should start.</p>}
      </div>
    </details>
  );
}
