// `npm run test:e2e`: Playwright against a production build, on a fresh database on the
// PostgreSQL server (created here, dropped afterwards) and on a fresh embedded PGlite folder.
// WARRANT_TEST_PG_ADMIN_URL picks the server (default postgresql://postgres@127.0.0.1:5432/postgres).
// Without a reachable server, only PGlite runs (in CI that is a failure). After the browser suites,
// a short crash-safety run (kill -9 mid-import and mid-write, on each database).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { run } from "./run.mjs";

const adminUrl = process.env.WARRANT_TEST_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const base = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-not-for-production-0123456789" };
delete base.DATABASE_URL;

async function adminQuery(sql) {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

const dbName = `warrant_e2e_${Date.now()}_${process.pid}`;
let pgUrl = null;
try {
  await adminQuery(`CREATE DATABASE "${dbName}"`);
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  pgUrl = u.toString();
} catch (e) {
  if (process.env.CI) {
    console.error(`e2e: the PostgreSQL server at ${adminUrl} is not usable: ${e.message}`);
    process.exit(1);
  }
  console.warn(`e2e: no PostgreSQL server at ${adminUrl} (${e.message}); running on embedded PGlite only.`);
}
const pgliteDir = mkdtempSync(path.join(tmpdir(), "warrant-e2e-"));

let code = 1;
try {
  console.log("e2e: building the app and preparing the databases…");
  const prepare = async (env) => {
    await run("prisma", ["migrate", "deploy"], { env, quiet: true });
    await run("tsx", ["--conditions=react-server", "prisma/seed.ts"], { env });
  };
  await Promise.all([
    run("next", ["build"], { env: base }),
    ...(pgUrl ? [prepare({ ...base, DATABASE_URL: pgUrl })] : []),
    prepare({ ...base, WARRANT_DATA_DIR: pgliteDir }),
  ]);
  const env = { ...base, E2E_PGLITE_DIR: pgliteDir, ...(pgUrl ? { E2E_PG_URL: pgUrl } : {}) };
  await run("playwright", ["test", ...process.argv.slice(2)], { env });
  // The short crash-safety run (bench/crash-safety.ts): kill -9 the built server once mid-import
  // and once mid-burst of verdict writes, on each database, restart, and check nothing is partial
  // or lost. Only on a whole run (no spec or project picked).
  if (process.argv.length === 2) {
    const crash = { ...base, CRASH_CYCLES: "1", CRASH_TEXT_BYTES: "300000", CRASH_RESULTS: "", CRASH_DB: pgUrl ? "postgres,pglite" : "pglite" };
    await run("tsx", ["bench/crash-safety.ts"], { env: crash });
  }
  code = 0;
} catch (e) {
  console.error(`e2e: ${e.message}`);
} finally {
  rmSync(pgliteDir, { recursive: true, force: true });
  if (pgUrl) await adminQuery(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch((e) => console.warn(`e2e: could not drop ${dbName}: ${e.message}`));
}
process.exit(code);
