// A fresh in-memory PGlite with the committed migrations applied, installed as the process's
// one Prisma client. Use-case tests run against it: real SQL, real constraints, no mocks.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/generated/prisma/client";
import { PGLITE_EXTENSIONS } from "../pglite-extensions";

export async function installTestDb() {
  const pglite = new PGlite({ extensions: PGLITE_EXTENSIONS });
  const dir = path.join(process.cwd(), "prisma", "migrations");
  for (const name of readdirSync(dir).filter((n) => /^\d+_/.test(n)).sort()) {
    await pglite.exec(readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
  }
  const client = new PrismaClient({
    adapter: new PrismaPGlite(pglite),
    omit: { user: { passwordHash: true }, apiToken: { tokenHash: true } },
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
