"use client";
import { forwardRef } from "react";
import { rationaleRequired } from "@/lib/domain/verdict";
import type { UnitView } from "@/lib/domain/views";
import { UNIT_KIND_LABEL, VERDICT_LABEL, VERDICTS, type Verdict } from "@/lib/domain/vocabulary";
import { FormError } from "@/components/ui/field";
import { WhyThisUnit } from "./why-this-unit";

export interface Draft {
  verdict: Verdict;
  rationale: string;
}

/** What the verdict form starts from: in double review the reader's own verdict, else the verdict of record. */
export function draftOf(unit: UnitView): Draft {
  const saved = unit.myReview ?? unit;
  return { verdict: saved.verdict, rationale: saved.rationale ?? "" };
}

interface Props {
  unit: UnitView;
  /** Shown between the unit and the verdict form (e.g. its relations). */
  children?: React.ReactNode;
  draft: Draft;
  canReview: boolean;
  /** Why the verdict form is read-only, when it is (role, approval lock, double review). */
  readOnlyReason?: string;
  saving: boolean;
  error?: string;
  notice?: string;
  onDraft: (draft: Draft) => void;
  onSave: () => void;
}

const SHORTCUT: Record<Verdict, string> = { SUPPORTED: "s", DISPUTED: "d", OPINION: "o", UNREVIEWED: "u" };

/** One unit: its words, why the analyser proposed it, and the reviewer's verdict form. */
export const ClaimCard = forwardRef<HTMLTextAreaElement, Props>(function ClaimCard(
  { unit, children, draft, canReview, readOnlyReason = "Your role lets you read this document, not review it.", saving, error, notice, onDraft, onSave },
  rationaleRef,
) {
  const saved = draftOf(unit);
  const dirty = draft.verdict !== saved.verdict || draft.rationale !== saved.rationale;
  return (
    <section aria-label="Claim card" data-testid="claim-card" data-unit-id={unit.id} className="space-y-4">
      <div>
        <p className="text-xs font-semibold uppercase tracking-wide text-stone-500">
          {UNIT_KIND_LABEL[unit.kind].toLowerCase()} · <span data-testid="saved-verdict">{VERDICT_LABEL[unit.verdict]}</span> · v{unit.version}
        </p>
        <blockquote className="mt-2 border-l-4 border-blue-200 pl-3 font-serif text-stone-900">{unit.exact}</blockquote>
        {unit.speaker && (
          <p className="mt-1 text-sm text-stone-600">
            Said by <strong>{unit.speaker.name}</strong>
          </p>
        )}
      </div>
      {unit.suggestedVerdict && unit.verdict === "UNREVIEWED" && (
        <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm" data-testid="suggestion">
          The analyser suggests <strong>{VERDICT_LABEL[unit.suggestedVerdict]}</strong> (evaluative language, score {Math.round(unit.opinion * 100)}%).{" "}
          {canReview && draft.verdict !== unit.suggestedVerdict && (
            <button type="button" className="underline" onClick={() => onDraft({ ...draft, verdict: unit.suggestedVerdict! })}>
              Use it
            </button>
          )}{" "}
          <span className="text-stone-600">A suggestion only: nothing is saved until you save.</span>
        </p>
      )}
      {children}
      <WhyThisUnit signals={unit.signals} checkworthy={unit.checkworthy} opinion={unit.opinion} />
      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          onSave();
        }}
      >
        <fieldset disabled={!canReview || saving}>
          <legend className="text-sm font-medium">Verdict</legend>
          <div className="mt-2 grid grid-cols-2 gap-2">
            {VERDICTS.map((v) => (
              <label
                key={v}
                className="flex cursor-pointer items-center gap-2 rounded-md border border-stone-200 px-3 py-2 text-sm has-[:checked]:border-blue-600 has-[:checked]:bg-blue-50"
              >
                <input type="radio" name="verdict" value={v} checked={draft.verdict === v} onChange={() => onDraft({ ...draft, verdict: v })} />
                {VERDICT_LABEL[v]}
                <kbd className="ml-auto rounded border border-stone-300 px-1 text-xs text-stone-500">{SHORTCUT[v]}</kbd>
              </label>
            ))}
          </div>
        </fieldset>
        <label className="block text-sm font-medium">
          Rationale{" "}
          {rationaleRequired(draft.verdict) ? <span className="text-red-700">(required)</span> : <span className="font-normal text-stone-500">(optional)</span>}
          <textarea
            ref={rationaleRef}
            name="rationale"
            rows={4}
            value={draft.rationale}
            // Read-only, not disabled, while saving: a disabled field loses the focus, and the
            // next letters typed would go to the reader's shortcuts instead of the rationale.
            disabled={!canReview}
            readOnly={saving}
            aria-busy={saving || undefined}
            onChange={(e) => onDraft({ ...draft, rationale: e.target.value })}
            onKeyDown={(e) => {
              if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                onSave();
              } else if (e.key === "Escape") e.currentTarget.blur();
            }}
            className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2 text-sm font-normal"
            placeholder="What did you check, and what did you find?"
          />
        </label>
        <FormError message={error} />
        {notice && (
          <p className="text-sm text-green-800" data-testid="save-notice" aria-live="polite">
            {notice}
          </p>
        )}
        {canReview ? (
          <button
            type="submit"
            disabled={saving || !dirty}
            className="rounded-md bg-blue-700 px-4 py-2 text-sm font-semibold text-white hover:bg-blue-800 disabled:opacity-50"
          >
            {saving ? "Saving…" : "Save verdict"}
          </button>
        ) : (
          <p className="text-sm text-stone-600" data-testid="read-only-reason">
            {readOnlyReason}
          </p>
        )}
      </form>
    </section>
  );
});
