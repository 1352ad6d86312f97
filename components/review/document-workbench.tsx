"use client";
import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { setVerdictAction } from "@/app/documents/[id]/actions";
import { ClaimCard, type Draft } from "@/components/claims/claim-card";
import { UnitList } from "@/components/claims/unit-list";
import { UnitRelations } from "@/components/claims/unit-relations";
import { ReaderText } from "@/components/reader/reader-text";
import type { Verdict } from "@/lib/domain/verdict";
import type { DocumentView, UnitView } from "@/lib/domain/views";
import { useReviewKeys } from "./use-review-keys";

const draftOf = (u: UnitView): Draft => ({ verdict: u.verdict, rationale: u.rationale ?? "" });

interface Props {
  document: DocumentView;
  canReview: boolean;
  /** Unit to open first (e.g. /documents/{id}?unit={unitId} from the map). */
  initialUnitId?: string;
}

export function DocumentWorkbench({ document, canReview, initialUnitId }: Props) {
  const [units, setUnits] = useState(document.units);
  const [selectedId, setSelectedId] = useState<string | null>(
    document.units.find((u) => u.id === initialUnitId)?.id ?? document.units[0]?.id ?? null,
  );
  // Drafts are kept per unit, so moving to another claim never throws away a half-written rationale.
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [status, setStatus] = useState<{ saving: boolean; error?: string; notice?: string }>({ saving: false });
  const rationaleRef = useRef<HTMLTextAreaElement>(null);

  const selected = units.find((u) => u.id === selectedId) ?? null;
  const draft = selected ? (drafts[selected.id] ?? draftOf(selected)) : null;
  const unitsById = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const reviewed = useMemo(() => units.filter((u) => u.verdict !== "UNREVIEWED").length, [units]);

  useEffect(() => {
    if (initialUnitId) window.document.getElementById(`mark-${initialUnitId}`)?.scrollIntoView({ block: "center" });
  }, [initialUnitId]);

  const select = useCallback((id: string) => {
    setSelectedId(id);
    setStatus({ saving: false });
    window.document.getElementById(`mark-${id}`)?.scrollIntoView({ block: "center", behavior: "smooth" });
    window.document.getElementById(`unit-${id}`)?.scrollIntoView({ block: "nearest" });
  }, []);

  const setDraft = (d: Draft) => selected && setDrafts((all) => ({ ...all, [selected.id]: d }));

  const keyHandlers = useMemo(
    () => ({
      move: (delta: 1 | -1) => {
        const i = units.findIndex((u) => u.id === selectedId);
        const next = units[Math.min(units.length - 1, Math.max(0, i + delta))];
        if (next) select(next.id);
      },
      pick: (verdict: Verdict) => {
        if (!selected || !canReview) return;
        setDrafts((all) => ({ ...all, [selected.id]: { ...(all[selected.id] ?? draftOf(selected)), verdict } }));
        if (verdict !== "UNREVIEWED") rationaleRef.current?.focus();
      },
    }),
    [units, selectedId, selected, select, canReview],
  );
  useReviewKeys(keyHandlers);

  async function save() {
    if (!selected || !draft) return;
    setStatus({ saving: true });
    const result = await setVerdictAction(selected.id, { version: selected.version, verdict: draft.verdict, rationale: draft.rationale });
    if (result.ok) {
      setUnits((all) => all.map((u) => (u.id === result.data.id ? result.data : u)));
      setDrafts((all) => {
        const rest = { ...all };
        delete rest[selected.id];
        return rest;
      });
      setStatus({ saving: false, notice: "Saved." });
      return;
    }
    const current = (result.error.details as { current?: UnitView } | undefined)?.current;
    if (result.error.code === "VERSION_CONFLICT" && current) {
      // Show their version; the reviewer's draft stays in the form to compare and save again.
      setUnits((all) => all.map((u) => (u.id === current.id ? current : u)));
    }
    setStatus({ saving: false, error: result.error.message });
  }

  return (
    <div className="mx-auto grid max-w-7xl gap-6 px-6 py-6 lg:grid-cols-[minmax(0,1fr)_380px]">
      <article className="min-w-0">
        <header className="mb-6 border-b border-stone-200 pb-4">
          <h1 className="font-serif text-2xl font-semibold" data-testid="document-title">{document.title}</h1>
          <p className="mt-1 text-sm text-stone-600">
            {[document.author, document.publisher, document.publishedAt].filter(Boolean).join(" · ")}
            {document.sourceUrl && (
              <>
                {" · "}
                <a href={document.sourceUrl} rel="noopener noreferrer" target="_blank" className="text-blue-700 underline">source</a>
              </>
            )}
          </p>
          <div className="mt-2 flex items-center gap-4 text-sm text-stone-600">
            <p data-testid="progress">
              {reviewed} of {units.length} units reviewed
            </p>
            <Link href={`/documents/${document.id}/map`} className="text-blue-700 underline">
              Argument map
            </Link>
          </div>
        </header>
        <ReaderText text={document.text} units={units} selectedId={selectedId} onSelect={select} />
      </article>
      <aside className="space-y-6 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
        <div className="rounded-lg border border-stone-200 bg-white p-4">
          {selected && draft ? (
            <ClaimCard
              ref={rationaleRef}
              unit={selected}
              draft={draft}
              canReview={canReview}
              saving={status.saving}
              error={status.error}
              notice={status.notice}
              onDraft={setDraft}
              onSave={save}
            >
              <UnitRelations unit={selected} relations={document.relations} unitsById={unitsById} onSelect={select} />
            </ClaimCard>
          ) : (
            <p className="text-sm text-stone-600">This document has no units yet.</p>
          )}
        </div>
        <div className="rounded-lg border border-stone-200 bg-white p-2">
          <p className="px-2 py-1 text-xs text-stone-500">
            <kbd>j</kbd>/<kbd>k</kbd> next/previous · <kbd>s</kbd> <kbd>d</kbd> <kbd>o</kbd> <kbd>u</kbd> verdict · Ctrl+Enter save
          </p>
          <UnitList units={units} selectedId={selectedId} onSelect={select} />
        </div>
      </aside>
    </div>
  );
}
