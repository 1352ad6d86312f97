import "server-only";
import { agreementOf, type DoubleRating } from "@/lib/domain/agreement";
import { percentReviewed, reviewedCount, sortDocuments, type DashboardSort } from "@/lib/domain/dashboard";
import { can } from "@/lib/domain/policy";
import type { DashboardDocumentView, ReviewerWorkloadView } from "@/lib/domain/views";
import type { Verdict } from "@/lib/domain/vocabulary";
import { DONE_STATUSES, OPEN_STATUSES } from "@/lib/domain/workflow";
import { db } from "../db";
import { listDocuments } from "./list-documents";

export interface DashboardOptions {
  userId: string;
  /** Archived documents too (the "Show archived" toggle); they are left out by default. */
  includeArchived?: boolean;
  sort?: DashboardSort;
}

/**
 * Per workspace: verdict totals, each document's share of claims reviewed (sorted, least reviewed
 * first by default), each reviewer's assigned open and done claims, and the reviewers' agreement
 * (percent and Cohen's kappa) over the double-reviewed claims.
 */
export async function getDashboard({ userId, includeArchived = false, sort = "progress" }: DashboardOptions) {
  const workspaces = await listDocuments({ userId, includeArchived });
  const documentIds = workspaces.flatMap((w) => w.documents.map((d) => d.id));
  const [ratings, workload] = await Promise.all([
    doubleRatings(documentIds),
    reviewerWorkload(
      workspaces.map((w) => w.workspace.id),
      documentIds,
    ),
  ]);
  return workspaces.map(({ workspace, documents, role }) => {
    const totals: Partial<Record<Verdict, number>> = {};
    for (const d of documents) for (const [v, n] of Object.entries(d.verdicts) as [Verdict, number][]) totals[v] = (totals[v] ?? 0) + n;
    const items = documents.flatMap((d) => ratings.get(d.id) ?? []);
    const { percentAgreement, kappa } = agreementOf(items);
    const rows: DashboardDocumentView[] = documents.map((d) => {
      const { reviewed, total } = reviewedCount(d.verdicts);
      const { id, title, createdAt, archivedAt, verdicts, statuses } = d;
      return { id, title, createdAt, archivedAt, verdicts, statuses, reviewed, claims: total, percentReviewed: percentReviewed(d.verdicts) };
    });
    return {
      workspace,
      role,
      totals,
      agreement: { doubleReviewed: items.length, percentAgreement, kappa },
      documents: sortDocuments(rows, sort),
      workload: workload.get(workspace.id) ?? [],
    };
  });
}

/**
 * Every member who may review, with the claims assigned to them (as first or second reviewer) in
 * these documents, open and done; busiest first. Members with nothing assigned show zeros.
 */
async function reviewerWorkload(workspaceIds: string[], documentIds: string[]): Promise<Map<string, ReviewerWorkloadView[]>> {
  const [members, counts] = await Promise.all([
    db.membership.findMany({
      where: { workspaceId: { in: workspaceIds } },
      select: { workspaceId: true, role: true, user: { select: { id: true, name: true } } },
    }),
    db.$queryRaw<{ workspaceId: string; userId: string; open: number; done: number }[]>`
      SELECT d."workspaceId", r."userId",
             count(*) FILTER (WHERE u.status::text = ANY(${[...OPEN_STATUSES]}))::int AS open,
             count(*) FILTER (WHERE u.status::text = ANY(${[...DONE_STATUSES]}))::int AS done
      FROM "Unit" u JOIN "Document" d ON d.id = u."documentId"
      CROSS JOIN LATERAL (VALUES (u."assigneeId"), (u."secondAssigneeId")) AS r("userId")
      WHERE u."documentId" = ANY(${documentIds}) AND r."userId" IS NOT NULL
      GROUP BY d."workspaceId", r."userId"`,
  ]);
  const key = (workspaceId: string, userId: string) => `${workspaceId}/${userId}`;
  const byKey = new Map(counts.map((c) => [key(c.workspaceId, c.userId), c]));
  const result = new Map<string, ReviewerWorkloadView[]>();
  for (const m of members) {
    const c = byKey.get(key(m.workspaceId, m.user.id));
    if (!c && !can(m.role, "unit.review")) continue;
    const list = result.get(m.workspaceId) ?? [];
    list.push({ userId: m.user.id, name: m.user.name, open: c?.open ?? 0, done: c?.done ?? 0 });
    result.set(m.workspaceId, list);
  }
  for (const list of result.values()) list.sort((a, b) => b.open - a.open || b.done - a.done || a.name.localeCompare(b.name));
  return result;
}

/** Both submitted verdicts of every double-reviewed claim of these documents, by document. */
async function doubleRatings(documentIds: string[]): Promise<Map<string, DoubleRating[]>> {
  const units = await db.unit.findMany({
    where: { documentId: { in: documentIds }, assigneeId: { not: null }, secondAssigneeId: { not: null } },
    select: {
      documentId: true,
      assigneeId: true,
      secondAssigneeId: true,
      reviews: { where: { submittedAt: { not: null } }, select: { reviewerId: true, verdict: true } },
    },
  });
  const byDocument = new Map<string, DoubleRating[]>();
  for (const u of units) {
    const first = u.reviews.find((r) => r.reviewerId === u.assigneeId);
    const second = u.reviews.find((r) => r.reviewerId === u.secondAssigneeId);
    if (first && second) byDocument.set(u.documentId, [...(byDocument.get(u.documentId) ?? []), { first, second }]);
  }
  return byDocument;
}
