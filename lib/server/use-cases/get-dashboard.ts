import "server-only";
import { agreementOf, type DoubleRating } from "@/lib/domain/agreement";
import type { Verdict } from "@/lib/domain/vocabulary";
import { db } from "../db";
import { listDocuments } from "./list-documents";

/**
 * Verdict counts per document and per workspace, for the dashboard chart, and the reviewers'
 * agreement (percent and Cohen's kappa) over each workspace's double-reviewed claims.
 */
export async function getDashboard({ userId }: { userId: string }) {
  const workspaces = await listDocuments({ userId });
  const ratings = await doubleRatings(workspaces.flatMap((w) => w.documents.map((d) => d.id)));
  return workspaces.map(({ workspace, documents }) => {
    const totals: Partial<Record<Verdict, number>> = {};
    for (const d of documents) for (const [v, n] of Object.entries(d.verdicts) as [Verdict, number][]) totals[v] = (totals[v] ?? 0) + n;
    const items = documents.flatMap((d) => ratings.get(d.id) ?? []);
    const { percentAgreement, kappa } = agreementOf(items);
    return {
      workspace,
      totals,
      agreement: { doubleReviewed: items.length, percentAgreement, kappa },
      documents: documents.map((d) => ({ id: d.id, title: d.title, verdicts: d.verdicts, statuses: d.statuses })),
    };
  });
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
