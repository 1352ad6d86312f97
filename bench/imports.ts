// npm run bench:imports — how long does a large argument-file import take to save? (issue 11
// finding 4: a 1 MB Warrant JSON with 25,000 sources took 48.6 s in one transaction.) Imports
// generated Warrant JSON files through the import use case, on a fresh database on the
// PostgreSQL server (127.0.0.1:5432, dropped afterwards; skipped when unreachable) and on an
// in-memory PGlite (BENCH_DB=pglite, or when the server is unreachable). BENCH_CASES=units:sourcesPerUnit:relations,... picks the files.
// Results: bench/results/imports.md.
import { writeFileSync } from "node:fs";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { migrationNames, migrationSql, installTestDb } from "../lib/server/testing/test-db";
import { bigMap } from "../lib/formats/fixtures/big-map";

const ADMIN = process.env.WARRANT_TEST_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const CASES = (process.env.BENCH_CASES ?? "10000:0:10000,2500:2:2500,5000:1:5000,125:200:0")
  .split(",")
  .map((c) => c.split(":").map(Number) as [number, number, number]);

async function onPostgres(): Promise<{ close: () => Promise<void> } | null> {
  const name = `warrant_bench_imports_${Date.now()}`;
  const admin = new pg.Client({ connectionString: ADMIN, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
  } catch (e) {
    console.warn(`bench: no PostgreSQL server (${(e as Error).message}); PGlite only.`);
    await admin.end().catch(() => {});
    return null;
  }
  const url = new URL(ADMIN);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  for (const m of migrationNames()) await client.query(migrationSql(m));
  await client.end();
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url.toString() }) });
  Object.assign(globalThis, { __warrantDb: prisma, __warrantDbKind: "postgres", __warrantPglite: undefined });
  return {
    async close() {
      await prisma.$disconnect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

async function run(label: string): Promise<string[]> {
  // Loaded after the database is installed: the use cases bind the process's client on load.
  const { signUp } = await import("../lib/server/testing/fixtures");
  const { importDocument } = await import("../lib/server/use-cases/import-document");
  const { describeError } = await import("../lib/server/errors");
  const who = await signUp(`Bench ${label}`);
  const rows: string[] = [];
  for (const [units, perUnit, relations] of CASES) {
    const content = bigMap(units, perUnit, relations);
    const started = performance.now();
    const outcome = await importDocument({ userId: who.userId, input: { source: "argument", workspaceId: who.ownWorkspaceId, format: "json", content } }).then(
      (r) => `saved: ${r.units} units, ${r.relations} relations, ${r.sources} sources`,
      (e: unknown) => `refused: ${describeError(e).status} ${describeError(e).body.error.code}`,
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const row = `| ${label} | ${units} | ${units * perUnit} | ${relations} | ${(content.length / 1024 / 1024).toFixed(2)} MB | ${seconds} s | ${outcome} |`;
    console.log(row);
    rows.push(row);
  }
  return rows;
}

// An import that outlives its transaction's timeout (the old per-source loop) keeps querying
// after it was refused; those late failures are the import's, not the bench's.
const late = (e: unknown) => console.warn(`bench: late failure after a refused import: ${String((e as Error)?.message ?? e).split("\n")[0]}`);
process.on("unhandledRejection", late);
process.on("uncaughtException", late);

// One database per process: the use cases bind the process's Prisma client when first loaded.
const rows: string[] = [];
const server = process.env.BENCH_DB === "pglite" ? null : await onPostgres();
if (server) {
  rows.push(...(await run("PostgreSQL 15")));
  await server.close();
} else {
  const { close } = await installTestDb();
  rows.push(...(await run("PGlite (memory)")));
  await close();
}
const out = process.env.BENCH_OUT ?? "bench/results/imports.md";
writeFileSync(
  out,
  `# Argument-file import: time to save (npm run bench:imports)\n\nWarrant JSON files through the import use case (parse, validate, one transaction). ${new Date().toISOString().slice(0, 10)}, 2 shared cores.\n\n| database | units | sources | relations | file | time | outcome |\n| --- | --- | --- | --- | --- | --- | --- |\n${rows.join("\n")}\n`,
);
console.log(`wrote ${out}`);
