import "server-only";
import type { SimilarClaimView } from "@/lib/domain/views";
import { ZUnitRef } from "@/lib/validation/unit";
import { db } from "../db";
import { requireUnitAccess } from "../guards";
import { defineUseCase } from "../use-case";

/**
 * Trigram similarity (pg_trgm) between a unit's words and the reviewed units of OTHER
 * documents in the same workspace. 0.3 is pg_trgm's default `%` threshold: below it, matches
 * were mostly shared boilerplate; quotes of the same statement score well above it.
 */
export const SIMILAR_CLAIM_THRESHOLD = 0.3;
const LIMIT = 5;

export const findSimilarClaims = defineUseCase(ZUnitRef, async ({ userId, input: { unitId } }): Promise<SimilarClaimView[]> => {
  const { unit, workspaceId } = await requireUnitAccess(db, userId, unitId, "workspace.read");
  const rows = await db.$queryRaw<Omit<SimilarClaimView, "sources">[]>`
    SELECT u.id, u."documentId", d.title AS "documentTitle", u."quoteExact" AS exact, u.verdict::text AS verdict,
           u.rationale, similarity(u."quoteExact", ${unit.quoteExact})::float8 AS score
    FROM "Unit" u JOIN "Document" d ON d.id = u."documentId"
    WHERE d."workspaceId" = ${workspaceId} AND u."documentId" <> ${unit.documentId}
      AND u.verdict <> 'UNREVIEWED' AND u."quoteExact" % ${unit.quoteExact}
      AND similarity(u."quoteExact", ${unit.quoteExact}) >= ${SIMILAR_CLAIM_THRESHOLD}
    ORDER BY score DESC, u."updatedAt" DESC
    LIMIT ${LIMIT}`;
  const evidence = await db.evidence.findMany({
    where: { unitId: { in: rows.map((r) => r.id) } },
    select: { unitId: true, stance: true, source: { select: { id: true, title: true, url: true } } },
  });
  return rows.map((r) => ({
    ...r,
    sources: evidence.filter((e) => e.unitId === r.id).map((e) => ({ ...e.source, stance: e.stance })),
  }));
});
