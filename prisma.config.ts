import { defineConfig } from "prisma/config";
import { pgMigrateAdapter, pgliteMigrateAdapter } from "./prisma/migrate-adapter";

// DATABASE_URL=postgresql://...  -> real PostgreSQL server (adapter-pg)
// DATABASE_URL unset             -> embedded PGlite in $WARRANT_DATA_DIR/pglite (default ./.data/pglite)
// Keep this selection in step with lib/server/db-config.ts, which the app uses.
const url = process.env.DATABASE_URL;
const dataDir = process.env.WARRANT_DATA_DIR ?? "./.data";
// Prisma 6 still parses schema.prisma's `url = env("DATABASE_URL")` (unused with an adapter);
// if it cannot, the CLI falls back to downloading the native query engine. Give it a placeholder.
process.env.DATABASE_URL ??= "postgresql://unused@localhost/unused";

export default defineConfig({
  experimental: { adapter: true },
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  engine: "js",
  adapter: () => (url ? pgMigrateAdapter(url) : pgliteMigrateAdapter(`${dataDir}/pglite`)),
});
