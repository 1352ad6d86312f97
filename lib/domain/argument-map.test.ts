import { expect, test } from "vitest";
import { buildArgumentMap } from "./argument-map";
import type { DocumentView, UnitView } from "./views";

const unit = (id: string, start: number, end: number, extra: Partial<UnitView> = {}): UnitView => ({
  id,
  documentId: "d1",
  kind: "CLAIM",
  start,
  end,
  exact: "x",
  text: null,
  speaker: null,
  origin: "AUTO",
  signals: [],
  checkworthy: 0.5,
  opinion: 0,
  verdict: "UNREVIEWED",
  rationale: null,
  status: "OPEN",
  assigneeId: null,
  assignedAt: null,
  secondAssigneeId: null,
  version: 1,
  updatedAt: "2026-01-01T00:00:00.000Z",
  sourceCount: 0,
  openComments: 0,
  suggestedVerdict: null,
  ...extra,
});

const doc: DocumentView = {
  id: "d1",
  workspace: { id: "w1", name: "W", slug: "w", assignedOnly: false },
  doubleReview: false,
  title: "T",
  author: null,
  publisher: null,
  sourceUrl: null,
  publishedAt: null,
  language: "en",
  text: "One. Two.",
  textSha256: "0".repeat(64),
  createdAt: "2026-01-01T00:00:00.000Z",
  units: [
    unit("a", 0, 4, { exact: "One.", text: "Number one", speaker: { name: "Ann", start: 0, end: 3 } }),
    unit("b", 5, 9, { exact: "Two.", verdict: "DISPUTED", rationale: "No." }),
  ],
  relations: [
    { id: "r1", fromId: "b", toId: "a", type: "ATTACKS", origin: "MANUAL", signals: [] },
    { id: "r2", fromId: "b", toId: "gone", type: "SUPPORTS", origin: "AUTO", signals: [] },
  ],
  quotes: [],
};

test("nodes carry the checked wording, the exact words, speaker, verdict and sources", () => {
  const map = buildArgumentMap(doc, {
    b: [{ id: "s1", url: "https://example.org", title: "Minutes", publisher: null, publishedAt: null, accessedAt: null, stance: "REFUTES", excerpt: null }],
  });
  expect(map.nodes.map((n) => [n.id, n.text, n.exact, n.checked, n.speaker, n.verdict])).toEqual([
    ["a", "Number one", "One.", "Number one", "Ann", "UNREVIEWED"],
    ["b", "Two.", "Two.", null, null, "DISPUTED"],
  ]);
  expect(map.nodes[1]!.sources[0]!.stance).toBe("REFUTES");
  expect(map.nodes[0]!.sources).toEqual([]);
});

test("edges whose ends are not both in the map are dropped", () => {
  expect(buildArgumentMap(doc).edges).toEqual([{ id: "r1", from: "b", to: "a", type: "ATTACKS", origin: "MANUAL", signals: [] }]);
});
