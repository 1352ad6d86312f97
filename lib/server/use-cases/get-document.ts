import "server-only";
import { db } from "../db";
import { requireDocumentAccess } from "../guards";
import { UNIT_COUNTS } from "../views";

/** A document with its units and relations, for a member of its workspace (else NOT_FOUND). */
export async function getDocument({ userId, documentId }: { userId: string; documentId: string }) {
  const { role } = await requireDocumentAccess(db, userId, documentId, "workspace.read");
  const document = await db.document.findUniqueOrThrow({
    where: { id: documentId },
    include: {
      workspace: { select: { id: true, name: true, slug: true } },
      units: { orderBy: [{ start: "asc" }, { end: "asc" }], include: UNIT_COUNTS },
      relations: { orderBy: { createdAt: "asc" } },
    },
  });
  return { document, role };
}
