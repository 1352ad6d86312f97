import "server-only";
import { dbKind } from "../db";
import { log } from "../log";
import { releaseOrphansOfThisDatabase } from "./queue";
import { importJobHandler, IMPORT_JOB } from "./import-job";
import { refreshJobHandler, REFRESH_JOB } from "./refresh-job";
import { ARCHIVE_JOB, archiveJobHandler } from "./archive-job";
import { PRUNE_EVERY_MS, pruneFinishedJobs } from "./prune";
import { queueWatchChecks, watchPollMs } from "./watch-schedule";
import { JobWorker } from "./worker";

const g = globalThis as unknown as { __warrantJobWorker?: JobWorker };

/** Whether this process runs jobs: yes unless WARRANT_JOB_WORKER=off (a deployment with a separate `npm run worker`). */
export const runsJobs = (env: NodeJS.ProcessEnv = process.env) => (env.WARRANT_JOB_WORKER ?? "on").toLowerCase() !== "off";

/** Starts this process's job worker once (app processes at boot, `npm run worker`). */
export async function startJobWorker(): Promise<JobWorker> {
  if (g.__warrantJobWorker) return g.__warrantJobWorker;
  const worker = new JobWorker({ [IMPORT_JOB]: importJobHandler(), [REFRESH_JOB]: refreshJobHandler(), [ARCHIVE_JOB]: archiveJobHandler() }, [
    // The daily check for changes: every worker may look; a workspace's pass is queued once.
    { name: "watch", run: () => queueWatchChecks(), everyMs: watchPollMs() },
    // Finished jobs older than WARRANT_JOB_RETENTION_DAYS leave the table.
    {
      name: "prune",
      run: async () => {
        const pruned = await pruneFinishedJobs();
        if (pruned > 0) log.info({ jobs: pruned }, "jobs: pruned finished jobs past their retention");
      },
      everyMs: PRUNE_EVERY_MS,
    },
  ]);
  g.__warrantJobWorker = worker;
  if (dbKind() === "pglite") {
    // Before `npm run db:migrate` the table may be missing: the health check names the pending migration.
    const released = await releaseOrphansOfThisDatabase().catch(() => 0);
    if (released > 0) log.warn({ jobs: released }, "jobs: taking up the jobs a crash interrupted");
  }
  await worker.start();
  log.info("jobs: worker started");
  return worker;
}

export async function stopJobWorker(): Promise<void> {
  await g.__warrantJobWorker?.stop();
  g.__warrantJobWorker = undefined;
}
