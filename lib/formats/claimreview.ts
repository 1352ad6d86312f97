// schema.org ClaimReview (JSON-LD), the markup fact-checkers publish for search engines and
// aggregators: one ClaimReview per claim reviewed as Supported or Disputed. Opinion and
// unreviewed units are never published as ratings (an opinion is not true or false).
// `claimReviewed` is the claim as it was made: the exact words of the document. The desk's
// normalised wording, when there is one, is the Claim's `alternateName` (schema.org Thing: "an
// alias for the item"), so no reader takes it for the claimant's words.
// Once the document is published, a claim on the report is reviewed at the report's public URL
// (`…/r/<slug>#claim-n`); the appearance is always the article's own URL, never a Warrant address
// (a pasted text, without one, has no appearance URL).
import type { ArgumentMap, MapNode } from "@/lib/domain/argument-map";
import { unitPermalink, type ExportOptions } from "./types";

/** A two-point scale: ratingValue 1 (Disputed) .. 2 (Supported); alternateName is what people read. */
export const RATING: Partial<Record<MapNode["verdict"], { ratingValue: number; alternateName: string }>> = {
  SUPPORTED: { ratingValue: 2, alternateName: "Supported" },
  DISPUTED: { ratingValue: 1, alternateName: "Disputed" },
};

/** The reviewed Claim: the desk's wording, who made it, and the article it appeared in (never a Warrant address). */
export function itemReviewed(
  checked: string | null | undefined,
  claimant: string | null | undefined,
  d: { title: string; sourceUrl?: string | null; publisher?: string | null; publishedAt?: string | null },
) {
  return {
    "@type": "Claim",
    ...(checked ? { alternateName: checked } : {}),
    ...(claimant ? { author: { "@type": "Person", name: claimant } } : {}),
    ...(d.publishedAt ? { datePublished: d.publishedAt } : {}),
    appearance: {
      "@type": "CreativeWork",
      ...(d.sourceUrl ? { url: d.sourceUrl } : {}),
      headline: d.title,
      ...(d.publisher ? { publisher: { "@type": "Organization", name: d.publisher } } : {}),
    },
  };
}

export function toClaimReview(map: ArgumentMap, opts: ExportOptions) {
  const d = map.document;
  const organization = { "@type": "Organization", name: d.workspace.name };
  const reviews = map.nodes.flatMap((n) => {
    const rating = RATING[n.verdict];
    if (!rating) return [];
    const claimant = n.speaker ?? d.author;
    return [
      {
        "@type": "ClaimReview",
        url: opts.report?.claims[n.id] ? `${opts.report.url}#claim-${opts.report.claims[n.id]}` : unitPermalink(map, n.id, opts),
        claimReviewed: n.exact,
        datePublished: opts.exportedAt.slice(0, 10),
        author: organization,
        reviewRating: { "@type": "Rating", ...rating, bestRating: 2, worstRating: 1 },
        ...(n.rationale ? { reviewBody: n.rationale } : {}),
        itemReviewed: itemReviewed(n.checked, claimant, d),
      },
    ];
  });
  return { "@context": "https://schema.org", "@graph": reviews };
}
