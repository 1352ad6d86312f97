import "server-only";
import { ZDeleteDocumentInput } from "@/lib/validation/document";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireDocumentAccess } from "../guards";
import { defineUseCase } from "../use-case";

/**
 * Delete a document for good: its units, relations, evidence links, comments, reviews, map layout
 * and presence go with it (ON DELETE CASCADE), and its notifications are removed (they would point
 * at nothing). Sources stay (they are the workspace's). The Activity row is the workspace's
 * (documentId null, title in `before`), so the feed still says who deleted what; the document's
 * earlier rows stay in the audit trail too (Activity has no foreign key to Document).
 */
export const deleteDocument = defineUseCase(ZDeleteDocumentInput, ({ userId, input: { documentId } }) =>
  db.$transaction(async (tx) => {
    const { workspaceId } = await requireDocumentAccess(tx, userId, documentId, "document.delete");
    const doc = await tx.document.findUniqueOrThrow({
      where: { id: documentId },
      select: { title: true, sourceUrl: true, textSha256: true, archivedAt: true, _count: { select: { units: true } } },
    });
    await tx.notification.deleteMany({ where: { OR: [{ documentId }, { unit: { documentId } }] } });
    await tx.document.delete({ where: { id: documentId } });
    await recordChange(tx, {
      workspaceId,
      actorId: userId,
      action: "document.delete",
      entityType: "document",
      entityId: documentId,
      documentId: null,
      before: { title: doc.title, sourceUrl: doc.sourceUrl, textSha256: doc.textSha256, units: doc._count.units, archived: doc.archivedAt !== null },
    });
    return { id: documentId };
  }),
);
