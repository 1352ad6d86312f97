// A fresh in-memory PGlite with the committed migrations applied, installed as the process's
// one Prisma client. Use-case tests run against it: real SQL, real constraints, no mocks.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/generated/prisma/client";
import { PGLITE_EXTENSIONS } from "../pglite-extensions";

const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

/** The committed migrations' folder names, in the order Prisma applies them. */
export function migrationNames(): string[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((n) => /^\d+_/.test(n))
    .sort();
}

export function migrationSql(name: string): string {
  return readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8");
}

export async function installTestDb() {
  const pglite = new PGlite({ extensions: PGLITE_EXTENSIONS });
  for (const name of migrationNames()) await pglite.exec(migrationSql(name));
  const client = new PrismaClient({
    adapter: new PrismaPGlite(pglite),
    omit: { user: { passwordHash: true }, apiToken: { tokenHash: true }, invitation: { tokenHash: true } },
  });
  const g = globalThis as unknown as { __warrantDb?: unknown; __warrantDbKind?: string; __warrantPglite?: PGlite };
  g.__warrantDb = client;
  g.__warrantDbKind = "pglite";
  g.__warrantPglite = pglite;
  return {
    db: client,
    async close() {
      await client.$disconnect();
      await pglite.close();
    },
  };
}
