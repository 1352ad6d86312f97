import "server-only";
import { ZArchiveDocumentInput } from "@/lib/validation/document";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireDocumentAccess } from "../guards";
import { defineUseCase } from "../use-case";

/**
 * Archive a document (hidden from the documents list, the dashboard and search unless asked for;
 * nothing of it is removed) or bring it back. Documents carry no version: archiving twice leaves
 * the first date and writes no second Activity row.
 */
export const archiveDocument = defineUseCase(ZArchiveDocumentInput, ({ userId, input: { documentId, archived } }) =>
  db.$transaction(async (tx) => {
    const { workspaceId } = await requireDocumentAccess(tx, userId, documentId, "document.archive");
    const before = await tx.document.findUniqueOrThrow({ where: { id: documentId }, select: { title: true, archivedAt: true } });
    if ((before.archivedAt !== null) === archived) return { id: documentId, archivedAt: before.archivedAt?.toISOString() ?? null };
    const after = await tx.document.update({ where: { id: documentId }, data: { archivedAt: archived ? new Date() : null }, select: { archivedAt: true } });
    await recordChange(tx, {
      workspaceId,
      actorId: userId,
      action: archived ? "document.archive" : "document.unarchive",
      entityType: "document",
      entityId: documentId,
      documentId,
      before: { title: before.title, archivedAt: before.archivedAt?.toISOString() ?? null },
      after: { title: before.title, archivedAt: after.archivedAt?.toISOString() ?? null },
    });
    return { id: documentId, archivedAt: after.archivedAt?.toISOString() ?? null };
  }),
);
