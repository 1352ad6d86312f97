// The claim workflow as ONE table: who may move a claim from which status to which. PURE:
// use cases, guards and the UI ask `transition`; nothing else decides a status change.
// Roles come from the permission table (policy.ts): a row names the policy action its actor
// needs, so the two tables cannot disagree about roles. This table adds the status and the
// "is the actor the claim's assignee" conditions.
import { can, type Action } from "./policy";
import { REVIEW_STATUS_LABEL, type ReviewStatus, type Role } from "./vocabulary";

export type { ReviewStatus };

/**
 * The statuses before the team workflow (migration 20261201194438_team_review renamed them in
 * place). Activity history and Warrant JSON exports written earlier still carry these names.
 */
export const LEGACY_REVIEW_STATUS = {
  IN_PROGRESS: "IN_REVIEW",
  NEEDS_SECOND_REVIEW: "NEEDS_ADJUDICATION",
  DONE: "REVIEWED",
} as const satisfies Record<string, ReviewStatus>;

/** Still someone's work (an assignee's load, "my queue"); REVIEWED and APPROVED are done. */
export const OPEN_STATUSES = ["OPEN", "IN_REVIEW", "NEEDS_ADJUDICATION"] as const satisfies readonly ReviewStatus[];
export const DONE_STATUSES = ["REVIEWED", "APPROVED"] as const satisfies readonly ReviewStatus[];
export function isOpenStatus(status: ReviewStatus): boolean {
  return (OPEN_STATUSES as readonly ReviewStatus[]).includes(status);
}

export const WORKFLOW_ACTIONS = ["start", "submit", "approve", "reopen", "adjudicate", "assign", "unassign"] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/**
 * Double review (double-review.ts) after the submission being made: the other verdict is still
 * missing, or both are in and they agree or differ.
 */
export type DoubleReviewState = "WAITING" | "AGREED" | "DISAGREED";

/** `submit` lands by the review mode: one verdict settles the claim, two must be compared. */
const AFTER_SUBMIT: Record<"SINGLE" | DoubleReviewState, ReviewStatus> = {
  SINGLE: "REVIEWED",
  WAITING: "IN_REVIEW",
  AGREED: "REVIEWED",
  DISAGREED: "NEEDS_ADJUDICATION",
};

/** Where a double-reviewed claim stands once its reviews reach `state`. */
export function statusForReviewState(state: DoubleReviewState): ReviewStatus {
  return AFTER_SUBMIT[state];
}

/**
 * Assignee condition of a row:
 *  "-"       never matters;
 *  "R"       a REVIEWER must be the claim's (first or second) assignee when the workspace is
 *            assigned-only or the document is double-reviewed;
 *  "R+"      as "R", and in double review EVERY role must be one of the two assigned reviewers
 *            (the two verdicts must be independent; an editor who wants to decide adjudicates).
 */
type AssigneeRule = "-" | "R" | "R+";
type Target = ReviewStatus | "BY_REVIEW_MODE";
type Row = readonly [action: WorkflowAction, from: ReviewStatus, to: Target, who: Action, assignee: AssigneeRule];

const REVIEW: Action = "unit.review"; // OWNER, EDITOR, REVIEWER
const SIGN_OFF: Action = "unit.approve"; // OWNER, EDITOR
const ASSIGN: Action = "unit.assign"; // OWNER, EDITOR

const TABLE: readonly Row[] = [
  // action        from                   to                  who       assignee
  ["start", "OPEN", "IN_REVIEW", REVIEW, "R"],
  ["submit", "OPEN", "BY_REVIEW_MODE", REVIEW, "R+"],
  ["submit", "IN_REVIEW", "BY_REVIEW_MODE", REVIEW, "R+"],
  // Before approval a verdict may be revised; APPROVED locks it until reopened.
  ["submit", "REVIEWED", "BY_REVIEW_MODE", REVIEW, "R+"],
  ["approve", "REVIEWED", "APPROVED", SIGN_OFF, "-"],
  // The editor's decision is the verdict of record; approving it is a separate sign-off.
  ["adjudicate", "NEEDS_ADJUDICATION", "REVIEWED", SIGN_OFF, "-"],
  ["reopen", "IN_REVIEW", "OPEN", SIGN_OFF, "-"],
  ["reopen", "NEEDS_ADJUDICATION", "OPEN", SIGN_OFF, "-"],
  ["reopen", "REVIEWED", "OPEN", SIGN_OFF, "-"],
  ["reopen", "APPROVED", "OPEN", SIGN_OFF, "-"],
  // Handing a claim to someone starts its review; taking it back from an unfinished review
  // reopens it. Past review the status stays (the assignee is then only who did the work).
  ["assign", "OPEN", "IN_REVIEW", ASSIGN, "-"],
  ["assign", "IN_REVIEW", "IN_REVIEW", ASSIGN, "-"],
  ["assign", "NEEDS_ADJUDICATION", "NEEDS_ADJUDICATION", ASSIGN, "-"],
  ["assign", "REVIEWED", "REVIEWED", ASSIGN, "-"],
  ["assign", "APPROVED", "APPROVED", ASSIGN, "-"],
  ["unassign", "OPEN", "OPEN", ASSIGN, "-"],
  ["unassign", "IN_REVIEW", "OPEN", ASSIGN, "-"],
  ["unassign", "NEEDS_ADJUDICATION", "NEEDS_ADJUDICATION", ASSIGN, "-"],
  ["unassign", "REVIEWED", "REVIEWED", ASSIGN, "-"],
  ["unassign", "APPROVED", "APPROVED", ASSIGN, "-"],
];

export interface TransitionRequest {
  status: ReviewStatus;
  action: WorkflowAction;
  /** The actor's role in the claim's workspace; null for a non-member (guards answer 404 first). */
  role: Role | null | undefined;
  /** The actor is the claim's assignee (first or, in double review, second reviewer). */
  isAssignee: boolean;
  /** Workspace setting: reviewers work only on claims assigned to them. */
  assignedOnly?: boolean;
  /** The document is double-reviewed. */
  doubleReview?: boolean;
  /** Double review, `submit` only: the state the claim's reviews reach WITH this submission. */
  reviewState?: DoubleReviewState;
}

export type TransitionRefusal = "forbidden" | "no-such-move";
export type TransitionResult = { ok: true; to: ReviewStatus } | { ok: false; reason: TransitionRefusal; message: string };

const VERB: Record<WorkflowAction, string> = {
  start: "start reviewing",
  submit: "submit a verdict on",
  approve: "approve",
  reopen: "reopen",
  adjudicate: "adjudicate",
  assign: "assign",
  unassign: "unassign",
};

/**
 * May this actor do `action` on a claim in `status`? Refusals are checked in this order, so the
 * answer does not depend on accidents of the request:
 *  1. the role may never do this action (in no status)    -> forbidden (HTTP 403)
 *  2. the table has no such move from this status          -> no-such-move (HTTP 400)
 *  3. the move needs the actor to be the claim's assignee  -> forbidden (HTTP 403)
 */
export function transition(req: TransitionRequest): TransitionResult {
  const rows = TABLE.filter((r) => r[0] === req.action);
  if (!req.role || !rows.some((r) => can(req.role, r[3]))) {
    return refuse(
      "forbidden",
      req.role ? `Your role (${req.role.toLowerCase()}) may not ${VERB[req.action]} claims.` : "You are not a member of this workspace.",
    );
  }
  const row = rows.find((r) => r[1] === req.status);
  if (!row || !can(req.role, row[3])) return refuse("no-such-move", noMoveMessage(req.action, req.status));
  if (!req.isAssignee && needsAssignee(row[4], req)) {
    return refuse(
      "forbidden",
      req.doubleReview
        ? "In double review only the claim's two assigned reviewers submit verdicts."
        : "In this workspace reviewers work only on claims assigned to them.",
    );
  }
  return { ok: true, to: target(row[2], req) };
}

/** The actions this actor may take on the claim now (for buttons and menus). */
export function availableActions(req: Omit<TransitionRequest, "action">): WorkflowAction[] {
  // A double-review submission's landing status depends on the verdict still to be chosen;
  // WAITING stands in for it: permission does not depend on the outcome.
  return WORKFLOW_ACTIONS.filter((action) => transition({ reviewState: "WAITING", ...req, action }).ok);
}

/** Where assigning a claim leaves it (the role check is the caller's `unit.assign` guard). */
export function statusAfterAssignment(status: ReviewStatus): ReviewStatus {
  const row = TABLE.find((r) => r[0] === "assign" && r[1] === status);
  return row ? target(row[2], {}) : status;
}

function needsAssignee(rule: AssigneeRule, req: TransitionRequest): boolean {
  if (rule === "-") return false;
  if (rule === "R+" && req.doubleReview) return true;
  return req.role === "REVIEWER" && !!(req.assignedOnly || req.doubleReview);
}

function target(to: Target, req: Pick<TransitionRequest, "doubleReview" | "reviewState">): ReviewStatus {
  if (to !== "BY_REVIEW_MODE") return to;
  if (!req.doubleReview) return AFTER_SUBMIT.SINGLE;
  // A programming error, not a user's: the caller must compute the reviews' state first.
  if (!req.reviewState) throw new Error("transition: a double-review submission needs reviewState");
  return AFTER_SUBMIT[req.reviewState];
}

function noMoveMessage(action: WorkflowAction, status: ReviewStatus): string {
  if (status === "APPROVED" && action === "submit") return "This claim is approved: its verdict is locked until an editor reopens it.";
  if (status === "NEEDS_ADJUDICATION" && action === "submit") return "The two verdicts differ: an editor adjudicates this claim.";
  return `A claim that is ${REVIEW_STATUS_LABEL[status].toLowerCase()} cannot be ${PAST[action]}.`;
}

const PAST: Record<WorkflowAction, string> = {
  start: "started",
  submit: "given a verdict",
  approve: "approved",
  reopen: "reopened",
  adjudicate: "adjudicated",
  assign: "assigned",
  unassign: "unassigned",
};

function refuse(reason: TransitionRefusal, message: string): TransitionResult {
  return { ok: false, reason, message };
}

/**
 * Why a member who may review cannot give this claim a verdict now (shown instead of the save
 * button when the workflow table refuses "submit").
 */
export function verdictLockedReason(status: ReviewStatus, doubleReview: boolean): string {
  if (status === "APPROVED") return "Approved: the verdict is locked until an editor reopens the claim.";
  if (status === "NEEDS_ADJUDICATION") return "The two reviewers disagree: an editor decides (above).";
  if (doubleReview) return "Double review: only the claim's two assigned reviewers give verdicts.";
  return "In this workspace reviewers work only on claims assigned to them.";
}
