import "server-only";
import { adjudicate } from "@/lib/domain/double-review";
import { AppError } from "@/lib/domain/errors";
import { verdictProblem } from "@/lib/domain/verdict";
import { REVIEW_STATUS_LABEL, type ReviewStatus } from "@/lib/domain/vocabulary";
import { transition, type WorkflowAction } from "@/lib/domain/workflow";
import { ZTransitionUnitInput } from "@/lib/validation/unit";
import { publishToUsers, recordChange } from "../changes";
import { db } from "../db";
import { requireUnitAccess } from "../guards";
import { notify } from "../notifications";
import { defineUseCase } from "../use-case";
import { workflowError } from "../verdicts";
import { versionConflict } from "../versioning";
import { toUnitView, unitIncludeFor } from "../view-mappers";

/** Which workflow move takes a claim from `from` to `to` (submitting a verdict is not one of these). */
function actionFor(from: ReviewStatus, to: "OPEN" | "IN_REVIEW" | "REVIEWED" | "APPROVED"): WorkflowAction | null {
  if (to === "IN_REVIEW") return "start";
  if (to === "APPROVED") return "approve";
  if (to === "OPEN") return "reopen";
  return from === "NEEDS_ADJUDICATION" ? "adjudicate" : null;
}

const NOTICE = { approve: "APPROVED", reopen: "REOPENED" } as const;

/**
 * Move a claim through the workflow (lib/domain/workflow.ts decides who may, from where):
 * start a review, approve (locks the verdict), reopen, or adjudicate a double review — the
 * editor's decision becomes the verdict of record and both reviewers' verdicts stay in their
 * reviews and the history. 403 when the role may not, 400 when the table has no such move, 409
 * when the version is stale.
 */
export const transitionUnit = defineUseCase(ZTransitionUnitInput, ({ userId, input: { unitId, version, to, verdict, rationale } }) =>
  db.$transaction(async (tx) => {
    const access = await requireUnitAccess(tx, userId, unitId, "workspace.read");
    const { unit, workspaceId } = access;
    if (unit.version !== version) throw await versionConflict(tx, unitId);
    const action = actionFor(unit.status, to);
    if (!action)
      throw new AppError(
        "VALIDATION",
        `A claim that is ${REVIEW_STATUS_LABEL[unit.status].toLowerCase()} cannot be moved to ${REVIEW_STATUS_LABEL[to].toLowerCase()}.`,
      );
    const isAssignee = unit.assigneeId === userId || unit.secondAssigneeId === userId;
    const moved = transition({
      action,
      status: unit.status,
      role: access.role,
      isAssignee,
      assignedOnly: access.assignedOnly,
      doubleReview: access.doubleReview,
    });
    if (!moved.ok) throw workflowError(moved);

    const reviewers = [unit.assigneeId, unit.secondAssigneeId] as const;
    let decision: { verdict: typeof unit.verdict; rationale: string | null } | undefined;
    let overruled: string[] = [];
    let reviews: { reviewerId: string; verdict: typeof unit.verdict }[] = [];
    if (action === "adjudicate") {
      if (!verdict || verdict === "UNREVIEWED")
        throw new AppError("VALIDATION", "Choose the verdict of record: Supported, Disputed or Opinion.", { fields: { verdict: ["Required."] } });
      const problem = verdictProblem(verdict, rationale);
      if (problem) throw new AppError("VALIDATION", problem, { fields: { rationale: [problem] } });
      const rows = await tx.unitReview.findMany({ where: { unitId } });
      reviews = rows.map((r) => ({ reviewerId: r.reviewerId, verdict: r.verdict }));
      overruled = adjudicate(
        reviewers,
        rows.map((r) => ({ reviewerId: r.reviewerId, verdict: r.verdict, rationale: r.rationale, submitted: r.submittedAt !== null })),
        verdict,
      ).overruled;
      decision = { verdict, rationale: rationale ?? null };
    }
    const { count } = await tx.unit.updateMany({ where: { id: unitId, version }, data: { status: moved.to, ...decision, version: { increment: 1 } } });
    if (count === 0) throw await versionConflict(tx, unitId);
    // Reopening a double review starts it again: both reviews become drafts their authors revise.
    if (action === "reopen" && access.doubleReview) await tx.unitReview.updateMany({ where: { unitId }, data: { submittedAt: null } });
    await recordChange(tx, {
      workspaceId,
      actorId: userId,
      action: `unit.${action}`,
      entityType: "unit",
      entityId: unitId,
      documentId: unit.documentId,
      before: { status: unit.status, version, ...(decision ? { verdict: unit.verdict, reviews } : {}) },
      after: { status: moved.to, version: version + 1, ...decision },
    });
    const notice = { workspaceId, actorId: userId, documentId: unit.documentId, unitId, data: { claim: unit.quoteExact.slice(0, 200) } };
    if (action === "approve" || action === "reopen") {
      await notify(tx, reviewers, { ...notice, kind: NOTICE[action] });
      await publishToUsers(tx, reviewers, { type: "queue", unitId, documentId: unit.documentId });
    }
    if (action === "adjudicate") {
      await notify(tx, overruled, { ...notice, kind: "OVERRULED", data: { ...notice.data, verdict: decision!.verdict } });
      const editors = await tx.membership.findMany({ where: { workspaceId, role: { in: ["OWNER", "EDITOR"] } }, select: { userId: true } });
      await publishToUsers(
        tx,
        editors.map((e) => e.userId),
        { type: "queue", unitId, documentId: unit.documentId },
      );
    }
    return toUnitView(await tx.unit.findUniqueOrThrow({ where: { id: unitId }, include: unitIncludeFor(userId) }));
  }),
);
