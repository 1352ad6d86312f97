import { expect, test } from "vitest";
import { isFiltering, matchesFilters, reviewProgress, statusCounts, type UnitFilters } from "./filters";
import type { UnitView } from "./views";

const unit = (extra: Partial<UnitView>): UnitView => ({
  id: "u",
  documentId: "d",
  kind: "CLAIM",
  start: 0,
  end: 1,
  exact: "x",
  text: null,
  speaker: null,
  origin: "AUTO",
  signals: [],
  checkworthy: 0.6,
  opinion: 0,
  verdict: "UNREVIEWED",
  rationale: null,
  status: "OPEN",
  assigneeId: null,
  assignedAt: null,
  secondAssigneeId: null,
  version: 1,
  updatedAt: "",
  sourceCount: 0,
  openComments: 0,
  suggestedVerdict: null,
  ...extra,
});

test.each<[Partial<UnitView>, UnitFilters, boolean]>([
  [{}, {}, true],
  [{ kind: "PREMISE" }, { kinds: ["CLAIM"] }, false],
  [{ kind: "PREMISE" }, { kinds: ["CLAIM", "PREMISE"] }, true],
  [{ verdict: "DISPUTED" }, { verdicts: ["DISPUTED"] }, true],
  [{ verdict: "OPINION" }, { verdicts: ["DISPUTED", "SUPPORTED"] }, false],
  [{ status: "REVIEWED" }, { statuses: ["OPEN"] }, false],
  [{ assigneeId: "alice" }, { assignee: "alice" }, true],
  [{ assigneeId: "alice" }, { assignee: "bob" }, false],
  [{ assigneeId: null }, { assignee: "none" }, true],
  [{ assigneeId: "alice" }, { assignee: "none" }, false],
  [{ sourceCount: 2 }, { sources: "with" }, true],
  [{ sourceCount: 0 }, { sources: "with" }, false],
  [{ sourceCount: 0 }, { sources: "without" }, true],
  [{ checkworthy: 0.3 }, { minCheckworthy: 0.5 }, false],
  [{ checkworthy: 0.5 }, { minCheckworthy: 0.5 }, true],
])("unit %j with filters %j: %s", (u, f, expected) => {
  expect(matchesFilters(unit(u), f)).toBe(expected);
});

test("isFiltering is false for empty filters only", () => {
  expect(isFiltering({})).toBe(false);
  expect(isFiltering({ kinds: [] })).toBe(false);
  expect(isFiltering({ sources: "with" })).toBe(true);
});

test("progress counts claims, premises and evidence but not context", () => {
  expect(reviewProgress([unit({ verdict: "SUPPORTED" }), unit({}), unit({ kind: "CONTEXT" }), unit({ kind: "EVIDENCE", verdict: "OPINION" })])).toEqual({
    reviewed: 2,
    total: 3,
  });
});

test("statusCounts counts claims per workflow status, leaving context out", () => {
  expect(statusCounts([unit({ status: "REVIEWED" }), unit({ status: "REVIEWED" }), unit({ status: "APPROVED" }), unit({ kind: "CONTEXT" }), unit({})])).toEqual(
    { REVIEWED: 2, APPROVED: 1, OPEN: 1 },
  );
});
