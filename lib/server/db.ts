import "server-only";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/generated/prisma/client";
import { serveBackups } from "./backup";
import { readDbConfig, type DbConfig } from "./db-config";
import { PGLITE_EXTENSIONS } from "./pglite-extensions";

export type Db = PrismaClient;

/** The client or an interactive transaction: use cases accept either. */
export type DbTx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

// Secret columns never leave the database unless a query asks for them explicitly.
const omit = { user: { passwordHash: true }, apiToken: { tokenHash: true }, invitation: { tokenHash: true } } as const;

function createClient(config: DbConfig): PrismaClient {
  if (config.kind === "postgres") {
    return new PrismaClient({ adapter: new PrismaPg({ connectionString: config.url }), omit });
  }
  // Only one process may open a PGlite directory; `npm start` runs migrations before the server.
  mkdirSync(config.dir, { recursive: true });
  const pglite = new PGlite(config.dir, { extensions: PGLITE_EXTENSIONS });
  g.__warrantPglite = pglite;
  // This process owns the folder: `npm run db:backup` asks it for a copy (lib/server/backup.ts).
  serveBackups(pglite, config.dir);
  return new PrismaClient({ adapter: new PrismaPGlite(pglite), omit });
}

const g = globalThis as unknown as { __warrantDb?: PrismaClient; __warrantDbKind?: DbConfig["kind"]; __warrantPglite?: PGlite };

/** The one Prisma client of this process (kept across dev hot reloads; tests may preset it). */
export const db: PrismaClient = (g.__warrantDb ??= createClient(readDbConfig()));

export function dbKind(): DbConfig["kind"] {
  return g.__warrantDbKind ?? readDbConfig().kind;
}

/** The embedded database behind `db` (realtime LISTENs on it); null on a PostgreSQL server. */
export function pgliteInstance(): PGlite | null {
  return g.__warrantPglite ?? null;
}
