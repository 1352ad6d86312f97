import "server-only";
import { db, dbKind } from "../db";
import { log } from "../log";

/** Which app process answered (1…WARRANT_WORKERS under `npm start` on PostgreSQL), or null for a lone one. */
function worker(): number | null {
  const n = Number(process.env.WARRANT_WORKER);
  return Number.isInteger(n) && n > 0 ? n : null;
}

/** Liveness plus which database is in use and which app process answered: {"ok":true,"db":"postgres","worker":2}. */
export async function checkHealth(): Promise<{ ok: boolean; db: "pglite" | "postgres"; worker: number | null }> {
  try {
    await db.$queryRaw`SELECT 1`;
    return { ok: true, db: dbKind(), worker: worker() };
  } catch (e) {
    log.error({ err: e }, "health check failed");
    return { ok: false, db: dbKind(), worker: worker() };
  }
}
