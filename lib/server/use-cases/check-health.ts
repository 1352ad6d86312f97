import "server-only";
import { db, dbKind } from "../db";

/** Liveness plus which database is in use: {"ok":true,"db":"pglite"|"postgres"}. */
export async function checkHealth(): Promise<{ ok: boolean; db: "pglite" | "postgres" }> {
  try {
    await db.$queryRaw`SELECT 1`;
    return { ok: true, db: dbKind() };
  } catch (e) {
    console.error("Health check failed", e);
    return { ok: false, db: dbKind() };
  }
}
