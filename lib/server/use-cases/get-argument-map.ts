import "server-only";
import { buildArgumentMap, type ArgumentMap, type MapSource } from "@/lib/domain/argument-map";
import { readPositions, type Positions } from "@/lib/domain/map-layout";
import type { Role } from "@/lib/domain/vocabulary";
import type { DocumentView } from "@/lib/domain/views";
import { ZDocumentRef } from "@/lib/validation/document";
import { ARGUMENT_INCLUDE, toArgumentRelationView, toArgumentView } from "../arguments";
import { db } from "../db";
import { requireDocumentAccess } from "../guards";
import { defineUseCase } from "../use-case";
import { toSourceView } from "../view-mappers";
import { loadDocumentView } from "./get-document";

export interface ArgumentMapView {
  document: DocumentView;
  map: ArgumentMap;
  sourcesByUnit: Record<string, MapSource[]>;
  positions: Positions;
  role: Role;
}

/**
 * The argument map of a document for a member of its workspace (else NOT_FOUND): the shared
 * ArgumentMap model, the document view it was built from, and the positions users dragged.
 */
export const getArgumentMap = defineUseCase(ZDocumentRef, async ({ userId, input: { documentId } }): Promise<ArgumentMapView> => {
  const { role } = await requireDocumentAccess(db, userId, documentId, "workspace.read");
  return { ...(await loadArgumentMap(documentId)), role };
});

/** The map of a document the caller's guard has already let them read. */
export async function loadArgumentMap(documentId: string) {
  const [document, evidence, layout, args, argRelations] = await Promise.all([
    loadDocumentView(db, documentId),
    db.evidence.findMany({ where: { unit: { documentId } }, include: { source: true }, orderBy: { createdAt: "asc" } }),
    db.documentMapLayout.findUnique({ where: { documentId } }),
    db.argument.findMany({ where: { documentId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: ARGUMENT_INCLUDE }),
    db.argumentRelation.findMany({ where: { documentId }, orderBy: { createdAt: "asc" } }),
  ]);
  const sourcesByUnit: Record<string, MapSource[]> = {};
  for (const e of evidence) {
    (sourcesByUnit[e.unitId] ??= []).push({ ...toSourceView(e.source), stance: e.stance, excerpt: e.excerpt });
  }
  return {
    document,
    map: buildArgumentMap(document, sourcesByUnit, { arguments: args.map(toArgumentView), relations: argRelations.map(toArgumentRelationView) }),
    sourcesByUnit,
    positions: readPositions(layout?.positions),
  };
}
