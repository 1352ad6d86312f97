"use client";
import { useState, type KeyboardEvent } from "react";
import { ARGUMENT_ROLE_LABEL, type ArgumentRole } from "@/lib/domain/argument-vocabulary";
import { structureProblems, type ArgumentStatementView } from "@/lib/domain/arguments";

export interface StatementDraft {
  id?: string;
  role: ArgumentRole;
  unitId: string | null;
  text: string;
  implicit: boolean;
}

interface Props {
  argumentId: string;
  statements: ArgumentStatementView[];
  canEdit: boolean;
  busy: boolean;
  onSave: (statements: StatementDraft[]) => Promise<boolean>;
}

const fromView = (s: ArgumentStatementView[]): StatementDraft[] => s.map(({ id, role, unitId, text, implicit }) => ({ id, role, unitId, text, implicit }));

/**
 * The premise-conclusion structure: reorder (buttons, or Alt+↑/↓ on a row), pick the conclusion,
 * add an implicit premise, then save the whole structure as one versioned write.
 */
export function StatementEditor({ argumentId, statements, canEdit, busy, onSave }: Props) {
  const [draft, setDraft] = useState<StatementDraft[] | null>(null);
  const [implicit, setImplicit] = useState("");
  const rows = draft ?? fromView(statements);
  const problems = structureProblems(rows);
  const edit = (next: StatementDraft[]) => setDraft(next);

  function move(i: number, delta: number) {
    const j = i + delta;
    if (j < 0 || j >= rows.length) return;
    const next = [...rows];
    [next[i], next[j]] = [next[j]!, next[i]!];
    edit(next);
  }
  function makeConclusion(i: number) {
    const picked = { ...rows[i]!, role: "CONCLUSION" as const };
    const rest = rows.filter((_, k) => k !== i).map((s) => (s.role === "CONCLUSION" ? { ...s, role: "PREMISE" as const } : s));
    edit([...rest, picked]);
  }
  function addImplicit() {
    if (!implicit.trim()) return;
    const at = rows.findIndex((s) => s.role === "CONCLUSION");
    const next = [...rows];
    next.splice(at === -1 ? next.length : at, 0, { role: "PREMISE", unitId: null, text: implicit.trim(), implicit: true });
    edit(next);
    setImplicit("");
  }
  const onRowKey = (i: number) => (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
    e.preventDefault();
    move(i, e.key === "ArrowUp" ? -1 : 1);
  };

  return (
    <div className="space-y-2">
      <ol className="space-y-1" aria-label="Premises and conclusion">
        {rows.map((s, i) => (
          <li
            key={s.id ?? `new-${i}`}
            tabIndex={canEdit ? 0 : -1}
            onKeyDown={canEdit ? onRowKey(i) : undefined}
            className="rounded border border-stone-200 p-2 text-sm"
            data-testid="argument-statement"
          >
            <p className="text-xs font-semibold text-stone-600">
              ({i + 1}) {ARGUMENT_ROLE_LABEL[s.role]}
              {s.implicit && <span className="ml-1 rounded bg-amber-100 px-1 font-normal text-amber-900">implicit</span>}
            </p>
            <p className={s.implicit ? "italic" : ""}>{s.text}</p>
            {canEdit && (
              <div className="mt-1 flex flex-wrap gap-2 text-xs">
                <button
                  type="button"
                  onClick={() => move(i, -1)}
                  disabled={i === 0}
                  aria-label={`Move statement ${i + 1} up`}
                  className="underline disabled:opacity-40"
                >
                  Up
                </button>
                <button
                  type="button"
                  onClick={() => move(i, 1)}
                  disabled={i === rows.length - 1}
                  aria-label={`Move statement ${i + 1} down`}
                  className="underline disabled:opacity-40"
                >
                  Down
                </button>
                <label className="flex items-center gap-1">
                  <input type="radio" name={`conclusion-${argumentId}`} checked={s.role === "CONCLUSION"} onChange={() => makeConclusion(i)} />
                  Conclusion
                </label>
                {s.role !== "CONCLUSION" && (
                  <label className="flex items-center gap-1">
                    <input
                      type="checkbox"
                      checked={s.role === "INTERMEDIATE"}
                      onChange={(e) => edit(rows.map((x, k) => (k === i ? { ...x, role: e.target.checked ? "INTERMEDIATE" : "PREMISE" } : x)))}
                    />
                    Intermediate
                  </label>
                )}
                <button
                  type="button"
                  onClick={() => edit(rows.filter((_, k) => k !== i))}
                  aria-label={`Remove statement ${i + 1}`}
                  className="text-red-800 underline"
                >
                  Remove
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
      {canEdit && (
        <>
          <div className="flex gap-2">
            <label className="sr-only" htmlFor={`implicit-${argumentId}`}>
              Implicit premise
            </label>
            <input
              id={`implicit-${argumentId}`}
              value={implicit}
              onChange={(e) => setImplicit(e.target.value)}
              onKeyDown={(e) => e.key === "Enter" && (e.preventDefault(), addImplicit())}
              placeholder="An unstated premise, in your words"
              className="min-w-0 flex-1 rounded border border-stone-300 px-2 py-1 text-sm"
            />
            <button type="button" onClick={addImplicit} className="rounded border border-stone-300 px-2 text-sm">
              Add implicit premise
            </button>
          </div>
          {draft && problems.length > 0 && <p className="text-sm text-red-800">{problems[0]}</p>}
          {draft && (
            <div className="flex gap-2">
              <button
                type="button"
                disabled={busy || problems.length > 0}
                onClick={async () => (await onSave(rows)) && setDraft(null)}
                className="rounded bg-blue-700 px-3 py-1 text-sm text-white disabled:opacity-50"
              >
                Save structure
              </button>
              <button type="button" onClick={() => setDraft(null)} className="text-sm underline">
                Discard changes
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
