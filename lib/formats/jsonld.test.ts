// ClaimReview and Web Annotation exports, expanded by jsonld.js against the contexts stored in
// fixtures/ (no network): what a JSON-LD consumer reads must keep every field we wrote.
import { describe, expect, test } from "vitest";
import { codePointOffsets, toWebAnnotations } from "./annotations";
import { toClaimReview } from "./claimreview";
import { all, expand, one, value, type Node } from "./fixtures/jsonld-loader";
import { OPTIONS, sampleMap } from "./fixtures/sample-map";

const S = "http://schema.org/";
const OA = "http://www.w3.org/ns/oa#";

describe("ClaimReview", () => {
  const map = sampleMap();
  const doc = toClaimReview(map, OPTIONS);

  test("one review per Supported or Disputed claim; opinions and unreviewed units are never ratings", () => {
    expect(doc["@graph"].map((r) => r.reviewRating.alternateName)).toEqual(["Disputed", "Supported"]);
  });

  test("expands with the schema.org context without losing a field", async () => {
    const [review] = await expand({ "@context": doc["@context"], ...doc["@graph"][0] });
    expect(review!["@type"]).toEqual([`${S}ClaimReview`]);
    expect(value(review!, `${S}claimReviewed`)).toBe(map.nodes[1]!.exact);
    expect(value(review!, `${S}url`)).toBe("https://warrant.example.org/documents/doc-1?unit=u-2");
    expect(value(review!, `${S}datePublished`)).toBe("2026-01-02");
    expect(value(review!, `${S}reviewBody`)).toBe(map.nodes[1]!.rationale);
    const author = one(review!, `${S}author`);
    expect(value(author, `${S}name`)).toBe("Fact Desk");
    expect(author["@type"]).toEqual([`${S}Organization`]);
    const rating = one(review!, `${S}reviewRating`);
    expect([`${S}alternateName`, `${S}ratingValue`, `${S}bestRating`, `${S}worstRating`].map((p) => value(rating, p))).toEqual(["Disputed", 1, 2, 1]);
    const claim = one(review!, `${S}itemReviewed`);
    expect(claim["@type"]).toEqual([`${S}Claim`]);
    expect(value(one(claim, `${S}author`), `${S}name`)).toBe("Its chair");
    expect(value(claim, `${S}datePublished`)).toBe("2024-03-04");
    expect(value(claim, `${S}alternateName`)).toBe(map.nodes[1]!.checked);
    expect(value(one(claim, `${S}appearance`), `${S}url`)).toBe("https://news.example.org/a?x=1&y=2");
  });

  test("claimReviewed is the claim as made (the exact words); the normalised wording only the Claim's alternateName", () => {
    const [chair, evidence] = doc["@graph"];
    expect(chair!.claimReviewed).toBe('Its chair said "the budget rose by 12% <net> & more".');
    expect(chair!.itemReviewed).toMatchObject({ alternateName: map.nodes[1]!.checked });
    expect(evidence!.itemReviewed).not.toHaveProperty("alternateName");
    // Once, in alternateName: nowhere else.
    expect(JSON.stringify(doc).split("{net}")).toHaveLength(2);
  });

  test("once published, a claim on the report is reviewed at the report's URL; the appearance is never a Warrant address", () => {
    const report = { url: "https://reports.example.org/r/AbCdEfGhIjKlMnOpQrStUv", claims: { "u-2": 1 } };
    const [chair, evidence] = toClaimReview(map, { ...OPTIONS, report })["@graph"];
    expect(chair!.url).toBe(`${report.url}#claim-1`);
    expect(evidence!.url).toBe("https://warrant.example.org/documents/doc-1?unit=u-3");
    const pasted = sampleMap();
    pasted.document.sourceUrl = null;
    const review = toClaimReview(pasted, OPTIONS)["@graph"][0]!;
    expect(review.itemReviewed.appearance).toEqual({
      "@type": "CreativeWork",
      headline: pasted.document.title,
      publisher: { "@type": "Organization", name: "The Paper" },
    });
  });

  test("the claim's author falls back to the document's author", () => {
    const reviews = toClaimReview(sampleMap(), OPTIONS)["@graph"];
    expect(reviews[1]!.itemReviewed.author).toEqual({ "@type": "Person", name: "Jane Doe" });
  });
});

describe("Web Annotations", () => {
  const map = sampleMap();
  const doc = toWebAnnotations(map, OPTIONS);

  test("expands against the anno.jsonld context: quote and position selectors, verdict and rationale bodies", async () => {
    const [collection] = await expand(doc);
    expect(collection!["@type"]).toEqual(["http://www.w3.org/ns/activitystreams#OrderedCollection"]);
    const page = one(collection!, "http://www.w3.org/ns/activitystreams#first");
    const items = one(page, "http://www.w3.org/ns/activitystreams#items")["@list"] as Node[];
    expect(items).toHaveLength(map.nodes.length);
    const chair = items[1]!;
    expect(chair["@type"]).toEqual([`${OA}Annotation`]);
    expect(value(chair, `${OA}motivatedBy`)).toBe(`${OA}assessing`);
    const bodies = all(chair, `${OA}hasBody`).map((b) => [value(b, `${OA}hasPurpose`), value(b, "http://www.w3.org/1999/02/22-rdf-syntax-ns#value")]);
    expect(bodies).toContainEqual([`${OA}assessing`, "Disputed"]);
    expect(bodies).toContainEqual([`${OA}commenting`, map.nodes[1]!.rationale]);
    expect(bodies).toContainEqual([`${OA}describing`, map.nodes[1]!.checked]);
    const target = one(chair, `${OA}hasTarget`);
    expect(value(target, `${OA}hasSource`)).toBe(map.document.sourceUrl);
    const [quote, position] = all(target, `${OA}hasSelector`);
    expect(value(quote!, `${OA}exact`)).toBe(map.nodes[1]!.exact);
    expect(Number(value(position!, `${OA}start`))).toBe([...map.document.text.slice(0, map.nodes[1]!.start)].length);
  });

  test("the quote selector is the exact words; the normalised wording a describing body, only where given", () => {
    const [, chair, evidence] = doc.first.items;
    expect(chair!.target.selector[0]).toMatchObject({ type: "TextQuoteSelector", exact: map.nodes[1]!.exact });
    expect(chair!.body.filter((b) => "purpose" in b && b.purpose === "describing")).toEqual([
      { type: "TextualBody", purpose: "describing", value: map.nodes[1]!.checked, format: "text/plain" },
    ]);
    expect(evidence!.body.some((b) => "purpose" in b && b.purpose === "describing")).toBe(false);
  });

  test("positions count code points: the emoji flag before the second unit is 2 code points, 4 UTF-16 units", () => {
    const [first, second] = doc.first.items;
    expect(first!.target.selector[1]).toEqual({ type: "TextPositionSelector", start: 0, end: map.nodes[0]!.end - 2 });
    expect((second!.target.selector[1] as { start: number }).start).toBe(map.nodes[1]!.start - 2);
  });

  test.each([
    ["abc", [0, 1, 2, 3]],
    ["a😀b", [0, 1, 1, 2, 3]],
    ["😀😀", [0, 0, 1, 1, 2]],
  ])("codePointOffsets(%j)", (text, expected) => {
    const cp = codePointOffsets(text);
    expect(Array.from({ length: text.length + 1 }, (_, i) => cp(i))).toEqual(expected);
  });
});
