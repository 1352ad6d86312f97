import "server-only";
import { assignSecondReviewers, balanceAssignments, previewLoad, type Assignment } from "@/lib/domain/assignment";
import { AppError } from "@/lib/domain/errors";
import { OPEN_STATUSES } from "@/lib/domain/workflow";
import { ZAssignClaimsInput } from "@/lib/validation/workspace";
import { ASSIGNABLE_FIELDS, applyAssignments, loadDocumentUnits, openLoad, requireReviewers, type AssignableUnit, type Slot } from "../assignments";
import { db, type DbTx } from "../db";
import { requireDocumentAccess } from "../guards";
import { defineUseCase } from "../use-case";

/** What "balance" shares when the caller names no units: open claims, premises and evidence. */
const DEFAULT_KINDS = ["CLAIM", "PREMISE", "EVIDENCE"] as const;

/**
 * Assign a document's claims to reviewers (editors and owners, "unit.assign"): named units to
 * one reviewer ("explicit", the claim card and the unit list's bulk action), or spread over
 * several by their open load in the workspace ("balance", the balance dialog). In double review
 * the second slot gets a second reviewer, never the first. `preview` answers what would happen
 * and each reviewer's load before and after, writing nothing. All units change in one
 * transaction; a unit changed meanwhile fails the batch with 409 rather than being overwritten.
 */
export const assignClaims = defineUseCase(ZAssignClaimsInput, ({ userId, input: { documentId, ...data } }) => {
  const reviewerIds = [...new Set(data.reviewerIds)];
  return db.$transaction(
    async (tx) => {
      const { workspaceId } = await requireDocumentAccess(tx, userId, documentId, "unit.assign");
      const document = await tx.document.findUniqueOrThrow({ where: { id: documentId }, select: { title: true, doubleReview: true } });
      if (data.slot === "second" && !document.doubleReview) {
        throw new AppError("VALIDATION", "Second reviewers are for double review: turn it on for this document first.", {
          fields: { slot: ["Double review is off."] },
        });
      }
      await requireReviewers(tx, workspaceId, reviewerIds);
      const units = data.unitIds ? await loadDocumentUnits(tx, documentId, data.unitIds) : await openUnassigned(tx, documentId, data.slot, data.checkworthyMin);
      const load = await openLoad(tx, workspaceId, reviewerIds);
      const holder = (u: AssignableUnit) => (data.slot === "first" ? u.assigneeId : u.secondAssigneeId);
      const current = Object.fromEntries(units.filter((u) => (OPEN_STATUSES as readonly string[]).includes(u.status)).map((u) => [u.id, holder(u)]));
      const { assignments, unassigned } = plan(units, reviewerIds, data.strategy, data.slot, load, current);
      const preview = previewLoad(assignments, reviewerIds, load, current);
      if (!data.preview) {
        const byId = new Map(units.map((u) => [u.id, u]));
        const changes = assignments.map((a) => ({ unit: byId.get(a.unitId)!, slot: data.slot, assigneeId: a.assigneeId }));
        await applyAssignments(tx, { workspaceId, actorId: userId, documentTitle: document.title }, changes);
      }
      return { assignments, preview, unassigned, applied: !data.preview };
    },
    { timeout: 60_000 },
  );
});

function plan(
  units: AssignableUnit[],
  reviewerIds: string[],
  strategy: "explicit" | "balance",
  slot: Slot,
  load: Record<string, number>,
  current: Record<string, string | null>,
): { assignments: Assignment[]; unassigned: string[] } {
  if (strategy === "explicit") return { assignments: units.map((u) => ({ unitId: u.id, assigneeId: reviewerIds[0]! })), unassigned: [] };
  if (slot === "first")
    return {
      assignments: balanceAssignments(
        units.map((u) => u.id),
        reviewerIds,
        load,
        current,
      ),
      unassigned: [],
    };
  return assignSecondReviewers(
    units.map((u) => ({ unitId: u.id, firstReviewerId: u.assigneeId, currentSecondId: u.secondAssigneeId })),
    reviewerIds,
    load,
  );
}

/** The document's open units with nobody in the slot (second slot: those with a first reviewer), in text order. */
function openUnassigned(tx: DbTx, documentId: string, slot: Slot, checkworthyMin = 0): Promise<AssignableUnit[]> {
  return tx.unit.findMany({
    where: {
      documentId,
      kind: { in: [...DEFAULT_KINDS] },
      status: { in: ["OPEN", "IN_REVIEW"] },
      checkworthy: { gte: checkworthyMin },
      ...(slot === "first" ? { assigneeId: null } : { assigneeId: { not: null }, secondAssigneeId: null }),
    },
    orderBy: [{ start: "asc" }, { end: "asc" }],
    select: ASSIGNABLE_FIELDS,
  });
}
