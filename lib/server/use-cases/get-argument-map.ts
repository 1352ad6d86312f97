import "server-only";
import { buildArgumentMap, type MapSource } from "@/lib/domain/argument-map";
import { readPositions } from "@/lib/domain/map-layout";
import { db } from "../db";
import { requireDocumentAccess } from "../guards";
import { toDocumentView } from "../views";

/**
 * The argument map of a document for a member of its workspace (else NOT_FOUND): the shared
 * ArgumentMap model, the document view it was built from, and the positions users dragged.
 */
export async function getArgumentMap({ userId, documentId }: { userId: string; documentId: string }) {
  const { role } = await requireDocumentAccess(db, userId, String(documentId), "workspace.read");
  const [document, evidence, layout] = await Promise.all([
    db.document.findUniqueOrThrow({
      where: { id: documentId },
      include: {
        workspace: { select: { id: true, name: true, slug: true } },
        units: { orderBy: [{ start: "asc" }, { end: "asc" }] },
        relations: { orderBy: { createdAt: "asc" } },
      },
    }),
    db.evidence.findMany({ where: { unit: { documentId } }, include: { source: true }, orderBy: { createdAt: "asc" } }),
    db.documentMapLayout.findUnique({ where: { documentId } }),
  ]);
  const sourcesByUnit: Record<string, MapSource[]> = {};
  for (const e of evidence) {
    (sourcesByUnit[e.unitId] ??= []).push({
      id: e.source.id,
      url: e.source.url,
      title: e.source.title,
      publisher: e.source.publisher,
      publishedAt: e.source.publishedAt?.toISOString().slice(0, 10) ?? null,
      accessedAt: e.source.accessedAt?.toISOString() ?? null,
      stance: e.stance,
      excerpt: e.excerpt,
    });
  }
  const view = toDocumentView(document);
  return { document: view, map: buildArgumentMap(view, sourcesByUnit), sourcesByUnit, positions: readPositions(layout?.positions), role };
}
