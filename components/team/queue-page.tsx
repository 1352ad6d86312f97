"use client";
import { useEffect, useRef, useState } from "react";
import Link from "next/link";
import { STATUS_BADGE } from "@/components/claims/status-bar";
import { FormError } from "@/components/ui/field";
import { Time } from "@/components/ui/time";
import type { QueueView } from "@/lib/domain/views";
import { REVIEW_STATUS_LABEL, VERDICT_LABEL, type ReviewStatus } from "@/lib/domain/vocabulary";
import { useQueue } from "./use-queue";

interface Row {
  key: string;
  href: string;
  text: string;
  documentTitle: string;
  status: ReviewStatus;
  detail: React.ReactNode;
}

const claimHref = (documentId: string, unitId: string) => `/documents/${encodeURIComponent(documentId)}?unit=${encodeURIComponent(unitId)}`;

/**
 * "My queue": the claims waiting for the signed-in person in every workspace, oldest assignment
 * first, then (editors and owners) the disagreements waiting for their decision. Kept live by the
 * person's event stream. j/k move between claims, Enter opens the one focused in its document.
 */
export function QueuePage({ initial }: { initial: QueueView }) {
  const { queue, error } = useQueue(initial);
  const q = queue ?? initial;
  const assigned: Row[] = q.units.map((u) => ({
    key: `${u.unitId}:${u.slot}`,
    href: claimHref(u.documentId, u.unitId),
    text: u.text,
    documentTitle: u.documentTitle,
    status: u.status,
    detail: (
      <>
        {u.slot === "second" ? "second reviewer" : "reviewer"}
        {u.assignedAt && (
          <>
            {" · assigned "}
            <Time iso={u.assignedAt} />
          </>
        )}
      </>
    ),
  }));
  const adjudications: Row[] = q.adjudications.map((a) => ({
    key: a.unitId,
    href: claimHref(a.documentId, a.unitId),
    text: a.text,
    documentTitle: a.documentTitle,
    status: a.status,
    detail: a.reviews
      .filter((r) => r.submitted)
      .map((r) => `${r.reviewerName}: ${VERDICT_LABEL[r.verdict]}`)
      .join(" · "),
  }));
  const edited: Row[] = (q.edited ?? []).map((e) => ({
    key: `edited:${e.unitId}`,
    href: claimHref(e.documentId, e.unitId),
    text: e.text,
    documentTitle: e.documentTitle,
    status: e.status,
    detail: (
      <>
        {`you reviewed it as ${VERDICT_LABEL[e.verdict]}; the article now says `}
        {e.after === null ? "nothing of it (the passage is gone)" : <q className="text-amber-900">{e.after}</q>}
        {" · found "}
        <Time iso={e.foundAt} />
      </>
    ),
  }));
  const list = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const total = assigned.length + adjudications.length + edited.length;

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName))) return;
      if (e.key !== "j" && e.key !== "k") return;
      const rows = [...(list.current?.querySelectorAll<HTMLAnchorElement>("a[data-queue-row]") ?? [])];
      if (rows.length === 0) return;
      e.preventDefault();
      const focused = rows.indexOf(document.activeElement as HTMLAnchorElement);
      const from = focused >= 0 ? focused : Math.min(active, rows.length - 1);
      // The first j focuses the first claim; then one step at a time.
      const to = focused < 0 && e.key === "j" ? from : Math.max(0, Math.min(rows.length - 1, from + (e.key === "j" ? 1 : -1)));
      setActive(to);
      rows[to]!.focus();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [active]);

  let index = -1;
  const renderRows = (rows: Row[], testId: string) => (
    <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" data-testid={testId}>
      {rows.map((r) => {
        const i = ++index;
        return (
          <li key={r.key}>
            <Link
              href={r.href}
              data-queue-row
              data-testid="queue-item"
              aria-current={i === active ? "true" : undefined}
              onFocus={() => setActive(i)}
              className="block px-4 py-3 outline-none hover:bg-stone-50 focus-visible:ring-2 focus-visible:ring-blue-600 aria-[current=true]:bg-blue-50"
            >
              <span className="block text-stone-900">{r.text}</span>
              <span className="mt-1 flex flex-wrap items-center gap-2 text-xs text-stone-600">
                <span className={`rounded-full px-2 py-0.5 font-semibold ${STATUS_BADGE[r.status]}`}>{REVIEW_STATUS_LABEL[r.status]}</span>
                <span className="font-medium text-stone-800">{r.documentTitle}</span>
                <span>{r.detail}</span>
              </span>
            </Link>
          </li>
        );
      })}
    </ol>
  );

  return (
    <div className="space-y-6" ref={list}>
      <div className="flex flex-wrap items-baseline gap-4">
        <h1 className="text-2xl font-semibold">My queue</h1>
        <p className="text-sm text-stone-600" data-testid="queue-counts" aria-live="polite">
          {q.counts.open} open{q.counts.adjudications > 0 ? ` · ${q.counts.adjudications} to adjudicate` : ""}
        </p>
        {total > 0 && (
          <p className="text-sm text-stone-600">
            <kbd className="rounded border border-stone-300 px-1">j</kbd> / <kbd className="rounded border border-stone-300 px-1">k</kbd> move,{" "}
            <kbd className="rounded border border-stone-300 px-1">Enter</kbd> opens the claim
          </p>
        )}
      </div>
      <FormError message={error} />
      <section aria-labelledby="queue-assigned" className="space-y-2">
        <h2 id="queue-assigned" className="text-lg font-semibold">
          Assigned to you
        </h2>
        {assigned.length ? (
          renderRows(assigned, "queue-assigned")
        ) : (
          <p className="text-sm text-stone-600">Nothing assigned to you is open. Claims an editor assigns to you appear here.</p>
        )}
      </section>
      {edited.length > 0 && (
        <section aria-labelledby="queue-edited" className="space-y-2">
          <h2 id="queue-edited" className="text-lg font-semibold">
            Edited after your review
          </h2>
          <p className="text-sm text-stone-600">
            The article was changed after you reviewed these claims: take another look (a new verdict or rationale clears it).
          </p>
          {renderRows(edited, "queue-edited")}
        </section>
      )}
      {adjudications.length > 0 && (
        <section aria-labelledby="queue-adjudications" className="space-y-2">
          <h2 id="queue-adjudications" className="text-lg font-semibold">
            Waiting for your decision
          </h2>
          <p className="text-sm text-stone-600">Double reviews whose two verdicts differ: an editor decides the verdict of record.</p>
          {renderRows(adjudications, "queue-adjudications")}
        </section>
      )}
    </div>
  );
}
