"use client";
import { useCallback, useState } from "react";
import { FormError } from "@/components/ui/field";
import type { AssignmentSlot } from "@/lib/domain/assignment";
import { applyCheck } from "@/lib/domain/selection";
import type { MemberView, UnitView } from "@/lib/domain/views";
import { MemberPicker } from "./member-picker";

/**
 * The unit list's bulk selection: a checkbox click toggles one unit; a shift-click sets the whole
 * range from the last one clicked (in the filtered order shown) to the same state.
 */
export function useBulkSelection(visible: UnitView[]) {
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [anchor, setAnchor] = useState<string | null>(null);
  const onCheck = useCallback(
    (id: string, on: boolean, shiftKey: boolean) => {
      setChecked((prev) =>
        applyCheck(
          visible.map((u) => u.id),
          prev,
          anchor,
          id,
          on,
          shiftKey,
        ),
      );
      setAnchor(id);
    },
    [visible, anchor],
  );
  const selectAll = useCallback(() => setChecked((prev) => new Set([...prev, ...visible.map((u) => u.id)])), [visible]);
  const clear = useCallback(() => {
    setChecked(new Set());
    setAnchor(null);
  }, []);
  return { checked, onCheck, selectAll, clear };
}

interface Props {
  /** The checked units that still exist. */
  selectedIds: string[];
  visibleCount: number;
  reviewers: MemberView[];
  doubleReview: boolean;
  busy: boolean;
  error?: string;
  notice?: string;
  onSelectAll: () => void;
  onClear: () => void;
  onAssign: (reviewer: { id: string; name: string }, slot: AssignmentSlot) => void;
  onUnassign: (slot: AssignmentSlot) => void;
  /** Opens the balance dialog. */
  onBalance: () => void;
}

/** Above the unit list, for editors and owners: select units, give them all to one member, or take them back, in one action. */
export function BulkAssignBar({
  selectedIds,
  visibleCount,
  reviewers,
  doubleReview,
  busy,
  error,
  notice,
  onSelectAll,
  onClear,
  onAssign,
  onUnassign,
  onBalance,
}: Props) {
  const [slot, setSlot] = useState<AssignmentSlot>("first");
  const n = selectedIds.length;
  const effectiveSlot = doubleReview ? slot : "first";
  return (
    <section aria-label="Bulk assignment" className="space-y-2 border-b border-stone-200 px-2 pb-2 text-sm" data-testid="bulk-bar">
      <div className="flex flex-wrap items-center gap-2">
        <span data-testid="selected-count" aria-live="polite">
          {n} selected
        </span>
        <button type="button" onClick={onSelectAll} disabled={visibleCount === 0} className="text-blue-800 underline disabled:text-stone-400">
          Select all filtered ({visibleCount})
        </button>
        {n > 0 && (
          <button type="button" onClick={onClear} className="text-blue-800 underline">
            Clear
          </button>
        )}
        <button type="button" onClick={onBalance} className="ml-auto rounded-md border border-stone-300 px-2 py-0.5 hover:bg-stone-100">
          Balance…
        </button>
      </div>
      {n > 0 && (
        <div className="flex flex-wrap items-center gap-2">
          {doubleReview && (
            <label className="flex items-center gap-1">
              Slot
              <select value={slot} onChange={(e) => setSlot(e.target.value as AssignmentSlot)} className="rounded border border-stone-300 px-1 py-0.5">
                <option value="first">First reviewer</option>
                <option value="second">Second reviewer</option>
              </select>
            </label>
          )}
          <div className="min-w-[12rem] flex-1">
            <MemberPicker
              label={`Assign ${n} selected to`}
              placeholder={`Assign ${n} selected to…`}
              members={reviewers}
              disabled={busy}
              onPick={(m) => onAssign({ id: m.user.id, name: m.user.name }, effectiveSlot)}
            />
          </div>
          <button
            type="button"
            disabled={busy}
            onClick={() => onUnassign(effectiveSlot)}
            className="rounded-md border border-stone-300 px-2 py-0.5 hover:bg-stone-100 disabled:opacity-50"
          >
            Unassign selected
          </button>
        </div>
      )}
      <FormError message={error} />
      {notice && (
        <p className="text-green-800" data-testid="bulk-notice" aria-live="polite">
          {notice}
        </p>
      )}
    </section>
  );
}
