// schema.org ClaimReview for a published report (/r/<slug>): one per claim on the page, so search
// engines and fact-check aggregators can show the verdict. The rating scale is the exporter's
// (claimreview.ts: Disputed 1 .. Supported 2). Unlike the export, an Opinion is marked up too —
// every reviewed claim on a report carries its review — but with no number on the true/false
// scale: only its alternateName, "Opinion". The url is the report's, with a fragment per claim;
// the appearance is the article's own URL (never a Warrant address).
import type { ReportClaim, ReportSnapshot } from "@/lib/domain/report";
import { itemReviewed, RATING } from "./claimreview";

export function reportRating(verdict: ReportClaim["verdict"]) {
  const rating = RATING[verdict];
  return rating ? { "@type": "Rating", ...rating, bestRating: 2, worstRating: 1 } : { "@type": "Rating", alternateName: "Opinion" };
}

export interface ReportLinks {
  /** The report's public URL, e.g. https://warrant.example.org/r/abc. */
  reportUrl: string;
  /** When this version was published (ISO 8601). */
  publishedAt: string;
}

export function reportClaimReview(snapshot: ReportSnapshot, claim: ReportClaim, links: ReportLinks) {
  const d = snapshot.document;
  const claimant = claim.speaker ?? d.author;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${links.reportUrl}#claim-${claim.n}`,
    claimReviewed: claim.exact,
    datePublished: links.publishedAt.slice(0, 10),
    author: { "@type": "Organization", name: snapshot.publisher.name, url: links.reportUrl.replace(/\/r\/[^/]+$/, "/") },
    reviewRating: reportRating(claim.verdict),
    ...(claim.rationale ? { reviewBody: claim.rationale } : {}),
    itemReviewed: itemReviewed(claim.checked, claimant, d),
  };
}

/** For a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
