"use client";
import { useEffect, useState } from "react";
import { useModalDialog } from "@/components/ui/use-modal-dialog";
import { assignClaimsAction } from "@/app/documents/[id]/actions";
import { listMembersAction } from "@/app/workspaces/actions";
import { FormError } from "@/components/ui/field";
import type { AssignmentSlot, LoadPreview } from "@/lib/domain/assignment";
import { can } from "@/lib/domain/policy";
import type { MemberView } from "@/lib/domain/views";
import { ROLE_LABEL } from "@/lib/domain/vocabulary";

interface Props {
  open: boolean;
  documentId: string;
  workspaceId: string;
  doubleReview: boolean;
  onClose: () => void;
  /** After applying: the units were assigned (the workbench reads them again). */
  onApplied: (count: number) => Promise<void> | void;
}

interface Plan {
  count: number;
  preview: LoadPreview[];
  unassigned: number;
}

/**
 * "Balance": share the document's open, unassigned units (at least the check-worthiness asked)
 * among the chosen reviewers by their open load. The preview asks the server what would happen
 * (writing nothing); Apply sends the same request for real, in one transaction. In double review
 * it can fill the second-reviewer slot, which the server never gives a claim's first reviewer.
 */
export function BalanceDialog({ open, documentId, workspaceId, doubleReview, onClose, onApplied }: Props) {
  const ref = useModalDialog(open);
  const [members, setMembers] = useState<MemberView[] | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [minPercent, setMinPercent] = useState("");
  const [slot, setSlot] = useState<AssignmentSlot>("first");
  const [plan, setPlan] = useState<Plan | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  // Loads are read when the dialog opens: they change as people review.
  useEffect(() => {
    if (!open) return;
    let current = true;
    void listMembersAction({ workspaceId }).then((r) => {
      if (!current) return;
      if (!r.ok) return setError(r.error.message);
      setMembers(r.data.filter((m) => can(m.role, "unit.review")));
    });
    return () => {
      current = false;
    };
  }, [open, workspaceId]);

  const effectiveSlot = doubleReview ? slot : "first";
  const min = minPercent.trim() === "" ? undefined : Number(minPercent) / 100;
  const invalidMin = min !== undefined && (!Number.isFinite(min) || min < 0 || min > 1);
  const names = new Map((members ?? []).map((m) => [m.user.id, m.user.name]));
  const changed = () => {
    setPlan(null);
    setError(undefined);
  };

  // A fresh start next time: the plan was for the loads of this moment.
  function close() {
    setPlan(null);
    setError(undefined);
    onClose();
  }

  async function send(preview: boolean) {
    if (chosen.size === 0) return setError("Choose at least one reviewer.");
    if (invalidMin) return setError("The minimum check-worthiness is a percentage from 0 to 100.");
    setBusy(true);
    const r = await assignClaimsAction({ documentId, reviewerIds: [...chosen], strategy: "balance", slot: effectiveSlot, checkworthyMin: min, preview });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    setError(undefined);
    if (preview) return setPlan({ count: r.data.assignments.length, preview: r.data.preview, unassigned: r.data.unassigned.length });
    await onApplied(r.data.assignments.length);
    close();
  }

  return (
    <dialog
      ref={ref}
      onClose={close}
      aria-labelledby="balance-title"
      className="m-auto w-[32rem] max-w-[calc(100vw-2rem)] rounded-lg p-6 shadow-xl backdrop:bg-black/30"
      data-testid="balance-dialog"
    >
      <h2 id="balance-title" className="text-lg font-semibold">
        Balance the open units
      </h2>
      <p className="mt-1 text-sm text-stone-600">
        The document&apos;s open units with nobody {effectiveSlot === "second" ? "in the second-reviewer slot" : "assigned"} go, one by one, to the chosen
        reviewer with the fewest open claims in the workspace.
      </p>
      <form
        className="mt-4 space-y-4 text-sm"
        onSubmit={(e) => {
          e.preventDefault();
          void send(!plan);
        }}
      >
        <fieldset disabled={busy}>
          <legend className="font-medium">Reviewers</legend>
          {members === null ? (
            <p className="text-stone-600">Loading members…</p>
          ) : (
            <ul className="mt-1 space-y-1">
              {members.map((m) => (
                <li key={m.user.id}>
                  <label className="flex items-center gap-2">
                    <input
                      type="checkbox"
                      checked={chosen.has(m.user.id)}
                      onChange={(e) => {
                        const next = new Set(chosen);
                        if (e.target.checked) next.add(m.user.id);
                        else next.delete(m.user.id);
                        setChosen(next);
                        changed();
                      }}
                    />
                    {m.user.name}
                    <span className="text-stone-600">
                      ({ROLE_LABEL[m.role]}, {m.openAssignments} open)
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
        <label className="block">
          Minimum check-worthiness (%, optional)
          <input
            type="number"
            min={0}
            max={100}
            step={1}
            value={minPercent}
            onChange={(e) => {
              setMinPercent(e.target.value);
              changed();
            }}
            className="mt-1 block w-28 rounded-md border border-stone-300 px-2 py-1"
          />
        </label>
        {doubleReview && (
          <fieldset className="flex gap-4" disabled={busy}>
            <legend className="font-medium">Slot</legend>
            {(["first", "second"] as const).map((s) => (
              <label key={s} className="flex items-center gap-1">
                <input
                  type="radio"
                  name="balance-slot"
                  checked={slot === s}
                  onChange={() => {
                    setSlot(s);
                    changed();
                  }}
                />
                {s === "first" ? "First reviewers" : "Second reviewers"}
              </label>
            ))}
          </fieldset>
        )}
        {plan && (
          <div data-testid="balance-preview" aria-live="polite" className="rounded-md border border-stone-200 bg-stone-50 p-3">
            <p className="font-medium" data-testid="balance-total">
              {plan.count === 0 ? "No open units match: nothing would change." : `${plan.count} unit${plan.count === 1 ? "" : "s"} would be assigned.`}
            </p>
            {plan.unassigned > 0 && (
              <p className="text-amber-900">
                {plan.unassigned} unit{plan.unassigned === 1 ? "" : "s"} would get no second reviewer: the only reviewer chosen is already their first.
              </p>
            )}
            <table className="mt-2 w-full text-left">
              <thead>
                <tr className="text-stone-600">
                  <th scope="col" className="font-normal">
                    Reviewer
                  </th>
                  <th scope="col" className="font-normal">
                    Open now
                  </th>
                  <th scope="col" className="font-normal">
                    Gets
                  </th>
                  <th scope="col" className="font-normal">
                    After
                  </th>
                </tr>
              </thead>
              <tbody>
                {plan.preview.map((p) => (
                  <tr key={p.reviewerId} data-testid="balance-row">
                    <th scope="row" className="font-medium">
                      {names.get(p.reviewerId) ?? p.reviewerId}
                    </th>
                    <td>{p.current}</td>
                    <td data-testid="balance-added">+{p.added}</td>
                    <td>{p.total}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <FormError message={error} />
        <div className="flex justify-end gap-2">
          <button type="button" onClick={close} className="rounded-md border border-stone-300 px-3 py-1.5 hover:bg-stone-100">
            Cancel
          </button>
          {plan ? (
            <button
              type="submit"
              disabled={busy || plan.count === 0}
              className="rounded-md bg-blue-700 px-3 py-1.5 font-semibold text-white disabled:opacity-50"
            >
              {busy ? "Assigning…" : `Apply (${plan.count})`}
            </button>
          ) : (
            <button type="submit" disabled={busy} className="rounded-md bg-blue-700 px-3 py-1.5 font-semibold text-white disabled:opacity-50">
              {busy ? "Working…" : "Preview"}
            </button>
          )}
        </div>
      </form>
    </dialog>
  );
}
