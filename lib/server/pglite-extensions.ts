import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/**
 * Extensions the migrations CREATE. PGlite must load them up front (a PostgreSQL server has
 * them built in). prisma/migrate-adapter.ts loads the same list for the migration CLI.
 */
export const PGLITE_EXTENSIONS = { pg_trgm };
