import "server-only";
import { doubleReviewOutcome, stateWith, type Review } from "@/lib/domain/double-review";
import { AppError } from "@/lib/domain/errors";
import { verdictProblem } from "@/lib/domain/verdict";
import type { ReviewStatus, Role, Verdict } from "@/lib/domain/vocabulary";
import { transition, type TransitionResult } from "@/lib/domain/workflow";
import { publishToUsers, recordChange } from "./changes";
import type { DbTx } from "./db";
import { versionConflict } from "./versioning";

// A reviewer's verdict, under the workflow table (lib/domain/workflow.ts): it moves the claim to
// REVIEWED, is refused once the claim is APPROVED, and in double review it is the reviewer's own
// UnitReview until both have submitted (lib/domain/double-review.ts decides the outcome).

export interface ReviewTarget {
  unit: {
    id: string;
    documentId: string;
    version: number;
    status: ReviewStatus;
    verdict: Verdict;
    rationale: string | null;
    assigneeId: string | null;
    secondAssigneeId: string | null;
  };
  workspaceId: string;
  role: Role;
  assignedOnly: boolean;
  doubleReview: boolean;
}

/** A refusal of the workflow table as the error the API answers: 403 for who, 400 for what. */
export function workflowError(result: Extract<TransitionResult, { ok: false }>): AppError {
  return new AppError(result.reason === "forbidden" ? "FORBIDDEN" : "VALIDATION", result.message);
}

/** Save a verdict (the caller's guard checked "unit.review"); `version` is the one the caller read. */
export async function submitVerdict(tx: DbTx, userId: string, target: ReviewTarget, version: number, change: { verdict?: Verdict; rationale?: string | null }) {
  const { unit } = target;
  const isAssignee = unit.assigneeId === userId || unit.secondAssigneeId === userId;
  if (target.doubleReview) return submitReview(tx, userId, target, version, change, isAssignee);

  const verdict = change.verdict ?? unit.verdict;
  const rationale = change.rationale !== undefined ? change.rationale : unit.rationale;
  const problem = verdictProblem(verdict, rationale);
  if (problem) throw new AppError("VALIDATION", problem, { fields: { rationale: [problem] } });
  const moved = transition({ action: "submit", status: unit.status, role: target.role, isAssignee, assignedOnly: target.assignedOnly });
  if (!moved.ok) throw workflowError(moved);
  // Back to Unreviewed withdraws the finding: the claim is in someone's review again, or open.
  const status: ReviewStatus = verdict === "UNREVIEWED" ? (unit.assigneeId ? "IN_REVIEW" : "OPEN") : moved.to;
  const { count } = await tx.unit.updateMany({ where: { id: unit.id, version }, data: { verdict, rationale, status, version: { increment: 1 } } });
  if (count === 0) throw await versionConflict(tx, unit.id);
  await recordChange(tx, {
    workspaceId: target.workspaceId,
    actorId: userId,
    action: "unit.verdict",
    entityType: "unit",
    entityId: unit.id,
    documentId: unit.documentId,
    before: { verdict: unit.verdict, rationale: unit.rationale, status: unit.status, version },
    after: { verdict, rationale, status, version: version + 1 },
  });
}

/**
 * Double review: the verdict is the reviewer's own (UnitReview); the claim's verdict of record is
 * set only when both agree. Activity rows of a submission carry no verdict, so the history does
 * not show one reviewer the other's before both have submitted; the row that settles the claim
 * records both verdicts.
 */
async function submitReview(
  tx: DbTx,
  userId: string,
  target: ReviewTarget,
  version: number,
  change: { verdict?: Verdict; rationale?: string | null },
  isAssignee: boolean,
) {
  const { unit } = target;
  const reviewers = [unit.assigneeId, unit.secondAssigneeId] as const;
  const rows = await tx.unitReview.findMany({ where: { unitId: unit.id } });
  const reviews: Review[] = rows.map((r) => ({ reviewerId: r.reviewerId, verdict: r.verdict, rationale: r.rationale, submitted: r.submittedAt !== null }));
  const mine = reviews.find((r) => r.reviewerId === userId);
  const verdict = change.verdict ?? mine?.verdict ?? "UNREVIEWED";
  const rationale = change.rationale !== undefined ? change.rationale : (mine?.rationale ?? null);
  const problem = verdictProblem(verdict, rationale);
  if (problem) throw new AppError("VALIDATION", problem, { fields: { rationale: [problem] } });
  // Unreviewed withdraws this reviewer's submission (it becomes a draft again).
  const review: Review = { reviewerId: userId, verdict, rationale, submitted: verdict !== "UNREVIEWED" };
  const moved = transition({
    action: "submit",
    status: unit.status,
    role: target.role,
    isAssignee,
    assignedOnly: target.assignedOnly,
    doubleReview: true,
    reviewState: stateWith(reviewers, reviews, review),
  });
  if (!moved.ok) throw workflowError(moved);

  const outcome = doubleReviewOutcome(reviewers, [...reviews.filter((r) => r.reviewerId !== userId), review]);
  const settled = outcome.state === "AGREED" ? { verdict: outcome.verdict, rationale: outcome.rationale } : { verdict: "UNREVIEWED" as const, rationale: null };
  const { count } = await tx.unit.updateMany({ where: { id: unit.id, version }, data: { ...settled, status: outcome.status, version: { increment: 1 } } });
  if (count === 0) throw await versionConflict(tx, unit.id);
  const submittedAt = review.submitted ? new Date() : null;
  await tx.unitReview.upsert({
    where: { unitId_reviewerId: { unitId: unit.id, reviewerId: userId } },
    create: { unitId: unit.id, reviewerId: userId, verdict, rationale, submittedAt },
    update: { verdict, rationale, submittedAt },
  });
  const base = { workspaceId: target.workspaceId, actorId: userId, entityType: "unit" as const, entityId: unit.id, documentId: unit.documentId };
  await recordChange(tx, {
    ...base,
    action: review.submitted ? "unit.review.submit" : "unit.review.withdraw",
    before: { status: unit.status, version },
    after: { status: outcome.status, version: version + 1 },
  });
  if (outcome.state !== "WAITING") {
    const both = reviewers.map((id) => ({ reviewerId: id, verdict: id === userId ? verdict : reviews.find((r) => r.reviewerId === id)?.verdict }));
    await recordChange(tx, {
      ...base,
      action: outcome.state === "AGREED" ? "unit.review.agreed" : "unit.review.disagreed",
      after: { reviews: both, verdict: settled.verdict, status: outcome.status },
    });
  }
  if (outcome.state === "DISAGREED") {
    // The editors' queues gain an adjudication.
    const editors = await tx.membership.findMany({ where: { workspaceId: target.workspaceId, role: { in: ["OWNER", "EDITOR"] } }, select: { userId: true } });
    await publishToUsers(
      tx,
      editors.map((e) => e.userId),
      { type: "queue", unitId: unit.id, documentId: unit.documentId },
    );
  }
}
