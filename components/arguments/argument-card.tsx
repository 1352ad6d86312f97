"use client";
import { ARGUMENT_STATUS_LABEL } from "@/lib/domain/argument-vocabulary";
import { reviewBlocker, type ArgumentView, type SchemeSuggestion } from "@/lib/domain/arguments";
import { getScheme, schemeCitation } from "@/lib/domain/schemes";
import { QuestionChecklist } from "./question-checklist";
import { SchemePicker } from "./scheme-picker";
import { SchemeSuggestionNote } from "./scheme-suggestion";
import { StatementEditor } from "./statement-editor";
import type { ArgumentsApi } from "./use-arguments";

interface Props {
  argument: ArgumentView;
  api: ArgumentsApi;
  canEdit: boolean;
  canReview: boolean;
  /** The analyser's scheme suggestions, shown while the argument has no scheme. */
  suggestions?: readonly SchemeSuggestion[];
}

/** One reconstructed argument: its structure, its scheme, the critical-question checklist and its review. */
export function ArgumentCard({ argument: a, api, canEdit, canReview, suggestions = [] }: Props) {
  const busy = api.status.busy;
  const blocker = reviewBlocker(a);
  const scheme = getScheme(a.schemeId);
  return (
    <section className="space-y-3 rounded-lg border border-stone-200 bg-white p-3" aria-label={`Argument ${a.title}`} data-testid="argument-card">
      <header className="flex items-baseline justify-between gap-2">
        <h3 className="font-semibold">{a.title}</h3>
        <span
          className={`rounded px-1.5 text-xs ${a.status === "REVIEWED" ? "bg-green-100 text-green-900" : "bg-stone-100 text-stone-700"}`}
          data-testid="argument-status"
        >
          {ARGUMENT_STATUS_LABEL[a.status]}
        </span>
      </header>
      <StatementEditor
        argumentId={a.id}
        statements={a.statements}
        canEdit={canEdit}
        busy={busy}
        onSave={(rows) =>
          api.update(
            {
              argumentId: a.id,
              version: a.version,
              statements: rows.map((s) => ({ id: s.id, role: s.role, ...(s.unitId ? { unitId: s.unitId } : { text: s.text }) })),
            },
            "Structure saved.",
          )
        }
      />
      <SchemePicker
        schemeId={a.schemeId}
        disabled={!canEdit || busy}
        onPick={(schemeId) => void api.update({ argumentId: a.id, version: a.version, schemeId }, "Scheme saved.")}
      />
      {scheme && <p className="text-xs text-stone-500">{schemeCitation(scheme)}</p>}
      {!scheme && (
        <SchemeSuggestionNote
          suggestions={suggestions}
          disabled={busy}
          onUse={canEdit ? (schemeId) => void api.update({ argumentId: a.id, version: a.version, schemeId }, "Scheme saved.") : undefined}
        />
      )}
      <QuestionChecklist
        argument={a}
        canReview={canReview}
        busy={busy}
        onAnswer={(questionId, answer, note) => api.answer({ argumentId: a.id, version: a.version, questionId, answer, note })}
        onObject={(questionId) => api.object(a, questionId)}
      />
      <footer className="flex flex-wrap items-center gap-3 border-t border-stone-100 pt-2">
        {canReview && a.status !== "REVIEWED" && (
          <>
            <button
              type="button"
              disabled={busy || !!blocker}
              onClick={() => void api.update({ argumentId: a.id, version: a.version, status: "REVIEWED" }, "Marked reviewed.")}
              className="rounded bg-green-800 px-3 py-1 text-sm text-white disabled:opacity-50"
              aria-describedby={blocker ? `blocker-${a.id}` : undefined}
            >
              Mark reviewed
            </button>
            {blocker && (
              <span id={`blocker-${a.id}`} className="text-xs text-stone-600">
                {blocker}
              </span>
            )}
          </>
        )}
        {canEdit && (
          <button
            type="button"
            disabled={busy}
            onClick={() => confirm(`Delete the argument “${a.title}”?`) && void api.remove(a)}
            className="ml-auto text-sm text-red-800 underline"
          >
            Delete
          </button>
        )}
      </footer>
    </section>
  );
}
