"use client";
import { useState } from "react";
import { FormError } from "@/components/ui/field";
import { rationaleRequired } from "@/lib/domain/verdict";
import type { ReviewView, UnitView } from "@/lib/domain/views";
import { REVIEW_STATUS_LABEL, VERDICT_LABEL, VERDICTS, type Role, type Verdict } from "@/lib/domain/vocabulary";
import { availableActions } from "@/lib/domain/workflow";
import { STATUS_BADGE } from "./status-bar";

export type TransitionTarget = "OPEN" | "IN_REVIEW" | "REVIEWED" | "APPROVED";

interface Props {
  unit: UnitView;
  meId: string;
  role: Role;
  doubleReview: boolean;
  assignedOnly: boolean;
  /** The reviews the caller may see (double review). */
  reviews: ReviewView[];
  names: Map<string, string>;
  busy: boolean;
  onTransition: (to: TransitionTarget, decision?: { verdict: Verdict; rationale: string }) => Promise<boolean>;
}

const BUTTON: Partial<Record<ReturnType<typeof availableActions>[number], { to: TransitionTarget; label: string }>> = {
  start: { to: "IN_REVIEW", label: "Start review" },
  approve: { to: "APPROVED", label: "Approve" },
  reopen: { to: "OPEN", label: "Reopen" },
};

/**
 * Where the claim stands in the desk's workflow and the moves the caller may make now, as the
 * pure table (lib/domain/workflow.ts) allows them; in double review, the reviews the caller may
 * see and, for editors, the adjudication of a disagreement.
 */
export function WorkflowPanel({ unit, meId, role, doubleReview, assignedOnly, reviews, names, busy, onTransition }: Props) {
  const isAssignee = unit.assigneeId === meId || unit.secondAssigneeId === meId;
  const moves = availableActions({ status: unit.status, role, isAssignee, assignedOnly, doubleReview }).flatMap((a) => (BUTTON[a] ? [BUTTON[a]] : []));
  const adjudicating = availableActions({ status: unit.status, role, isAssignee, assignedOnly, doubleReview }).includes("adjudicate");
  const who = (id: string | null) => (id ? (id === meId ? "you" : (names.get(id) ?? "a former member")) : "nobody");
  const mine = reviews.find((r) => r.reviewerId === meId);
  return (
    <section aria-label="Workflow" className="space-y-2 rounded-md border border-stone-200 p-3 text-sm" data-testid="workflow">
      <p className="flex flex-wrap items-center gap-2">
        <span
          className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_BADGE[unit.status]}`}
          data-testid="status-badge"
          data-status={unit.status}
        >
          {REVIEW_STATUS_LABEL[unit.status]}
        </span>
        <span className="text-stone-600">
          Reviewer: <strong>{who(unit.assigneeId)}</strong>
          {doubleReview && (
            <>
              {" "}
              · second reviewer: <strong>{who(unit.secondAssigneeId)}</strong>
            </>
          )}
        </span>
      </p>
      {unit.status === "APPROVED" && <p className="text-xs text-stone-600">Approved: the verdict is locked until an editor reopens the claim.</p>}
      {doubleReview && (
        <div className="text-xs text-stone-700" data-testid="double-review">
          <p className="font-medium">Double review: two independent verdicts.</p>
          {mine?.submitted && unit.status === "IN_REVIEW" && (
            <p>Your verdict ({VERDICT_LABEL[mine.verdict]}) is in; the other reviewer&apos;s stays hidden until they submit theirs.</p>
          )}
          {!adjudicating && reviews.filter((r) => r.submitted).length > 0 && (
            <Reviews reviews={reviews.filter((r) => r.submitted && (r.reviewerId !== meId || unit.status !== "IN_REVIEW"))} />
          )}
        </div>
      )}
      {adjudicating && <Adjudication reviews={reviews} busy={busy} onDecide={(decision) => onTransition("REVIEWED", decision)} />}
      {moves.length > 0 && (
        <div className="flex flex-wrap gap-2">
          {moves.map((m) => (
            <button
              key={m.to}
              type="button"
              disabled={busy}
              onClick={() => void onTransition(m.to)}
              className="rounded-md border border-stone-300 px-3 py-1 hover:bg-stone-100 disabled:opacity-50"
            >
              {m.label}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}

function Reviews({ reviews }: { reviews: ReviewView[] }) {
  if (reviews.length === 0) return null;
  return (
    <ul className="mt-1 grid gap-2 sm:grid-cols-2" data-testid="reviews">
      {reviews.map((r) => (
        <li key={r.reviewerId} className="rounded border border-stone-200 bg-stone-50 p-2">
          <p className="font-medium">
            {r.reviewerName}: {VERDICT_LABEL[r.verdict]}
          </p>
          {r.rationale && <p className="mt-1 whitespace-pre-wrap text-stone-700">{r.rationale}</p>}
        </li>
      ))}
    </ul>
  );
}

/** The two verdicts side by side, and the editor's decision: the verdict of record. */
function Adjudication({
  reviews,
  busy,
  onDecide,
}: {
  reviews: ReviewView[];
  busy: boolean;
  onDecide: (d: { verdict: Verdict; rationale: string }) => Promise<boolean>;
}) {
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [rationale, setRationale] = useState("");
  const [error, setError] = useState<string>();
  return (
    <form
      className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-2"
      aria-label="Adjudicate"
      data-testid="adjudication"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!verdict) return setError("Choose the verdict of record.");
        if (rationaleRequired(verdict) && !rationale.trim()) return setError("Say why: a rationale is required for this verdict.");
        setError(undefined);
        await onDecide({ verdict, rationale });
      }}
    >
      <p className="font-medium">The reviewers disagree. Your decision is the verdict of record; both verdicts stay in the history.</p>
      <Reviews reviews={reviews.filter((r) => r.submitted)} />
      <fieldset className="flex flex-wrap gap-3" disabled={busy}>
        <legend className="sr-only">Verdict of record</legend>
        {VERDICTS.filter((v) => v !== "UNREVIEWED").map((v) => (
          <label key={v} className="flex items-center gap-1">
            <input type="radio" name="adjudication-verdict" value={v} checked={verdict === v} onChange={() => setVerdict(v)} />
            {VERDICT_LABEL[v]}
          </label>
        ))}
      </fieldset>
      <label className="block">
        Why
        <textarea
          rows={2}
          value={rationale}
          onChange={(e) => setRationale(e.target.value)}
          className="mt-1 block w-full rounded-md border border-stone-300 px-2 py-1"
        />
      </label>
      <FormError message={error} />
      <button type="submit" disabled={busy} className="rounded-md bg-stone-800 px-3 py-1 text-white disabled:opacity-50">
        Decide
      </button>
    </form>
  );
}
