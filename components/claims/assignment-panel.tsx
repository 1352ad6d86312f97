"use client";
import { FormError } from "@/components/ui/field";
import type { AssignmentSlot } from "@/lib/domain/assignment";
import type { MemberView, UnitView } from "@/lib/domain/views";
import { MemberPicker } from "./member-picker";

interface Props {
  unit: UnitView;
  doubleReview: boolean;
  /** Members who may review (REVIEWER, EDITOR, OWNER), with their open load. */
  reviewers: MemberView[];
  names: Map<string, string>;
  meId: string;
  busy: boolean;
  error?: string;
  notice?: string;
  onAssign: (reviewer: { id: string; name: string }, slot: AssignmentSlot) => void;
  onUnassign: (slot: AssignmentSlot) => void;
}

/**
 * The claim card's assignment (editors and owners: "unit.assign"): who reviews it and, in double
 * review, who reviews it second; a searchable picker to give it to someone, and unassign. The
 * picker for one slot leaves out the person in the other: one person never holds both.
 */
export function AssignmentPanel({ unit, doubleReview, reviewers, names, meId, busy, error, notice, onAssign, onUnassign }: Props) {
  const who = (id: string | null) => (id ? (id === meId ? "you" : (names.get(id) ?? "a former member")) : "nobody");
  const slots: { slot: AssignmentSlot; label: string; holder: string | null; other: string | null }[] = [
    { slot: "first", label: doubleReview ? "First reviewer" : "Reviewer", holder: unit.assigneeId, other: unit.secondAssigneeId },
    ...(doubleReview ? [{ slot: "second" as const, label: "Second reviewer", holder: unit.secondAssigneeId, other: unit.assigneeId }] : []),
  ];
  return (
    <section aria-label="Assignment" className="space-y-2 rounded-md border border-stone-200 p-3 text-sm" data-testid="assignment">
      {slots.map(({ slot, label, holder, other }) => (
        <div key={slot} className="space-y-1" data-testid={`assignee-${slot}`}>
          <p className="flex flex-wrap items-center gap-2">
            <span className="text-stone-600">{label}:</span>
            <strong data-testid={`assignee-${slot}-name`}>{who(holder)}</strong>
            {holder && (
              <button
                type="button"
                disabled={busy}
                onClick={() => onUnassign(slot)}
                className="rounded border border-stone-300 px-2 py-0.5 text-xs hover:bg-stone-100 disabled:opacity-50"
              >
                Unassign{doubleReview ? ` ${label.toLowerCase()}` : ""}
              </button>
            )}
          </p>
          <MemberPicker
            label={`Assign ${label.toLowerCase()}`}
            placeholder={holder ? "Reassign to…" : "Assign to…"}
            members={reviewers}
            excludeIds={[holder, other].filter((x): x is string => !!x)}
            disabled={busy}
            onPick={(m) => onAssign({ id: m.user.id, name: m.user.name }, slot)}
          />
        </div>
      ))}
      <FormError message={error} />
      {notice && (
        <p className="text-sm text-green-800" data-testid="assignment-notice" aria-live="polite">
          {notice}
        </p>
      )}
    </section>
  );
}
