import "server-only";
import type { Role } from "@/lib/domain/vocabulary";
import type { DocumentView } from "@/lib/domain/views";
import { ZDocumentRef } from "@/lib/validation/document";
import { db, type DbTx } from "../db";
import { requireDocumentAccess } from "../guards";
import { defineUseCase } from "../use-case";
import { toDocumentView, UNIT_COUNTS } from "../view-mappers";

/** A document with its units and relations, for a member of its workspace (else NOT_FOUND), and the caller's role. */
export const getDocument = defineUseCase(ZDocumentRef, async ({ userId, input: { documentId } }): Promise<{ document: DocumentView; role: Role }> => {
  const { role } = await requireDocumentAccess(db, userId, documentId, "workspace.read");
  return { document: await loadDocumentView(db, documentId), role };
});

/** The document view of a document the caller's guard has already let them read. */
export async function loadDocumentView(tx: DbTx, documentId: string): Promise<DocumentView> {
  const document = await tx.document.findUniqueOrThrow({
    where: { id: documentId },
    include: {
      workspace: { select: { id: true, name: true, slug: true } },
      units: { orderBy: [{ start: "asc" }, { end: "asc" }], include: UNIT_COUNTS },
      relations: { orderBy: { createdAt: "asc" } },
    },
  });
  return toDocumentView(document);
}
