import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { can } from "@/lib/domain/policy";
import { groupSearchRows, MAX_SIMILAR, queryWords, SEARCH_PAGE_SIZE, type SearchRow } from "@/lib/domain/search";
import type { SearchPageView } from "@/lib/domain/views";
import { ZSearchInput } from "@/lib/validation/search";
import { db } from "../db";
import { defineUseCase } from "../use-case";

/**
 * Full-text search (GIN-indexed to_tsvector('simple', …)) over document titles and units in
 * every workspace of the caller. Each word matches as a prefix, so "Washingt" finds Washington.
 * Near-duplicates (the same words after lower-casing and dropping punctuation, e.g. one quote in
 * several documents) are one result; `total` counts results, by a count query of its own.
 */
export const searchWorkspace = defineUseCase(ZSearchInput, async ({ userId, input }): Promise<SearchPageView> => {
  const { page, document, verdict, kind, archived } = input;
  const empty: SearchPageView = { total: 0, page, pageSize: SEARCH_PAGE_SIZE, pageCount: 0, results: [] };
  // Only letters and digits reach to_tsquery: no tsquery syntax from the user.
  const words = queryWords(input.q);
  if (words.length === 0) return empty;
  const tsquery = words.map((w) => `${w}:*`).join(" & ");
  const memberships = await db.membership.findMany({ where: { userId }, select: { workspaceId: true, role: true } });
  const workspaces = memberships.filter((m) => can(m.role, "workspace.read")).map((m) => m.workspaceId);
  if (workspaces.length === 0) return empty;

  const documentScope = Prisma.sql`d."workspaceId" = ANY(${workspaces})
    ${archived ? Prisma.empty : Prisma.sql`AND d."archivedAt" IS NULL`}
    ${document ? Prisma.sql`AND d.id = ${document}` : Prisma.empty}`;
  const unitFilters = Prisma.sql`${verdict ? Prisma.sql`AND u.verdict::text = ${verdict}` : Prisma.empty}
    ${kind ? Prisma.sql`AND u.kind::text = ${kind}` : Prisma.empty}`;
  // Titles have no verdict or kind: a verdict or kind filter leaves only units.
  const titles = verdict || kind ? Prisma.sql`AND false` : Prisma.empty;
  const hits = Prisma.sql`
    SELECT 'document' AS kind, d.id AS "documentId", d.title AS "documentTitle", NULL AS "unitId", NULL AS "unitKind", d.title AS text,
           NULL AS verdict, (ts_rank(to_tsvector('simple', d.title), to_tsquery('simple', ${tsquery})) + 1)::float8 AS rank,
           'd:' || ${normalised(Prisma.sql`d.title`)} AS "groupKey"
    FROM "Document" d
    WHERE ${documentScope} ${titles} AND to_tsvector('simple', d.title) @@ to_tsquery('simple', ${tsquery})
    UNION ALL
    SELECT 'unit', u."documentId", d.title, u.id, u.kind::text, coalesce(u."text", u."quoteExact"), u.verdict::text,
           ts_rank(to_tsvector('simple', coalesce(u."text", u."quoteExact")), to_tsquery('simple', ${tsquery}))::float8,
           'u:' || ${normalised(Prisma.sql`coalesce(u."text", u."quoteExact")`)}
    FROM "Unit" u JOIN "Document" d ON d.id = u."documentId"
    WHERE ${documentScope} ${unitFilters}
      AND to_tsvector('simple', coalesce(u."text", u."quoteExact")) @@ to_tsquery('simple', ${tsquery})`;

  const [{ total }] = await db.$queryRaw<[{ total: number }]>`WITH hits AS (${hits}) SELECT count(DISTINCT "groupKey")::int AS total FROM hits`;
  const pageCount = Math.ceil(total / SEARCH_PAGE_SIZE);
  if (total === 0 || page > pageCount) return { ...empty, total, pageCount };
  // One page of groups (best rank first), then each group's rows, its best first.
  const rows = await db.$queryRaw<SearchRow[]>`
    WITH hits AS (${hits}),
    groups AS (SELECT "groupKey", max(rank) AS best, count(*)::int AS size FROM hits GROUP BY "groupKey"
               ORDER BY best DESC, "groupKey" LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}),
    ranked AS (SELECT h.*, g.best, g.size AS "groupSize",
                      row_number() OVER (PARTITION BY h."groupKey" ORDER BY h.rank DESC, h."documentTitle", h."documentId", h."unitId") AS n
               FROM hits h JOIN groups g ON g."groupKey" = h."groupKey")
    SELECT "groupKey", "groupSize", kind, "documentId", "documentTitle", "unitId", "unitKind", text, verdict, rank
    FROM ranked WHERE n <= ${MAX_SIMILAR + 1} ORDER BY best DESC, "groupKey", n`;
  return { total, page, pageSize: SEARCH_PAGE_SIZE, pageCount, results: groupSearchRows(rows, words) };
});

/** Lower-cased, punctuation and runs of spaces made one space, trimmed: near-duplicates compare equal. */
function normalised(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`btrim(regexp_replace(lower(${column}), '[[:space:][:punct:]“”‘’«»„…–—]+', ' ', 'g'))`;
}
