import { expect, test } from "vitest";
import { percentReviewed, reviewedCount, sortDocuments } from "./dashboard";

test.each([
  [{}, null],
  [{ UNREVIEWED: 4 }, 0],
  [{ UNREVIEWED: 1, SUPPORTED: 1, DISPUTED: 1, OPINION: 1 }, 75],
  [{ SUPPORTED: 3 }, 100],
  // 199 of 200 is 99.5%: never shown as done.
  [{ UNREVIEWED: 1, DISPUTED: 199 }, 99],
  [{ UNREVIEWED: 2, SUPPORTED: 1 }, 33],
] as const)("percent reviewed of %j is %s", (verdicts, percent) => {
  expect(percentReviewed(verdicts)).toBe(percent);
});

test("reviewedCount counts every verdict but Unreviewed", () => {
  expect(reviewedCount({ UNREVIEWED: 5, OPINION: 2, SUPPORTED: 1 })).toEqual({ reviewed: 3, total: 8 });
});

const docs = [
  { title: "big import", createdAt: "2026-01-03T00:00:00Z", percentReviewed: 10 },
  { title: "Almost done", createdAt: "2026-01-01T00:00:00Z", percentReviewed: 90 },
  { title: "empty", createdAt: "2026-01-04T00:00:00Z", percentReviewed: null },
  { title: "Untouched", createdAt: "2026-01-02T00:00:00Z", percentReviewed: 0 },
];

test.each([
  ["progress", ["Untouched", "big import", "Almost done", "empty"]],
  ["newest", ["empty", "big import", "Untouched", "Almost done"]],
  ["title", ["Almost done", "big import", "empty", "Untouched"]],
] as const)("sorted by %s", (sort, titles) => {
  expect(sortDocuments(docs, sort).map((d) => d.title)).toEqual(titles);
});
