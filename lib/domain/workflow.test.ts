import { describe, expect, test } from "vitest";
import { ReviewStatus as PrismaReviewStatus } from "@/generated/prisma/enums";
import { REVIEW_STATUSES, ROLES, type Role } from "./vocabulary";
import {
  availableActions,
  statusAfterAssignment,
  transition,
  verdictLockedReason,
  WORKFLOW_ACTIONS,
  type DoubleReviewState,
  type ReviewStatus,
  type TransitionRequest,
  type WorkflowAction,
} from "./workflow";

// The expected workflow, written out by hand (NOT derived from the code under test).
// Columns: OWNER, EDITOR, REVIEWER, VIEWER. Cells:
//   "→X"    allowed, the claim lands in X
//   "→✓"    submit: lands REVIEWED; in double review by the reviews' state
//           (WAITING → IN_REVIEW, AGREED → REVIEWED, DISAGREED → NEEDS_ADJUDICATION)
//   " ①"    as a non-assignee: 403 in an assigned-only workspace or a double-reviewed document
//   " ②"    as a non-assignee: 403 in a double-reviewed document
//   "403"   forbidden (the role never may)       "400"   no such move from this status
type Cell = string;
type Grid = Record<ReviewStatus, [owner: Cell, editor: Cell, reviewer: Cell, viewer: Cell]>;

const EXPECTED: Record<WorkflowAction, Grid> = {
  start: {
    OPEN: ["→IN_REVIEW", "→IN_REVIEW", "→IN_REVIEW ①", "403"],
    IN_REVIEW: ["400", "400", "400", "403"],
    NEEDS_ADJUDICATION: ["400", "400", "400", "403"],
    REVIEWED: ["400", "400", "400", "403"],
    APPROVED: ["400", "400", "400", "403"],
  },
  submit: {
    OPEN: ["→✓ ②", "→✓ ②", "→✓ ①", "403"],
    IN_REVIEW: ["→✓ ②", "→✓ ②", "→✓ ①", "403"],
    NEEDS_ADJUDICATION: ["400", "400", "400", "403"],
    REVIEWED: ["→✓ ②", "→✓ ②", "→✓ ①", "403"],
    APPROVED: ["400", "400", "400", "403"],
  },
  approve: {
    OPEN: ["400", "400", "403", "403"],
    IN_REVIEW: ["400", "400", "403", "403"],
    NEEDS_ADJUDICATION: ["400", "400", "403", "403"],
    REVIEWED: ["→APPROVED", "→APPROVED", "403", "403"],
    APPROVED: ["400", "400", "403", "403"],
  },
  reopen: {
    OPEN: ["400", "400", "403", "403"],
    IN_REVIEW: ["→OPEN", "→OPEN", "403", "403"],
    NEEDS_ADJUDICATION: ["→OPEN", "→OPEN", "403", "403"],
    REVIEWED: ["→OPEN", "→OPEN", "403", "403"],
    APPROVED: ["→OPEN", "→OPEN", "403", "403"],
  },
  adjudicate: {
    OPEN: ["400", "400", "403", "403"],
    IN_REVIEW: ["400", "400", "403", "403"],
    NEEDS_ADJUDICATION: ["→REVIEWED", "→REVIEWED", "403", "403"],
    REVIEWED: ["400", "400", "403", "403"],
    APPROVED: ["400", "400", "403", "403"],
  },
  assign: {
    OPEN: ["→IN_REVIEW", "→IN_REVIEW", "403", "403"],
    IN_REVIEW: ["→IN_REVIEW", "→IN_REVIEW", "403", "403"],
    NEEDS_ADJUDICATION: ["→NEEDS_ADJUDICATION", "→NEEDS_ADJUDICATION", "403", "403"],
    REVIEWED: ["→REVIEWED", "→REVIEWED", "403", "403"],
    APPROVED: ["→APPROVED", "→APPROVED", "403", "403"],
  },
  unassign: {
    OPEN: ["→OPEN", "→OPEN", "403", "403"],
    IN_REVIEW: ["→OPEN", "→OPEN", "403", "403"],
    NEEDS_ADJUDICATION: ["→NEEDS_ADJUDICATION", "→NEEDS_ADJUDICATION", "403", "403"],
    REVIEWED: ["→REVIEWED", "→REVIEWED", "403", "403"],
    APPROVED: ["→APPROVED", "→APPROVED", "403", "403"],
  },
};

// Every cell is checked in these contexts, as the assignee and as someone else.
const MODES: Record<string, Pick<TransitionRequest, "assignedOnly" | "doubleReview" | "reviewState">> = {
  "single review": {},
  "assigned-only workspace": { assignedOnly: true },
  "double review, other verdict missing": { doubleReview: true, reviewState: "WAITING" },
  "double review, verdicts agree": { doubleReview: true, reviewState: "AGREED" },
  "double review, verdicts differ": { doubleReview: true, reviewState: "DISAGREED" },
};
const AFTER_DOUBLE: Record<DoubleReviewState, ReviewStatus> = { WAITING: "IN_REVIEW", AGREED: "REVIEWED", DISAGREED: "NEEDS_ADJUDICATION" };

function expectedOutcome(cell: Cell, isAssignee: boolean, mode: (typeof MODES)[string]): string {
  if (cell === "403" || cell === "400") return cell;
  const [move, mark] = cell.split(" ");
  const restricted = mark === "①" ? mode.assignedOnly || mode.doubleReview : mark === "②" ? mode.doubleReview : false;
  if (restricted && !isAssignee) return "403";
  if (move === "→✓") return `→${mode.doubleReview ? AFTER_DOUBLE[mode.reviewState!] : "REVIEWED"}`;
  return move!;
}

function outcome(req: TransitionRequest): string {
  const r = transition(req);
  return r.ok ? `→${r.to}` : r.reason === "forbidden" ? "403" : "400";
}

const CASES = REVIEW_STATUSES.flatMap((status) => ROLES.flatMap((role) => WORKFLOW_ACTIONS.map((action) => [status, role, action] as const)));

describe("workflow table", () => {
  test("the expectation covers every status × role × action", () => {
    expect(CASES).toHaveLength(REVIEW_STATUSES.length * ROLES.length * WORKFLOW_ACTIONS.length);
    expect(Object.keys(EXPECTED).sort()).toEqual([...WORKFLOW_ACTIONS].sort());
  });

  test.each(CASES)("%s · %s · %s", (status, role, action) => {
    const cell = EXPECTED[action][status][ROLES.indexOf(role)]!;
    const expected: Record<string, string> = {};
    const actual: Record<string, string> = {};
    for (const [name, mode] of Object.entries(MODES)) {
      for (const isAssignee of [true, false]) {
        const key = `${isAssignee ? "assignee" : "not assignee"}, ${name}`;
        expected[key] = expectedOutcome(cell, isAssignee, mode);
        actual[key] = outcome({ status, role, action, isAssignee, ...mode });
      }
    }
    expect(actual).toEqual(expected);
  });
});

describe("refusals", () => {
  test.each<[string, TransitionRequest, string]>([
    [
      "approved claims are locked",
      { status: "APPROVED", role: "REVIEWER", action: "submit", isAssignee: true },
      "This claim is approved: its verdict is locked until an editor reopens it.",
    ],
    [
      "disagreement goes to an editor",
      { status: "NEEDS_ADJUDICATION", role: "REVIEWER", action: "submit", isAssignee: true },
      "The two verdicts differ: an editor adjudicates this claim.",
    ],
    ["a role that never may", { status: "REVIEWED", role: "REVIEWER", action: "approve", isAssignee: true }, "Your role (reviewer) may not approve claims."],
    [
      "assigned-only workspace",
      { status: "OPEN", role: "REVIEWER", action: "submit", isAssignee: false, assignedOnly: true },
      "In this workspace reviewers work only on claims assigned to them.",
    ],
    [
      "double review",
      { status: "IN_REVIEW", role: "EDITOR", action: "submit", isAssignee: false, doubleReview: true, reviewState: "WAITING" },
      "In double review only the claim's two assigned reviewers submit verdicts.",
    ],
    ["no such move", { status: "OPEN", role: "EDITOR", action: "approve", isAssignee: false }, "A claim that is open cannot be approved."],
  ])("%s: the message says why", (_name, req, message) => {
    const r = transition(req);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toBe(message);
  });

  test.each(WORKFLOW_ACTIONS)("a non-member may not %s (forbidden; the guards answer 404 before)", (action) => {
    for (const status of REVIEW_STATUSES) {
      expect(transition({ status, role: null, action, isAssignee: true })).toMatchObject({ ok: false, reason: "forbidden" });
    }
  });

  test("a double-review submission without the reviews' state is a programming error", () => {
    expect(() => transition({ status: "OPEN", role: "REVIEWER", action: "submit", isAssignee: true, doubleReview: true })).toThrow(/reviewState/);
  });
});

describe("helpers", () => {
  test.each<[ReviewStatus, Role, boolean, WorkflowAction[]]>([
    ["OPEN", "REVIEWER", true, ["start", "submit"]],
    ["REVIEWED", "EDITOR", false, ["submit", "approve", "reopen", "assign", "unassign"]],
    ["APPROVED", "REVIEWER", true, []],
    ["NEEDS_ADJUDICATION", "OWNER", false, ["reopen", "adjudicate", "assign", "unassign"]],
    ["IN_REVIEW", "VIEWER", true, []],
  ])("%s claim, %s (assignee: %s) may: %j", (status, role, isAssignee, actions) => {
    expect(availableActions({ status, role, isAssignee })).toEqual(actions);
  });

  test("in double review an editor who is not one of the reviewers is offered no submit", () => {
    expect(availableActions({ status: "IN_REVIEW", role: "EDITOR", isAssignee: false, doubleReview: true })).not.toContain("submit");
  });

  test.each<[ReviewStatus, ReviewStatus]>([
    ["OPEN", "IN_REVIEW"],
    ["IN_REVIEW", "IN_REVIEW"],
    ["NEEDS_ADJUDICATION", "NEEDS_ADJUDICATION"],
    ["REVIEWED", "REVIEWED"],
    ["APPROVED", "APPROVED"],
  ])("assigning a claim that is %s leaves it %s", (from, to) => {
    expect(statusAfterAssignment(from)).toBe(to);
  });

  test("the statuses are the database enum's values, in the same order", () => {
    expect([...REVIEW_STATUSES]).toEqual(Object.values(PrismaReviewStatus));
  });
});

describe("verdictLockedReason", () => {
  test.each([
    ["APPROVED", false, /locked until an editor reopens/],
    ["NEEDS_ADJUDICATION", true, /an editor decides/],
    ["OPEN", true, /two assigned reviewers/],
    ["IN_REVIEW", false, /only on claims assigned to them/],
  ] as const)("%s, double review %s", (status, doubleReview, reason) => {
    expect(verdictLockedReason(status, doubleReview)).toMatch(reason);
  });
});
