import "server-only";
import { can } from "@/lib/domain/policy";
import type { SearchHitView } from "@/lib/domain/views";
import { ZSearchInput } from "@/lib/validation/source";
import { db } from "../db";
import { defineUseCase } from "../use-case";

const LIMIT = 30;

/**
 * Full-text search (GIN-indexed to_tsvector('simple', …)) over document titles and units in
 * every workspace of the caller. Each word matches as a prefix, so "Washingt" finds Washington.
 */
export const searchWorkspace = defineUseCase(ZSearchInput, async ({ userId, input: { q: query } }): Promise<SearchHitView[]> => {
  // Only letters and digits reach to_tsquery: no tsquery syntax from the user.
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return [];
  const tsquery = words.map((w) => `${w.toLowerCase()}:*`).join(" & ");
  const memberships = await db.membership.findMany({ where: { userId }, select: { workspaceId: true, role: true } });
  const workspaces = memberships.filter((m) => can(m.role, "workspace.read")).map((m) => m.workspaceId);
  if (workspaces.length === 0) return [];
  return db.$queryRaw<SearchHitView[]>`
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
    LIMIT ${LIMIT}`;
});
