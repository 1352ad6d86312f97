"use client";
import { useEffect, useState } from "react";
import { getAgreementAction, updateDocumentAction } from "@/app/documents/[id]/actions";
import type { AgreementView } from "@/lib/domain/views";

const pct = (n: number | null) => (n === null ? "—" : `${Math.round(n)}%`);
const kappa = (k: number | null) => (k === null ? "not defined" : k.toFixed(2));

/**
 * The document's review mode: double review on or off (editors), and, when it is on, how often
 * the two reviewers agreed (percent and Cohen's kappa over the double-reviewed claims).
 */
export function ReviewSettings({
  documentId,
  doubleReview,
  canManage,
  refreshKey,
  onChange,
}: {
  documentId: string;
  doubleReview: boolean;
  canManage: boolean;
  /** Changes when the document changed (live), so the agreement is read again. */
  refreshKey: number;
  onChange: (doubleReview: boolean) => void;
}) {
  const [agreement, setAgreement] = useState<AgreementView | null>(null);
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (!doubleReview) return;
    let current = true;
    void getAgreementAction({ documentId }).then((r) => current && r.ok && setAgreement(r.data));
    return () => {
      current = false;
    };
  }, [doubleReview, documentId, refreshKey]);

  // Optimistic: the box follows the click at once; a refusal puts it back and says why.
  async function toggle(next: boolean) {
    onChange(next);
    const r = await updateDocumentAction({ documentId, doubleReview: next });
    if (!r.ok) {
      onChange(!next);
      return setError(r.error.message);
    }
    setError(undefined);
    onChange(r.data.doubleReview);
  }

  return (
    <div className="flex flex-wrap items-center gap-3 text-sm" data-testid="review-settings">
      {canManage ? (
        <label className="flex items-center gap-1">
          <input type="checkbox" checked={doubleReview} onChange={(e) => void toggle(e.target.checked)} />
          Double review
        </label>
      ) : (
        doubleReview && <span className="text-stone-600">Double review</span>
      )}
      {doubleReview && agreement && (
        <span
          className="text-stone-600"
          data-testid="agreement"
          title={agreement.pairs
            .map((p) => `${p.reviewers.map((r) => r.name).join(" & ")}: ${pct(p.percentAgreement)}, κ ${kappa(p.kappa)} (${p.items})`)
            .join("\n")}
        >
          Agreement {pct(agreement.percentAgreement)} · κ {kappa(agreement.kappa)} · {agreement.doubleReviewed} double-reviewed
        </span>
      )}
      {error && <span className="text-red-700">{error}</span>}
    </div>
  );
}
