// Finished jobs leave the Job table after WARRANT_JOB_RETENTION_DAYS (default 30): done and
// failed rows older than that are deleted by every worker's hourly pass; queued and running
// jobs, and recent finished ones, stay. Real PGlite.
import { afterAll, beforeAll, expect, test } from "vitest";
import { installTestDb } from "../testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { signUp } = await import("../testing/fixtures");
const { jobRetentionMs, pruneFinishedJobs } = await import("./prune");
const { JobWorker } = await import("./worker");
const { stopRealtime } = await import("../realtime");

let owner: Awaited<ReturnType<typeof signUp>>;
beforeAll(async () => {
  owner = await signUp("Owner");
});
afterAll(async () => {
  await stopRealtime();
  await testDb.close();
});

const DAY = 86_400_000;
const NOW = new Date("2026-12-02T12:00:00Z");
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);

async function job(state: "QUEUED" | "RUNNING" | "DONE" | "FAILED", finishedDaysAgo: number | null, title: string): Promise<string> {
  const row = await db.job.create({
    data: {
      kind: "import",
      state,
      workspaceId: owner.ownWorkspaceId,
      createdById: owner.userId,
      input: { title },
      createdAt: ago((finishedDaysAgo ?? 0) + 1),
      finishedAt: finishedDaysAgo === null ? null : ago(finishedDaysAgo),
    },
  });
  return row.id;
}

test("the retention reads WARRANT_JOB_RETENTION_DAYS: 30 days by default, 0 keeps jobs for ever", () => {
  expect(jobRetentionMs({})).toBe(30 * DAY);
  expect(jobRetentionMs({ WARRANT_JOB_RETENTION_DAYS: "7" })).toBe(7 * DAY);
  expect(jobRetentionMs({ WARRANT_JOB_RETENTION_DAYS: "0" })).toBeNull();
  // A value that is not a number of days falls back to the default rather than deleting everything.
  expect(jobRetentionMs({ WARRANT_JOB_RETENTION_DAYS: "soon" })).toBe(30 * DAY);
  expect(jobRetentionMs({ WARRANT_JOB_RETENTION_DAYS: "-3" })).toBe(30 * DAY);
});

test("finished jobs past the retention are deleted; queued, running and recent ones stay", async () => {
  const oldDone = await job("DONE", 45, "old done");
  const oldFailed = await job("FAILED", 31, "old failed");
  const recentDone = await job("DONE", 29, "recent done");
  const queued = await job("QUEUED", null, "queued");
  const running = await job("RUNNING", null, "running");

  expect(await pruneFinishedJobs(NOW, { WARRANT_JOB_RETENTION_DAYS: "0" })).toBe(0);
  expect(await db.job.count({ where: { id: { in: [oldDone, oldFailed] } } })).toBe(2);

  expect(await pruneFinishedJobs(NOW, {})).toBe(2);
  const left = (await db.job.findMany({ select: { id: true } })).map((j) => j.id).sort();
  expect(left).toEqual([recentDone, queued, running].sort());
  // Nothing more to do on the next pass; a shorter retention takes the recent one too.
  expect(await pruneFinishedJobs(NOW, {})).toBe(0);
  expect(await pruneFinishedJobs(NOW, { WARRANT_JOB_RETENTION_DAYS: "10" })).toBe(1);
  expect(await db.job.count()).toBe(2);
});

test("a worker runs each periodic work on its own timetable, and one failing does not stop the other", async () => {
  await db.job.deleteMany({});
  const runs = { often: 0, rarely: 0, failing: 0 };
  const worker = new JobWorker({}, [
    { name: "often", run: async () => void runs.often++, everyMs: 1 },
    {
      name: "failing",
      run: async () => {
        runs.failing++;
        throw new Error("boom");
      },
      everyMs: 1,
    },
    { name: "rarely", run: async () => void runs.rarely++, everyMs: 3_600_000 },
  ]);
  await worker.start();
  // The worker sleeps between polls (2 s) when the queue is empty: two passes take a little over that.
  for (let i = 0; i < 100 && runs.often < 2; i++) await new Promise((r) => setTimeout(r, 50));
  await worker.stop();
  expect(runs.often).toBeGreaterThanOrEqual(2);
  expect(runs.failing).toBe(runs.often);
  expect(runs.rarely).toBe(1);
});
