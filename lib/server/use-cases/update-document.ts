import "server-only";
import { ZUpdateDocumentInput } from "@/lib/validation/document";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireDocumentAccess } from "../guards";
import { defineUseCase } from "../use-case";

/** Change a document's review settings (double review); editors and owners ("document.manage"). */
export const updateDocument = defineUseCase(ZUpdateDocumentInput, ({ userId, input: { documentId, doubleReview } }) =>
  db.$transaction(async (tx) => {
    const { workspaceId } = await requireDocumentAccess(tx, userId, documentId, "document.manage");
    const before = await tx.document.findUniqueOrThrow({ where: { id: documentId }, select: { doubleReview: true } });
    const after = await tx.document.update({ where: { id: documentId }, data: { doubleReview }, select: { id: true, doubleReview: true } });
    if (before.doubleReview !== after.doubleReview) {
      await recordChange(tx, {
        workspaceId,
        actorId: userId,
        action: "document.settings",
        entityType: "document",
        entityId: documentId,
        documentId,
        before,
        after: { doubleReview: after.doubleReview },
      });
    }
    return after;
  }),
);
