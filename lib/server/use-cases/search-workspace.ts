import "server-only";
import { ZSearchInput } from "@/lib/validation/source";
import { db } from "../db";

export interface SearchHit {
  kind: "document" | "unit";
  documentId: string;
  documentTitle: string;
  unitId: string | null;
  text: string;
  verdict: string | null;
  rank: number;
}

/**
 * Full-text search (GIN-indexed to_tsvector('simple', …)) over document titles and units in
 * every workspace of the caller. Each word matches as a prefix, so "Washingt" finds Washington.
 */
export async function searchWorkspace({ userId, q, limit = 30 }: { userId: string; q: string; limit?: number }): Promise<SearchHit[]> {
  const { q: query } = ZSearchInput.parse({ q });
  // Only letters and digits reach to_tsquery: no tsquery syntax from the user.
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return [];
  const tsquery = words.map((w) => `${w.toLowerCase()}:*`).join(" & ");
  const workspaces = (await db.membership.findMany({ where: { userId }, select: { workspaceId: true } })).map((m) => m.workspaceId);
  if (workspaces.length === 0) return [];
  return db.$queryRaw<SearchHit[]>`
    (SELECT 'document' AS kind, d.id AS "documentId", d.title AS "documentTitle", NULL AS "unitId", d.title AS text,
            NULL AS verdict, (ts_rank(to_tsvector('simple', d.title), to_tsquery('simple', ${tsquery})) + 1)::float8 AS rank
     FROM "Document" d
     WHERE d."workspaceId" = ANY(${workspaces}) AND to_tsvector('simple', d.title) @@ to_tsquery('simple', ${tsquery}))
    UNION ALL
    (SELECT 'unit', u."documentId", d.title, u.id, coalesce(u."text", u."quoteExact"), u.verdict::text,
            ts_rank(to_tsvector('simple', coalesce(u."text", u."quoteExact")), to_tsquery('simple', ${tsquery}))::float8
     FROM "Unit" u JOIN "Document" d ON d.id = u."documentId"
     WHERE d."workspaceId" = ANY(${workspaces})
       AND to_tsvector('simple', coalesce(u."text", u."quoteExact")) @@ to_tsquery('simple', ${tsquery}))
    ORDER BY rank DESC
    LIMIT ${limit}`;
}
