import "server-only";
import { approvalInUse } from "@/lib/domain/report";
import type { ReportSnapshot } from "@/lib/domain/report";
import { ZPublishDocumentInput } from "@/lib/validation/publication";
import { actionBaseUrl } from "../base-url";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireDocumentAccess } from "../guards";
import { newReportSlug, reportUrl, snapshotDocument } from "../publications";
import { defineUseCase } from "../use-case";

export interface PublishResult {
  url: string;
  slug: string;
  version: number;
}

/**
 * Publish (or republish) a document's report: freeze its reviewed claims as the next version at
 * its unguessable /r/<slug> (editors and owners). The first publish makes the slug; republishing,
 * also after an unpublish, keeps it and adds a version, so the page can say what changed.
 * `onlyApproved` defaults to true when the document's claims go through approval.
 */
export const publishDocument = defineUseCase(
  ZPublishDocumentInput,
  async ({ userId, input: { documentId, onlyApproved, showReviewers } }, options: { baseUrl?: string } = {}): Promise<PublishResult> => {
    const { workspaceId } = await requireDocumentAccess(db, userId, documentId, "document.publish");
    const statuses = await db.unit.findMany({ where: { documentId }, select: { status: true }, distinct: ["status"] });
    const chosen = { onlyApproved: onlyApproved ?? approvalInUse(statuses.map((s) => s.status)), showReviewers };
    // Default: the origin of the server action's request (WARRANT_PUBLIC_URL first).
    const baseUrl = options.baseUrl ?? (await actionBaseUrl());
    // Built (and laid out) before the transaction: a write never waits on the map's layout.
    const snapshot: ReportSnapshot = await snapshotDocument(documentId, chosen);
    return db.$transaction(async (tx) => {
      await requireDocumentAccess(tx, userId, documentId, "document.publish");
      const existing = await tx.publication.findUnique({ where: { documentId }, select: { id: true } });
      // The increment takes the row's lock: two publishes at once get versions n and n+1.
      const publication = existing
        ? await tx.publication.update({ where: { id: existing.id }, data: { currentVersion: { increment: 1 }, unpublishedAt: null } })
        : await tx.publication.create({ data: { workspaceId, documentId, slug: newReportSlug(), currentVersion: 1 } });
      const version = publication.currentVersion;
      await tx.publicationVersion.create({
        data: { publicationId: publication.id, version, snapshot: snapshot as object, ...chosen, publishedById: userId },
      });
      await recordChange(tx, {
        workspaceId,
        actorId: userId,
        action: "document.publish",
        entityType: "document",
        entityId: documentId,
        documentId,
        after: { title: snapshot.document.title, version, claims: snapshot.claims.length, ...chosen },
      });
      return { url: reportUrl(baseUrl, publication.slug), slug: publication.slug, version };
    });
  },
);
