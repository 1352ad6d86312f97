"use client";
import Link from "next/link";
import type { SimilarClaimView } from "@/lib/domain/views";
import { VERDICT_LABEL } from "@/lib/domain/vocabulary";

/** Claims already reviewed in other documents that say much the same thing. */
export function SimilarClaims({ claims, canReuse, onReuse }: { claims: SimilarClaimView[]; canReuse: boolean; onReuse: (claim: SimilarClaimView) => void }) {
  if (claims.length === 0) return null;
  return (
    <section aria-label="Similar claims already reviewed" className="rounded-md border border-amber-200 bg-amber-50 p-2 text-sm" data-testid="similar-claims">
      <h3 className="font-medium">Similar claims already reviewed</h3>
      <ul className="mt-1 space-y-2">
        {claims.map((c) => (
          <li key={c.id}>
            <p className="text-xs text-stone-600">
              <strong>{VERDICT_LABEL[c.verdict]}</strong> in{" "}
              <Link href={`/documents/${c.documentId}?unit=${c.id}`} className="text-blue-800 underline">
                {c.documentTitle}
              </Link>{" "}
              · {Math.round(c.score * 100)}% similar
            </p>
            <p className="line-clamp-2">“{c.exact}”</p>
            {c.rationale && <p className="text-xs text-stone-700">Rationale: {c.rationale}</p>}
            {canReuse && (
              <button type="button" className="mt-1 rounded border border-amber-300 bg-white px-2 py-0.5 text-xs hover:bg-amber-100" onClick={() => onReuse(c)}>
                Reuse verdict and {c.sources.length} source{c.sources.length === 1 ? "" : "s"}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
