// `npm run db:restore -- <file> [--force]`: puts a backup from `npm run db:backup` back.
// PostgreSQL server (DATABASE_URL): pg_restore in one transaction; a database that already has
// tables needs --force (its objects are dropped first). Embedded PGlite (WARRANT_DATA_DIR): stop
// the app first; with --force an existing folder is moved aside to pglite.before-restore-<time>.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { pgliteOwner, pgRestore } from "../lib/server/backup";
import { readDbConfig } from "../lib/server/db-config";
import { PGLITE_EXTENSIONS } from "../lib/server/pglite-extensions";

async function tableCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`);
    return rows[0].n as number;
  } finally {
    await client.end();
  }
}

async function main() {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const file = args.find((a) => !a.startsWith("--"));
  if (!file || !existsSync(file)) throw new Error(`usage: npm run db:restore -- <backup file> [--force]${file ? ` (${file} does not exist)` : ""}`);
  const config = readDbConfig();
  if (config.kind === "postgres") {
    const tables = await tableCount(config.url);
    if (tables > 0 && !force) throw new Error(`the database already has ${tables} tables; pass --force to replace its contents`);
    await pgRestore(config.url, file, tables > 0);
  } else {
    const owner = pgliteOwner(config.dir);
    if (owner) throw new Error(`the app (pid ${owner}) has ${config.dir} open; stop it first`);
    if (existsSync(config.dir) && readdirSync(config.dir).length > 0) {
      if (!force) throw new Error(`${config.dir} is not empty; pass --force to move it aside and restore`);
      const aside = `${config.dir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
      renameSync(config.dir, aside);
      console.log(`db:restore: moved the old folder to ${aside}`);
    }
    mkdirSync(path.dirname(config.dir), { recursive: true });
    const pglite = await PGlite.create(config.dir, { extensions: PGLITE_EXTENSIONS, loadDataDir: new Blob([readFileSync(file)]) });
    await pglite.query("SELECT 1");
    await pglite.close();
  }
  console.log(`db:restore: restored ${file}`);
}

main().catch((e: Error) => {
  console.error(`db:restore failed: ${e.message}`);
  process.exit(1);
});
