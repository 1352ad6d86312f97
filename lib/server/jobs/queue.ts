import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError, type ErrorBody } from "@/lib/domain/errors";
import { MAX_ATTEMPTS, staleHeartbeatMs, stageProgress, type ImportStage, type JobState, type JobView } from "@/lib/domain/jobs";
import { JOB_CHANNEL, USER_CHANNEL, type UserEvent } from "../changes";
import { db, type DbTx } from "../db";

export interface NewJob {
  kind: string;
  workspaceId: string;
  userId: string;
  input: Prisma.InputJsonValue;
  payload?: Uint8Array | null;
}

/** A claimed job, as its handler gets it. */
export interface ClaimedJob {
  id: string;
  kind: string;
  workspaceId: string;
  createdById: string | null;
  input: Prisma.JsonValue;
  payload: Uint8Array | null;
  attempts: number;
}

const localWakers = new Set<() => void>();

/** Workers in this process hear of new jobs at once (others through NOTIFY). */
export function onJobQueued(wake: () => void): () => void {
  localWakers.add(wake);
  return () => localWakers.delete(wake);
}

/** Queues a job (committed with `tx` when given) and wakes the workers; its id. */
export async function enqueueJob(job: NewJob, tx: DbTx = db): Promise<string> {
  const row = await tx.job.create({
    data: {
      kind: job.kind,
      workspaceId: job.workspaceId,
      createdById: job.userId,
      input: job.input,
    },
    select: { id: true },
  });
  // Bytes go through SQL as base64: the PGlite driver adapter does not convert Prisma's Bytes arguments.
  if (job.payload) {
    const base64 = Buffer.from(job.payload.buffer, job.payload.byteOffset, job.payload.byteLength).toString("base64");
    await tx.$executeRaw`UPDATE "Job" SET payload = decode(${base64}, 'base64') WHERE id = ${row.id}`;
  }
  await tx.$executeRaw`SELECT pg_notify(${JOB_CHANNEL}, ${row.id})`;
  for (const wake of localWakers) wake();
  return row.id;
}

/**
 * The oldest queued job, or one whose process died (no heartbeat for WARRANT_JOB_STALE_SECONDS), marked
 * RUNNING for this worker. FOR UPDATE SKIP LOCKED: two workers never take the same job. A job that
 * lost its process MAX_ATTEMPTS times is failed instead.
 */
export async function claimJob(): Promise<ClaimedJob | null> {
  const staleBefore = new Date(Date.now() - staleHeartbeatMs(process.env.WARRANT_JOB_STALE_SECONDS));
  const failed = await db.$queryRaw<{ id: string; createdById: string | null }[]>`
    UPDATE "Job" SET state = 'FAILED', "finishedAt" = now(), payload = NULL,
      error = ${JSON.stringify({ code: "INTERNAL", message: `The job was interrupted ${MAX_ATTEMPTS} times (its server stopped). Nothing was saved; please try again.` })}::jsonb
    WHERE state = 'RUNNING' AND "heartbeatAt" < ${staleBefore} AND attempts >= ${MAX_ATTEMPTS}
    RETURNING id, "createdById"`;
  for (const job of failed) await notifyOwner(db, job.id, job.createdById);
  const rows = await db.$queryRaw<(Omit<ClaimedJob, "payload"> & { payload: string | null })[]>`
    UPDATE "Job" SET state = 'RUNNING', attempts = attempts + 1, "heartbeatAt" = now(), "startedAt" = COALESCE("startedAt", now())
    WHERE id = (
      SELECT id FROM "Job"
      WHERE state = 'QUEUED' OR (state = 'RUNNING' AND "heartbeatAt" < ${staleBefore} AND attempts < ${MAX_ATTEMPTS})
      ORDER BY "createdAt" LIMIT 1
      FOR UPDATE SKIP LOCKED)
    RETURNING id, kind, "workspaceId", "createdById", input, encode(payload, 'base64') AS payload, attempts`;
  const job = rows[0];
  if (!job) return null;
  await notifyOwner(db, job.id, job.createdById);
  return { ...job, payload: job.payload === null ? null : new Uint8Array(Buffer.from(job.payload, "base64")) };
}

/** Tells the job's owner (their event stream) that it moved. */
async function notifyOwner(tx: DbTx, jobId: string, userId: string | null): Promise<void> {
  if (!userId) return;
  const event: UserEvent = { userId, type: "job", jobId };
  await tx.$executeRaw`SELECT pg_notify(${USER_CHANNEL}, ${JSON.stringify(event)})`;
}

/** A running job entered a stage (only forward: a late report never moves it back). */
export async function reportStage(job: ClaimedJob, stage: ImportStage): Promise<void> {
  const progress = stageProgress(stage);
  const n = await db.$executeRaw`
    UPDATE "Job" SET stage = ${stage}, progress = ${progress}, "heartbeatAt" = now()
    WHERE id = ${job.id} AND state = 'RUNNING' AND progress <= ${progress}`;
  if (n > 0) await notifyOwner(db, job.id, job.createdById);
}

/** The running job is alive. */
export async function heartbeat(jobId: string): Promise<void> {
  await db.$executeRaw`UPDATE "Job" SET "heartbeatAt" = now() WHERE id = ${jobId} AND state = 'RUNNING'`;
}

/** Done: called inside the transaction that saves the job's work, so both commit or neither. */
export async function completeJob(tx: DbTx, job: ClaimedJob, result: Prisma.InputJsonValue): Promise<void> {
  const n = await tx.job.updateMany({
    where: { id: job.id, state: "RUNNING" },
    data: { state: "DONE", stage: null, progress: 1, result, payload: null, finishedAt: new Date() },
  });
  // Another worker took it over (this one looked dead): roll this copy of the work back.
  if (n.count !== 1) throw new AppError("CONFLICT", "The job was taken over by another worker.");
  await notifyOwner(tx, job.id, job.createdById);
}

/** Failed: why, in the same words a request would have been answered with. */
export async function failJob(job: ClaimedJob, error: ErrorBody["error"]): Promise<void> {
  const { code, message, fields } = error;
  await db.job.updateMany({
    where: { id: job.id, state: "RUNNING" },
    data: { state: "FAILED", error: { code, message, ...(fields ? { fields } : {}) }, payload: null, finishedAt: new Date() },
  });
  await notifyOwner(db, job.id, job.createdById);
}

const jobSelect = {
  id: true,
  kind: true,
  state: true,
  stage: true,
  progress: true,
  result: true,
  error: true,
  createdAt: true,
  finishedAt: true,
  input: true,
} as const;

type JobRow = Prisma.JobGetPayload<{ select: typeof jobSelect }>;

export function toJobView(row: JobRow): JobView {
  const result = (row.result ?? {}) as { id?: string; title?: string };
  const input = (row.input ?? {}) as { title?: string; url?: string; file?: { name?: string } };
  return {
    id: row.id,
    kind: row.kind,
    state: row.state.toLowerCase() as JobState,
    stage: (row.stage as ImportStage | null) ?? null,
    progress: row.progress,
    documentId: result.id ?? null,
    title: result.title ?? input.title ?? input.url ?? input.file?.name ?? null,
    error: (row.error as JobView["error"]) ?? null,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/** A job its owner may see: their own, in a workspace they still belong to; else NOT_FOUND. */
export async function readOwnJob(userId: string, jobId: string): Promise<JobView> {
  const row = await db.job.findFirst({
    where: { id: jobId, createdById: userId, workspace: { memberships: { some: { userId } } } },
    select: jobSelect,
  });
  if (!row) throw new AppError("NOT_FOUND", "That import was not found.");
  return toJobView(row);
}

/** The person's imports in a workspace: running ones and those finished in the last day, newest first. */
export async function listOwnJobs(userId: string, workspaceId: string, take = 10): Promise<JobView[]> {
  const rows = await db.job.findMany({
    where: {
      createdById: userId,
      workspaceId,
      workspace: { memberships: { some: { userId } } },
      OR: [{ state: { in: ["QUEUED", "RUNNING"] } }, { finishedAt: { gt: new Date(Date.now() - 24 * 3600_000) } }],
    },
    orderBy: { createdAt: "desc" },
    take,
    select: jobSelect,
  });
  return rows.map(toJobView);
}

/** How much waits: for /api/health. */
export async function queueDepth(): Promise<{ queued: number; running: number; oldestQueuedSeconds: number | null }> {
  const [row] = await db.$queryRaw<{ queued: number; running: number; oldest: Date | null }[]>`
    SELECT count(*) FILTER (WHERE state = 'QUEUED')::int AS queued,
           count(*) FILTER (WHERE state = 'RUNNING')::int AS running,
           min("createdAt") FILTER (WHERE state = 'QUEUED') AS oldest
    FROM "Job" WHERE state IN ('QUEUED', 'RUNNING')`;
  const oldest = row?.oldest ? new Date(row.oldest) : null;
  return {
    queued: row?.queued ?? 0,
    running: row?.running ?? 0,
    oldestQueuedSeconds: oldest ? Math.max(0, Math.round((Date.now() - oldest.getTime()) / 1000)) : null,
  };
}

/**
 * The embedded PGlite is one process's database: when that process starts, every RUNNING job was
 * left by its previous life (a crash), and is claimable at once rather than after the stale limit.
 */
export async function releaseOrphansOfThisDatabase(): Promise<number> {
  return db.$executeRaw`UPDATE "Job" SET "heartbeatAt" = 'epoch' WHERE state = 'RUNNING'`;
}
