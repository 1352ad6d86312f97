"use client";
import { useState } from "react";
import { getPublicationAction, publishDocumentAction, unpublishDocumentAction } from "@/app/documents/[id]/actions";
import { CopyField } from "@/components/ui/copy-field";
import { FormError } from "@/components/ui/field";
import { useMutation } from "@/components/ui/use-mutation";
import type { PublishStateView } from "@/lib/domain/views-publication";

/**
 * The document's public report: editors and owners publish, republish (a new version at the same
 * URL) and unpublish (the URL answers 410); other members see where the report is.
 */
export function PublishMenu({ documentId, initial, canPublish }: { documentId: string; initial: PublishStateView; canPublish: boolean }) {
  const [state, setState] = useState(initial);
  const [onlyApproved, setOnlyApproved] = useState(initial.publication?.onlyApproved ?? initial.defaults.onlyApproved);
  const [showReviewers, setShowReviewers] = useState(initial.publication?.showReviewers ?? initial.defaults.showReviewers);
  const { status, run } = useMutation();
  const p = state.publication;
  const live = p && !p.unpublishedAt;
  if (!canPublish && !live) return null;

  const refresh = async () => {
    const r = await getPublicationAction({ documentId });
    if (r.ok) setState(r.data);
  };
  const publish = () => run(() => publishDocumentAction({ documentId, onlyApproved, showReviewers }), refresh, { notice: p ? "Republished." : "Published." });
  const unpublish = () => run(() => unpublishDocumentAction({ documentId }), refresh, { notice: "Unpublished: the link now answers “gone”." });
  const count = onlyApproved ? state.counts.approved : state.counts.reviewed;

  return (
    <details className="relative inline-block text-sm" data-testid="publish-menu">
      <summary className="cursor-pointer list-none rounded-md border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-50">
        {live ? `Published (v${p.version})` : "Publish"} ▾
      </summary>
      <div className="absolute right-0 z-20 mt-1 w-96 space-y-3 rounded-md border border-stone-200 bg-white p-3 shadow-lg">
        <FormError message={status.error} />
        {p && (
          <div data-testid="publication-status">
            {live ? (
              <p>
                Version {p.version}, published {new Date(p.publishedAt).toLocaleString()}
                {p.publishedBy ? ` by ${p.publishedBy}` : ""}: {p.claimCount} {p.claimCount === 1 ? "claim" : "claims"}.{" "}
                <a href={p.url} target="_blank" rel="noopener" className="text-blue-700 underline" data-testid="report-link">
                  Open the report
                </a>
              </p>
            ) : (
              <p>
                Unpublished {new Date(p.unpublishedAt!).toLocaleString()}: the link answers “gone”. Publishing again makes version {p.version + 1} at the same
                link.
              </p>
            )}
            {live && <CopyField value={p.url} label="Public link of the report" />}
          </div>
        )}
        {canPublish && (
          <fieldset className="space-y-2">
            <legend className="font-medium">{p ? "Publish a new version" : "Publish a public report"}</legend>
            <label className="flex items-start gap-2">
              <input type="checkbox" checked={onlyApproved} onChange={(e) => setOnlyApproved(e.target.checked)} className="mt-0.5" />
              <span>
                Only approved claims <span className="text-stone-500">({state.counts.approved} approved)</span>
                <span className="block text-xs text-stone-500">Otherwise every reviewed claim ({state.counts.reviewed}).</span>
              </span>
            </label>
            <label className="flex items-start gap-2">
              <input type="checkbox" checked={showReviewers} onChange={(e) => setShowReviewers(e.target.checked)} className="mt-0.5" />
              <span>Show reviewer names</span>
            </label>
            <p className="text-xs text-stone-500">
              Anyone with the link can read the report, without an account. It is a snapshot: later changes appear only when you republish.
            </p>
            <div className="flex flex-wrap items-center gap-2">
              <button
                type="button"
                onClick={publish}
                disabled={status.busy}
                className="rounded-md bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800 disabled:opacity-50"
              >
                {p ? "Republish" : "Publish"} ({count} {count === 1 ? "claim" : "claims"})
              </button>
              {live && (
                <button
                  type="button"
                  onClick={unpublish}
                  disabled={status.busy}
                  className="rounded-md border border-red-300 px-3 py-1.5 text-red-800 hover:bg-red-50"
                >
                  Unpublish
                </button>
              )}
            </div>
          </fieldset>
        )}
        <p aria-live="polite" className="text-sm text-stone-600" data-testid="publish-notice">
          {status.notice}
        </p>
      </div>
    </details>
  );
}
