-- Search and claim matching (not modelled by Prisma: both PostgreSQL 15 and PGlite 18 have these).
-- PGlite loads pg_trgm in lib/server/db.ts (PGLITE_EXTENSIONS) and prisma/migrate-adapter.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Full-text search over what a unit checks (its normalised wording, else its exact words).
-- 'simple' keeps names and numbers as written and works for every language.
CREATE INDEX "Unit_fts_idx" ON "Unit" USING GIN (to_tsvector('simple', coalesce("text", "quoteExact")));
CREATE INDEX "Document_title_fts_idx" ON "Document" USING GIN (to_tsvector('simple', "title"));

-- Claim matching, trigram similarity of a unit's words with reviewed units elsewhere.
CREATE INDEX "Unit_quoteExact_trgm_idx" ON "Unit" USING GIN ("quoteExact" gin_trgm_ops);

-- Sources are offered again by URL or title while typing.
CREATE INDEX "Source_title_trgm_idx" ON "Source" USING GIN ("title" gin_trgm_ops);
