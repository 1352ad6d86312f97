// The report's ClaimReview markup, expanded by a JSON-LD processor (jsonld.js, contexts stored in
// fixtures/, no network) and checked against what Google's ClaimReview guidelines require
// (claimReviewed, reviewRating with alternateName, url) and recommend (author, datePublished,
// itemReviewed Claim with author, datePublished and appearance).
import { describe, expect, test } from "vitest";
import { buildReportSnapshot } from "@/lib/domain/report";
import { expand, one, value } from "./fixtures/jsonld-loader";
import { sampleMap } from "./fixtures/sample-map";
import { jsonForScript, reportClaimReview, reportRating } from "./report-claimreview";

const S = "http://schema.org/";

test.each([
  ["SUPPORTED", { "@type": "Rating", ratingValue: 2, alternateName: "Supported", bestRating: 2, worstRating: 1 }],
  ["DISPUTED", { "@type": "Rating", ratingValue: 1, alternateName: "Disputed", bestRating: 2, worstRating: 1 }],
  ["OPINION", { "@type": "Rating", alternateName: "Opinion" }],
] as const)("verdict %s is rated %j", (verdict, rating) => {
  expect(reportRating(verdict)).toEqual(rating);
});

describe("a report's ClaimReview", () => {
  const map = sampleMap();
  map.nodes = map.nodes.map((n) => (n.verdict === "UNREVIEWED" ? n : { ...n, status: "REVIEWED" }));
  const snapshot = buildReportSnapshot(map, { onlyApproved: false, showReviewers: false }, { methodology: null, reviewersByUnit: {} });
  const links = { reportUrl: "https://warrant.example.org/r/AbCdEfGhIjKlMnOpQrStUv", publishedAt: "2026-12-03T10:00:00.000Z" };
  const reviews = snapshot.claims.map((c) => reportClaimReview(snapshot, c, links));

  test("every reviewed claim has one, the opinion included", () => {
    expect(reviews.map((r) => r.reviewRating.alternateName)).toEqual(["Disputed", "Supported", "Opinion"]);
  });

  test.each([0, 1, 2])("claim %i expands with every required and recommended field", async (i) => {
    const [review] = await expand(JSON.parse(jsonForScript(reviews[i])));
    const claim = snapshot.claims[i]!;
    expect(review!["@type"]).toEqual([`${S}ClaimReview`]);
    // Required.
    expect(value(review!, `${S}claimReviewed`)).toBe(claim.exact);
    expect(value(review!, `${S}url`)).toBe(`${links.reportUrl}#claim-${i + 1}`);
    const rating = one(review!, `${S}reviewRating`);
    expect(rating["@type"]).toEqual([`${S}Rating`]);
    expect(value(rating, `${S}alternateName`)).toBe(["Disputed", "Supported", "Opinion"][i]);
    // Recommended.
    expect(value(review!, `${S}datePublished`)).toBe("2026-12-03");
    const author = one(review!, `${S}author`);
    expect(author["@type"]).toEqual([`${S}Organization`]);
    expect(value(author, `${S}name`)).toBe("Fact Desk");
    const item = one(review!, `${S}itemReviewed`);
    expect(item["@type"]).toEqual([`${S}Claim`]);
    expect(value(one(item, `${S}author`), `${S}name`)).toBe(claim.speaker ?? "Jane Doe");
    expect(value(item, `${S}datePublished`)).toBe("2024-03-04");
    const appearance = one(item, `${S}appearance`);
    expect(value(appearance, `${S}url`)).toBe("https://news.example.org/a?x=1&y=2");
    expect(value(appearance, `${S}headline`)).toBe('Budget "row" <2024>');
  });

  test("a document without a URL has no appearance url (never a Warrant address)", () => {
    const local = { ...snapshot, document: { ...snapshot.document, sourceUrl: null } };
    const review = reportClaimReview(local, local.claims[0]!, links);
    expect(review.itemReviewed.appearance).not.toHaveProperty("url");
    expect(JSON.stringify(review)).not.toContain("/documents/");
  });

  test("the script text cannot close its element", () => {
    const text = jsonForScript({ a: "</script><script>alert(1)</script>" });
    expect(text).not.toContain("</script");
    expect(JSON.parse(text)).toEqual({ a: "</script><script>alert(1)</script>" });
  });
});
