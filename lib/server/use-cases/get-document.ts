import "server-only";
import type { Role } from "@/lib/domain/vocabulary";
import type { DocumentView } from "@/lib/domain/views";
import { ZDocumentRef } from "@/lib/validation/document";
import { db, type DbTx } from "../db";
import { requireDocumentAccess } from "../guards";
import { defineUseCase } from "../use-case";
import { toDocumentView, UNIT_COUNTS, unitIncludeFor } from "../view-mappers";

/** A document with its units and relations, for a member of its workspace (else NOT_FOUND), and the caller's role. */
export const getDocument = defineUseCase(ZDocumentRef, async ({ userId, input: { documentId } }): Promise<{ document: DocumentView; role: Role }> => {
  const { role } = await requireDocumentAccess(db, userId, documentId, "workspace.read");
  // Read before the document: a change committed in between is both in the view and replayed (harmless).
  const last = await db.activity.findFirst({ where: { documentId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
  return { document: { ...(await loadDocumentView(db, documentId, userId)), lastActivityId: last?.id ?? null }, role };
});

/** The document view of a document the caller's guard has already let them read (`viewerId`: with their own reviews). */
export async function loadDocumentView(tx: DbTx, documentId: string, viewerId?: string): Promise<DocumentView> {
  const document = await tx.document.findUniqueOrThrow({
    where: { id: documentId },
    include: {
      workspace: { select: { id: true, name: true, slug: true, assignedOnly: true } },
      units: { orderBy: [{ start: "asc" }, { end: "asc" }], include: viewerId ? unitIncludeFor(viewerId) : UNIT_COUNTS },
      relations: { orderBy: { createdAt: "asc" } },
    },
  });
  return toDocumentView(document);
}
