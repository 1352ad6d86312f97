import "server-only";
import { db } from "../db";

/** How long a finished job's row is kept (days, default 30; 0 keeps them for ever). */
export function jobRetentionMs(env: Partial<Record<string, string>> = process.env): number | null {
  const raw = env.WARRANT_JOB_RETENTION_DAYS;
  const days = raw === undefined || raw.trim() === "" ? 30 : Number(raw);
  if (!Number.isFinite(days) || days < 0) return 30 * 86_400_000;
  return days === 0 ? null : days * 86_400_000;
}

/** Rows deleted per statement: a backlog is removed over several passes, never in one long lock. */
const PRUNE_BATCH = 1_000;

/** How often each job worker prunes (an hour): the delete is cheap, and any process may run it. */
export const PRUNE_EVERY_MS = 3_600_000;

/**
 * Deletes jobs that finished (done or failed) longer ago than the retention, oldest first, at most
 * PRUNE_BATCH rows. Queued and running jobs are never touched. Safe in every process at once: a row
 * deleted by another process is simply not counted.
 */
export async function pruneFinishedJobs(now = new Date(), env: Partial<Record<string, string>> = process.env): Promise<number> {
  const keep = jobRetentionMs(env);
  if (keep === null) return 0;
  const before = new Date(now.getTime() - keep);
  return db.$executeRaw`
    DELETE FROM "Job" WHERE id IN (
      SELECT id FROM "Job"
      WHERE state IN ('DONE', 'FAILED') AND "finishedAt" < ${before}
      ORDER BY "finishedAt" LIMIT ${PRUNE_BATCH}
    )`;
}
