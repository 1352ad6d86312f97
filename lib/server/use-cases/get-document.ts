import "server-only";
import type { Unit, UnitReview } from "@/generated/prisma/client";
import type { Role } from "@/lib/domain/vocabulary";
import type { DocumentView } from "@/lib/domain/views";
import { ZDocumentRef } from "@/lib/validation/document";
import { db, type DbTx } from "../db";
import { requireDocumentAccess } from "../guards";
import { defineUseCase } from "../use-case";
import { toDocumentView, type UnitRow } from "../view-mappers";

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
      relations: { orderBy: { createdAt: "asc" } },
    },
  });
  return toDocumentView({ ...document, units: await unitRows(tx, documentId, viewerId) });
}

/**
 * A document's units with their counts and the viewer's own review, in one query. Prisma's include
 * of the same (counts and a filtered relation) cost ~10× the query's time in its client runtime
 * for 500 units (bench/README.md); the rows are mapped by the same toUnitView.
 */
async function unitRows(tx: DbTx, documentId: string, viewerId?: string): Promise<UnitRow[]> {
  const rows = await tx.$queryRaw<(Unit & { evidenceCount: number; openComments: number; myReview: UnitReview | null })[]>`
    SELECT u.*,
      (SELECT count(*)::int FROM "Evidence" e WHERE e."unitId" = u.id) AS "evidenceCount",
      (SELECT count(*)::int FROM "Comment" c WHERE c."unitId" = u.id AND c."resolvedAt" IS NULL) AS "openComments",
      (SELECT to_jsonb(r) FROM "UnitReview" r WHERE r."unitId" = u.id AND r."reviewerId" = ${viewerId ?? null}) AS "myReview"
    FROM "Unit" u
    WHERE u."documentId" = ${documentId}
    ORDER BY u.start ASC, u."end" ASC`;
  return rows.map(({ evidenceCount, openComments, myReview, ...unit }) => ({
    ...unit,
    _count: { evidence: evidenceCount, comments: openComments },
    reviews: myReview ? [{ ...myReview, submittedAt: myReview.submittedAt ? new Date(myReview.submittedAt) : null }] : [],
  }));
}
