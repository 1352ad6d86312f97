import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { db, dbKind } from "../db";
import { queueDepth } from "../jobs/queue";
import { log } from "../log";

/** Which app process answered (1…WARRANT_WORKERS under `npm start` on PostgreSQL), or null for a lone one. */
function worker(): number | null {
  const n = Number(process.env.WARRANT_WORKER);
  return Number.isInteger(n) && n > 0 ? n : null;
}

/** The migrations this build ships (prisma/migrations under the working folder); null when the folder is not there. */
function shippedMigrations(): string[] | null {
  try {
    return readdirSync(/*turbopackIgnore: true*/ path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
  } catch {
    return null;
  }
}

export interface Health {
  ok: boolean;
  db: "pglite" | "postgres";
  worker: number | null;
  /** Migrations applied to the database, and those this build ships that are not (run `npm run db:migrate`). */
  migrations?: { applied: number; pending: string[] };
  /** The background job queue: jobs waiting, running, and how long the oldest has waited. */
  jobs?: { queued: number; running: number; oldestQueuedSeconds: number | null };
}

/**
 * Liveness for load balancers and people: the database answers, every migration this build needs
 * is applied (a pending one is a 503 naming it), the job queue's depth, and which app process answered.
 */
export async function checkHealth(): Promise<Health> {
  try {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const applied = new Set(rows.map((r) => r.migration_name));
    const pending = (shippedMigrations() ?? []).filter((m) => !applied.has(m));
    if (pending.length > 0) log.error({ pending }, "health: migrations not applied; run `npm run db:migrate`");
    // Before the jobs migration is applied the queue cannot be read: the pending migration says why.
    const jobs = await queueDepth().catch(() => undefined);
    return { ok: pending.length === 0, db: dbKind(), worker: worker(), migrations: { applied: applied.size, pending }, ...(jobs ? { jobs } : {}) };
  } catch (e) {
    log.error({ err: e }, "health check failed");
    return { ok: false, db: dbKind(), worker: worker() };
  }
}
