// A fresh database on the PostgreSQL server (WARRANT_TEST_PG_ADMIN_URL, default the local one),
// with the committed migrations applied, installed as the process's one Prisma client and
// dropped afterwards. For what only a real server shows: concurrent transactions on several
// connections (PGlite serialises everything on one).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";

export const ADMIN_URL = process.env.WARRANT_TEST_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** One statement as the server's administrator (CREATE / DROP DATABASE). */
export async function admin(sql: string) {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function installPgTestDb() {
  const name = `warrant_unit_${Date.now()}_${process.pid}`;
  try {
    await admin(`CREATE DATABASE "${name}"`);
  } catch (e) {
    throw new Error(`These tests need the PostgreSQL server at ${ADMIN_URL} (set WARRANT_TEST_PG_ADMIN_URL): ${(e as Error).message}`);
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const connectionString = url.toString();
  const setup = new pg.Client({ connectionString });
  await setup.connect();
  const dir = path.join(process.cwd(), "prisma", "migrations");
  for (const migration of readdirSync(dir)
    .filter((n) => /^\d+_/.test(n))
    .sort()) {
    await setup.query(readFileSync(path.join(dir, migration, "migration.sql"), "utf8"));
  }
  await setup.end();
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString }), omit: { user: { passwordHash: true }, apiToken: { tokenHash: true } } });
  const g = globalThis as unknown as { __warrantDb?: unknown; __warrantDbKind?: string };
  g.__warrantDb = client;
  g.__warrantDbKind = "postgres";
  return {
    db: client,
    /** A second, raw connection: plays the teammate whose transaction interleaves. */
    async connect() {
      const other = new pg.Client({ connectionString });
      await other.connect();
      return other;
    },
    async close() {
      await client.$disconnect();
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
