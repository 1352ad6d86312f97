import "server-only";
import type { AnchoredRelation, RelationMove } from "@/lib/domain/relation-anchors";
import type { Span } from "@/lib/domain/segmentation";
import type { RelationView } from "@/lib/domain/views";
import type { DbTx } from "./db";
import { toRelationView } from "./view-mappers";

// The storage side of lib/domain/relation-anchors.ts: read the relations of units with their
// anchors, write the domain's plan back. Callers hold the units' rows locked in their transaction.

const span = (start: number | null, end: number | null): Span | null => (start !== null && end !== null ? { start, end } : null);

/** Every relation with an end at one of the units, with its anchors. */
export async function relationsOf(tx: DbTx, unitIds: string[]): Promise<AnchoredRelation[]> {
  const rows = await tx.relation.findMany({
    where: { OR: [{ fromId: { in: unitIds } }, { toId: { in: unitIds } }] },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => ({
    id: r.id,
    fromId: r.fromId,
    toId: r.toId,
    type: r.type,
    fromAnchor: span(r.fromAnchorStart, r.fromAnchorEnd),
    toAnchor: span(r.toAnchorStart, r.toAnchorEnd),
  }));
}

/** Re-point relations in place (ids kept, so the map's layout and undo still know them). */
export async function applyRelationMoves(tx: DbTx, moves: readonly RelationMove[]): Promise<void> {
  for (const m of moves) {
    await tx.relation.update({
      where: { id: m.id },
      data: {
        fromId: m.fromId,
        toId: m.toId,
        fromAnchorStart: m.fromAnchor?.start ?? null,
        fromAnchorEnd: m.fromAnchor?.end ?? null,
        toAnchorStart: m.toAnchor?.start ?? null,
        toAnchorEnd: m.toAnchor?.end ?? null,
      },
    });
  }
}

/** The document's relations after a re-segmentation, for the workbench to show at once. */
export async function documentRelations(tx: DbTx, documentId: string): Promise<RelationView[]> {
  const rows = await tx.relation.findMany({ where: { documentId }, orderBy: { createdAt: "asc" } });
  return rows.map(toRelationView);
}
