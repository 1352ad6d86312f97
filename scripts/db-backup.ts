// `npm run db:backup -- [--out <file>]`: a backup of the app's database.
// PostgreSQL server (DATABASE_URL): pg_dump's custom format (.dump; pg_dump must be on PATH).
// Embedded PGlite (WARRANT_DATA_DIR, default .data): a .tar.gz of the data folder, taken by the
// running app when there is one (it owns the folder; see lib/server/backup.ts), else directly.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { dumpPglite, pgDump, pgliteOwner, requestPgliteBackup } from "../lib/server/backup";
import { readDbConfig } from "../lib/server/db-config";
import { PGLITE_EXTENSIONS } from "../lib/server/pglite-extensions";

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf("--out");
  const config = readDbConfig();
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const out = path.resolve(at >= 0 && args[at + 1] ? args[at + 1]! : `backups/warrant-${stamp}.${config.kind === "postgres" ? "dump" : "tar.gz"}`);
  mkdirSync(path.dirname(out), { recursive: true });
  if (config.kind === "postgres") {
    await pgDump(config.url, out);
  } else {
    const owner = pgliteOwner(config.dir);
    if (owner) {
      console.log(`db:backup: the running app (pid ${owner}) owns ${config.dir}; asking it for a copy…`);
      await requestPgliteBackup(config.dir, owner, out);
    } else {
      const pglite = await PGlite.create(config.dir, { extensions: PGLITE_EXTENSIONS });
      try {
        await dumpPglite(pglite, out);
      } finally {
        await pglite.close();
      }
    }
  }
  console.log(`db:backup: wrote ${out}`);
}

main().catch((e: Error) => {
  console.error(`db:backup failed: ${e.message}`);
  process.exit(1);
});
