import "server-only";
import { can } from "@/lib/domain/policy";
import { ZQueueInput } from "@/lib/validation/workspace";
import type { AdjudicationView, QueueItemView, QueueView } from "@/lib/domain/views";
import { db } from "../db";
import { editedClaimsFor } from "../edited-claims";
import { defineUseCase } from "../use-case";
import { toReviewView } from "../view-mappers";

const UNIT = {
  id: true,
  documentId: true,
  quoteExact: true,
  text: true,
  status: true,
  version: true,
  document: { select: { title: true, workspaceId: true } },
} as const;

/**
 * "My queue": the caller's open claims in every workspace they belong to — assigned to them
 * (first or second reviewer), not yet reviewed by them — oldest assignment first; and, for
 * editors and owners, the double reviews waiting for their decision with both verdicts; and the
 * claims they reviewed whose words the article changed afterwards. Claims of archived documents
 * are left out.
 */
export const getQueue = defineUseCase(ZQueueInput, async ({ userId }): Promise<QueueView> => {
  const memberships = await db.membership.findMany({ where: { userId }, select: { workspaceId: true, role: true } });
  const workspaceIds = memberships.map((m) => m.workspaceId);
  const judging = memberships.filter((m) => can(m.role, "unit.approve")).map((m) => m.workspaceId);
  // Open, and (in double review) not yet reviewed by the caller: a submitted review waits for the other.
  const mine = {
    status: { in: ["OPEN" as const, "IN_REVIEW" as const] },
    // An archived document's claims leave the queue (they come back when it is unarchived).
    document: { workspaceId: { in: workspaceIds }, archivedAt: null },
    reviews: { none: { reviewerId: userId, submittedAt: { not: null } } },
  };
  const [first, second, adjudications, edited] = await Promise.all([
    db.unit.findMany({ where: { ...mine, assigneeId: userId }, select: { ...UNIT, assignedAt: true } }),
    db.unit.findMany({ where: { ...mine, secondAssigneeId: userId }, select: { ...UNIT, secondAssignedAt: true } }),
    judging.length
      ? db.unit.findMany({
          where: { status: "NEEDS_ADJUDICATION", document: { workspaceId: { in: judging }, archivedAt: null } },
          orderBy: { updatedAt: "asc" },
          select: { ...UNIT, reviews: { include: { reviewer: { select: { name: true } } }, orderBy: { submittedAt: "asc" } } },
        })
      : [],
    editedClaimsFor(userId, workspaceIds),
  ]);
  const item = (u: {
    id: string;
    documentId: string;
    quoteExact: string;
    text: string | null;
    status: QueueItemView["status"];
    document: { title: string; workspaceId: string };
  }) => ({
    unitId: u.id,
    documentId: u.documentId,
    documentTitle: u.document.title,
    workspaceId: u.document.workspaceId,
    text: u.text ?? u.quoteExact,
    status: u.status,
  });
  const units: QueueItemView[] = [
    ...first.map((u) => ({ ...item(u), assignedAt: u.assignedAt?.toISOString() ?? null, slot: "first" as const })),
    ...second.map((u) => ({ ...item(u), assignedAt: u.secondAssignedAt?.toISOString() ?? null, slot: "second" as const })),
  ].sort((a, b) => (a.assignedAt ?? "").localeCompare(b.assignedAt ?? "") || a.unitId.localeCompare(b.unitId));
  const judged: AdjudicationView[] = adjudications.map((u) => ({ ...item(u), version: u.version, reviews: u.reviews.map(toReviewView) }));
  return { units, adjudications: judged, edited, counts: { open: units.length, adjudications: judged.length } };
});
