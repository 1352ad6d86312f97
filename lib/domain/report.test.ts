import { describe, expect, test } from "vitest";
import { sampleMap } from "@/lib/formats/fixtures/sample-map";
import { approvalInUse, buildReportSnapshot, isPublishable, reportSummary } from "./report";
import { describeReportChange, reportChanges } from "./report-changes";
import type { ReviewStatus, Verdict } from "./vocabulary";

/** The sample map with every reviewed unit's review finished (u-2 approved, u-3 and u-5 reviewed). */
function reviewedMap() {
  const map = sampleMap();
  const status: Record<string, ReviewStatus> = { "u-2": "APPROVED", "u-3": "REVIEWED", "u-5": "REVIEWED" };
  map.nodes = map.nodes.map((n) => ({ ...n, status: status[n.id] ?? n.status }));
  return map;
}
const extra = { methodology: "  We check numbers against primary sources. ", reviewersByUnit: { "u-2": ["Cleo"], "u-3": ["Ben"] } };

test.each<[Verdict, ReviewStatus, boolean, boolean]>([
  ["SUPPORTED", "REVIEWED", false, true],
  ["SUPPORTED", "REVIEWED", true, false],
  ["SUPPORTED", "APPROVED", true, true],
  ["DISPUTED", "IN_REVIEW", false, false],
  ["OPINION", "NEEDS_ADJUDICATION", false, false],
  ["UNREVIEWED", "APPROVED", false, false],
  ["UNREVIEWED", "REVIEWED", false, false],
])("isPublishable(%s, %s, onlyApproved %s) = %s", (verdict, status, onlyApproved, out) => {
  expect(isPublishable({ verdict, status }, onlyApproved)).toBe(out);
});

test("approval is in use once any claim is approved", () => {
  expect(approvalInUse(["OPEN", "REVIEWED"])).toBe(false);
  expect(approvalInUse(["OPEN", "APPROVED"])).toBe(true);
});

describe("buildReportSnapshot", () => {
  test("finished archived copies are numbered once per source in reading order; queued or failed ones are not linked", () => {
    const map = reviewedMap();
    const done = (id: string, sha256: string) => ({
      id,
      url: `https://${id}.example.org/`,
      title: id,
      publisher: null,
      publishedAt: null,
      accessedAt: null,
      stance: "SUPPORTS" as const,
      excerpt: null,
      archive: { state: "done" as const, archivedAt: "2026-12-01T10:00:00.000Z", sha256, finalUrl: `https://${id}.example.org/final`, error: null },
    });
    const failed = { ...done("s-failed", "x"), archive: { state: "failed" as const, archivedAt: null, sha256: null, finalUrl: null, error: "503" } };
    map.nodes = map.nodes.map((n) =>
      n.id === "u-2"
        ? { ...n, sources: [done("s-a", "a".repeat(64)), failed] }
        : n.id === "u-3"
          ? { ...n, sources: [done("s-b", "b".repeat(64)), done("s-a", "a".repeat(64))] }
          : n,
    );
    const s = buildReportSnapshot(map, { onlyApproved: false, showReviewers: false }, extra);
    const archives = s.claims.flatMap((c) => c.sources.map((src) => [src.title, src.archive?.n ?? null, src.archive?.sourceId ?? null]));
    expect(archives).toEqual([
      ["s-a", 1, "s-a"],
      ["s-failed", null, null],
      ["s-b", 2, "s-b"],
      ["s-a", 1, "s-a"],
    ]);
    expect(s.claims[0]!.sources[0]!.archive).toMatchObject({
      sha256: "a".repeat(64),
      finalUrl: "https://s-a.example.org/final",
      archivedAt: "2026-12-01T10:00:00.000Z",
    });
  });

  test("all reviewed claims, numbered in reading order, with sources, reviewers and the methodology", () => {
    const s = buildReportSnapshot(reviewedMap(), { onlyApproved: false, showReviewers: true }, extra);
    expect(s.claims.map((c) => [c.n, c.unitId, c.verdict, c.approved])).toEqual([
      [1, "u-2", "DISPUTED", true],
      [2, "u-3", "SUPPORTED", false],
      [3, "u-5", "OPINION", false],
    ]);
    expect(s.claims[0]!.sources).toEqual([
      {
        title: "Minutes: p. 4",
        url: "https://minutes.example.org/p4#x",
        publisher: "Committee",
        publishedAt: "2024-03-05",
        stance: "REFUTES",
        excerpt: "rose by 8%",
        archive: null,
      },
    ]);
    expect(s.claims[0]!.reviewers).toEqual(["Cleo"]);
    expect(s.methodology).toBe("We check numbers against primary sources.");
    expect(s.publisher).toEqual({ name: "Fact Desk" });
    expect(s.document.sourceUrl).toBe("https://news.example.org/a?x=1&y=2");
  });

  test("only approved claims when asked; reviewer names hidden when asked", () => {
    const s = buildReportSnapshot(reviewedMap(), { onlyApproved: true, showReviewers: false }, extra);
    expect(s.claims.map((c) => c.unitId)).toEqual(["u-2"]);
    expect(s.claims[0]!.reviewers).toEqual([]);
  });

  test("the map: published claims plus the premises and evidence tied to them, with no verdict of their own and no internal ids", () => {
    const map = reviewedMap();
    const s = buildReportSnapshot(map, { onlyApproved: true, showReviewers: false }, extra);
    // u-2 is published; u-4 (premise, attacks u-2) and u-3 (evidence, cites u-2) are drawn for context.
    expect(s.map.nodes.map((n) => [n.id, n.kind, n.verdict])).toEqual([
      ["claim-1", "CLAIM", "DISPUTED"],
      ["unit-1", "PREMISE", "UNREVIEWED"],
      ["unit-2", "EVIDENCE", "UNREVIEWED"],
    ]);
    expect(s.map.edges.map((e) => `${e.from} ${e.type} ${e.to}`)).toEqual(["unit-1 ATTACKS claim-1", "unit-2 SUPPORTS unit-1", "unit-2 CITES claim-1"]);
    const json = JSON.stringify(s.map);
    for (const n of map.nodes) expect(json).not.toContain(n.id);
    // The unpublished opinion (u-5) is not in the report at all, neither its rationale.
    expect(JSON.stringify(s)).not.toContain("@value judgement");
  });
});

test.each([
  [[], "No claims checked yet."],
  [["SUPPORTED"], "1 claim checked: 1 supported"],
  [
    ["SUPPORTED", "DISPUTED", "OPINION", "SUPPORTED", "DISPUTED", "SUPPORTED", "SUPPORTED", "DISPUTED", "OPINION", "SUPPORTED", "SUPPORTED", "SUPPORTED"],
    "12 claims checked: 7 supported, 3 disputed, 2 opinion",
  ],
  [["DISPUTED", "DISPUTED"], "2 claims checked: 2 disputed"],
] as const)("reportSummary(%j)", (verdicts, out) => {
  expect(reportSummary(verdicts.map((verdict) => ({ verdict })))).toBe(out);
});

test("what changed between two versions: added, withdrawn, verdict, rationale and sources", () => {
  const v1 = buildReportSnapshot(reviewedMap(), { onlyApproved: false, showReviewers: false }, extra);
  const map = reviewedMap();
  map.nodes = map.nodes
    .filter((n) => n.id !== "u-5")
    .map((n) =>
      n.id === "u-2"
        ? { ...n, verdict: "SUPPORTED", sources: [{ ...n.sources[0]!, title: "Minutes, corrected", url: "https://minutes.example.org/v2" }] }
        : n.id === "u-3"
          ? { ...n, rationale: "It is on page 2 of the report." }
          : n.id === "u-4"
            ? { ...n, verdict: "DISPUTED", rationale: "No.", status: "REVIEWED" }
            : n,
    );
  const v2 = buildReportSnapshot(map, { onlyApproved: false, showReviewers: false }, extra);
  expect(reportChanges(v1, v2).map(describeReportChange)).toEqual([
    'Verdict changed: Its chair said "the budget rose by 12% <net> & more".: Disputed → Supported',
    'Sources of Its chair said "the budget rose by 12% <net> & more".: added “Minutes, corrected”; removed “Minutes: p. 4”',
    "Rationale revised: “=SUM(A1:A9) was the figure cited by critics.”",
    "Added: “Critics disputed the figure.” (Disputed)",
    "Withdrawn: “It is a disgrace, one [member] wrote.” (was Opinion)",
  ]);
  expect(reportChanges(v2, v2)).toEqual([]);
});
