import "server-only";
import { AppError } from "@/lib/domain/errors";
import { ZDocumentRef } from "@/lib/validation/document";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireDocumentAccess } from "../guards";
import { defineUseCase } from "../use-case";

/**
 * Withdraw a document's report (editors and owners): its URL answers 410 Gone from now on. Every
 * version is kept, so republishing continues the numbering. Unpublishing twice changes nothing.
 */
export const unpublishDocument = defineUseCase(ZDocumentRef, ({ userId, input: { documentId } }) =>
  db.$transaction(async (tx) => {
    const { workspaceId } = await requireDocumentAccess(tx, userId, documentId, "document.publish");
    const publication = await tx.publication.findUnique({ where: { documentId }, include: { document: { select: { title: true } } } });
    if (!publication) throw new AppError("CONFLICT", "This document has no published report to withdraw.");
    if (publication.unpublishedAt)
      return { slug: publication.slug, version: publication.currentVersion, unpublishedAt: publication.unpublishedAt.toISOString() };
    const { unpublishedAt } = await tx.publication.update({ where: { id: publication.id }, data: { unpublishedAt: new Date() } });
    await recordChange(tx, {
      workspaceId,
      actorId: userId,
      action: "document.unpublish",
      entityType: "document",
      entityId: documentId,
      documentId,
      before: { title: publication.document.title, version: publication.currentVersion },
      after: { title: publication.document.title, unpublishedAt: unpublishedAt!.toISOString() },
    });
    return { slug: publication.slug, version: publication.currentVersion, unpublishedAt: unpublishedAt!.toISOString() };
  }),
);
