import "server-only";
import { agreementOf, type DoubleRating } from "@/lib/domain/agreement";
import type { AgreementView } from "@/lib/domain/views";
import { ZDocumentRef } from "@/lib/validation/document";
import { db } from "../db";
import { requireDocumentAccess } from "../guards";
import { defineUseCase } from "../use-case";

/**
 * How often a document's two reviewers agreed: percent agreement and Cohen's kappa over its
 * double-reviewed claims (both assigned reviewers submitted), overall and per reviewer pair.
 * Only settled numbers: verdicts still hidden from a reviewer are never in them.
 */
export const getAgreement = defineUseCase(ZDocumentRef, async ({ userId, input: { documentId } }): Promise<AgreementView> => {
  await requireDocumentAccess(db, userId, documentId, "workspace.read");
  const units = await db.unit.findMany({
    where: { documentId, assigneeId: { not: null }, secondAssigneeId: { not: null } },
    select: { assigneeId: true, secondAssigneeId: true, reviews: { where: { submittedAt: { not: null } }, select: { reviewerId: true, verdict: true } } },
  });
  const items: DoubleRating[] = units.flatMap((u) => {
    const first = u.reviews.find((r) => r.reviewerId === u.assigneeId);
    const second = u.reviews.find((r) => r.reviewerId === u.secondAssigneeId);
    return first && second ? [{ first, second }] : [];
  });
  const result = agreementOf(items);
  const people = await db.user.findMany({ where: { id: { in: [...new Set(result.pairs.flatMap((p) => p.reviewerIds))] } }, select: { id: true, name: true } });
  const name = new Map(people.map((p) => [p.id, p.name]));
  return {
    doubleReviewed: result.items,
    agreed: result.agreed,
    percentAgreement: result.percentAgreement,
    kappa: result.kappa,
    pairs: result.pairs.map((p) => ({
      reviewers: p.reviewerIds.map((id) => ({ id, name: name.get(id) ?? "A former member" })),
      items: p.items,
      percentAgreement: p.percentAgreement,
      kappa: p.kappa,
    })),
  };
});
