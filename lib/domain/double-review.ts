// Double review: two reviewers give independent verdicts on a claim; agreement settles it,
// disagreement goes to an editor. PURE: the use case loads the claim's two assigned reviewers
// (Unit.assigneeId, Unit.secondAssigneeId) and their UnitReview rows, and asks here.
// Independence is the point (as in INCEpTION's blind double annotation): until both have
// submitted, neither sees the other's verdict, rationale or sources.
import type { Role } from "./vocabulary";
import type { Verdict } from "./vocabulary";
import { statusForReviewState, type DoubleReviewState, type ReviewStatus } from "./workflow";

export interface Review {
  reviewerId: string;
  verdict: Verdict;
  rationale: string | null;
  /** false: a draft, seen only by its author (and editors). */
  submitted: boolean;
}

/** The claim's two assigned reviewers, first then second. */
export type Reviewers = readonly [first: string | null, second: string | null];

export type DoubleReviewOutcome =
  /** waitingFor: assigned reviewers who have not submitted (an unassigned second slot is not listed). */
  | { state: "WAITING"; status: ReviewStatus; verdict: null; rationale: null; waitingFor: string[] }
  | { state: "AGREED"; status: ReviewStatus; verdict: Verdict; rationale: string | null; waitingFor: [] }
  | { state: "DISAGREED"; status: ReviewStatus; verdict: null; rationale: null; waitingFor: [] };

/** Each assigned reviewer's current review (reviews by anyone else, e.g. a replaced reviewer, do not count). */
function reviewsOf(reviewers: Reviewers, reviews: readonly Review[]): (Review | undefined)[] {
  // The database refuses this (CHECK "Unit_second_assignee_differs"); one person is not two reviews.
  if (reviewers[0] && reviewers[0] === reviewers[1]) throw new Error("double review: the two reviewers must differ");
  return reviewers.map((id) => (id ? reviews.find((r) => r.reviewerId === id) : undefined));
}

function bothSubmitted(reviewers: Reviewers, reviews: readonly Review[]): boolean {
  return reviewsOf(reviewers, reviews).every((r) => r?.submitted);
}

/**
 * The claim's status and verdict of record from its reviews. Agreeing verdicts become the
 * verdict of record with both rationales kept (first reviewer's first; an identical one once);
 * differing verdicts leave the record empty until an editor adjudicates.
 */
export function doubleReviewOutcome(reviewers: Reviewers, reviews: readonly Review[]): DoubleReviewOutcome {
  const mine = reviewsOf(reviewers, reviews);
  const waitingFor = reviewers.filter((id, i): id is string => !!id && !mine[i]?.submitted);
  if (!bothSubmitted(reviewers, reviews)) {
    return { state: "WAITING", status: statusForReviewState("WAITING"), verdict: null, rationale: null, waitingFor };
  }
  const [a, b] = mine as [Review, Review];
  if (a.verdict !== b.verdict) {
    return { state: "DISAGREED", status: statusForReviewState("DISAGREED"), verdict: null, rationale: null, waitingFor: [] };
  }
  const rationales = [...new Set([a.rationale, b.rationale].map((r) => r?.trim()).filter((r): r is string => !!r))];
  return { state: "AGREED", status: statusForReviewState("AGREED"), verdict: a.verdict, rationale: rationales.join("\n\n") || null, waitingFor: [] };
}

/** The state the reviews reach once `review` (the actor's submission) replaces the actor's earlier one. */
export function stateWith(reviewers: Reviewers, reviews: readonly Review[], review: Review): DoubleReviewState {
  const next = [...reviews.filter((r) => r.reviewerId !== review.reviewerId), review];
  return doubleReviewOutcome(reviewers, next).state;
}

/**
 * An editor's adjudication is the verdict of record. The reviewers whose submitted verdict it
 * differs from are "overruled" (they get a notification); their reviews stay as they were.
 */
export function adjudicate(reviewers: Reviewers, reviews: readonly Review[], decision: Verdict): { verdict: Verdict; overruled: string[] } {
  const overruled = reviewsOf(reviewers, reviews)
    .filter((r): r is Review => !!r?.submitted && r.verdict !== decision)
    .map((r) => r.reviewerId);
  return { verdict: decision, overruled };
}

export interface Viewer {
  userId: string;
  role: Role;
}

const SEES_ALL: readonly Role[] = ["OWNER", "EDITOR"];

/**
 * Whether `viewer` may see a review by `authorId`: its author and editors always; anyone else
 * only once both assigned reviewers have submitted (a third party could pass it on).
 */
export function canSeeReview(viewer: Viewer, authorId: string, reviewers: Reviewers, reviews: readonly Review[]): boolean {
  if (viewer.userId === authorId || SEES_ALL.includes(viewer.role)) return true;
  return bothSubmitted(reviewers, reviews);
}

export function visibleReviews<R extends Review>(viewer: Viewer, reviewers: Reviewers, reviews: readonly R[]): R[] {
  return reviews.filter((r) => canSeeReview(viewer, r.reviewerId, reviewers, reviews));
}

/**
 * Sources (Evidence rows) follow the same rule when an assigned reviewer attached them; those
 * attached by anyone else (an editor before the review, an import) are part of the claim and
 * visible to all. `addedById` null (unknown, or the account was deleted) is visible.
 */
export function canSeeEvidence(viewer: Viewer, addedById: string | null, reviewers: Reviewers, reviews: readonly Review[]): boolean {
  if (!addedById || !reviewers.includes(addedById)) return true;
  return canSeeReview(viewer, addedById, reviewers, reviews);
}
