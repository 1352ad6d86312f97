// The optional daily "Check for changes" per workspace (issue 15): an owner turns it on; once a day
// the scheduler queues one refresh job per document imported from a web address, run with that
// owner's rights — once per pass however often it is asked, never twice for a document already
// being checked, and it turns itself off when that member can no longer manage documents.
// Real PGlite; the scheduler's concurrency on the PostgreSQL server is in jobs-pg.test.ts.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, test } from "vitest";
import { installTestDb } from "../testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { signUp, joinByInvitation, errorOf, importText } = await import("../testing/fixtures");
const { startImport } = await import("../use-cases/start-import");
const { updateWorkspace } = await import("../use-cases/update-workspace");
const { getWorkspace } = await import("../use-cases/get-workspace");
const { queueWatchChecks, watchIntervalMs, watchPollMs } = await import("./watch-schedule");
const { JobWorker } = await import("./worker");
const { refreshJobHandler } = await import("./refresh-job");
const { stopRealtime } = await import("../realtime");

const ARTICLE = "The minister said the budget rose by 12 percent in 2023.";
let server: Server;
let base = "";
beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<html><head><title>Budget</title></head><body><article><p>${ARTICLE}</p></article></body></html>`);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.close();
  await stopRealtime();
  await testDb.close();
});

const HOUR = 3_600_000;
const at = (start: Date, hours: number) => new Date(start.getTime() + hours * HOUR);
const queuedRefreshes = (workspaceId: string) => db.job.count({ where: { workspaceId, kind: "refresh", state: "QUEUED" } });

async function pasteWithUrl(userId: string, workspaceId: string, title: string, sourceUrl?: string) {
  const started = await startImport({ userId, input: { source: "paste", workspaceId, title, text: ARTICLE, sourceUrl } });
  if (!("done" in started)) throw new Error("a short paste is saved at once");
  return started.done.id;
}

async function runQueued(): Promise<void> {
  const worker = new JobWorker({ refresh: refreshJobHandler({ isBlocked: () => false }) });
  await worker.start();
  for (let i = 0; i < 200 && (await db.job.count({ where: { state: { in: ["QUEUED", "RUNNING"] } } })) > 0; i++) await new Promise((r) => setTimeout(r, 25));
  await worker.stop();
}

test("the interval is a day and workers look every minute, unless the settings say otherwise", () => {
  expect(watchIntervalMs({})).toBe(24 * HOUR);
  expect(watchIntervalMs({ WARRANT_WATCH_INTERVAL_HOURS: "6" })).toBe(6 * HOUR);
  expect(watchIntervalMs({ WARRANT_WATCH_INTERVAL_HOURS: "soon" })).toBe(24 * HOUR);
  expect(watchPollMs({})).toBe(60_000);
  expect(watchPollMs({ WARRANT_WATCH_POLL_SECONDS: "2" })).toBe(2_000);
});

test("turned on by an owner: one job per web document per day, run with the owner's rights; once per pass; none while one is in flight", async () => {
  const owner = await signUp("Watch Owner");
  const workspaceId = owner.ownWorkspaceId;
  const reviewer = await signUp("Watch Reviewer");
  await joinByInvitation(owner, workspaceId, reviewer, "REVIEWER");
  const first = await pasteWithUrl(owner.userId, workspaceId, "First", `${base}/first`);
  const second = await pasteWithUrl(owner.userId, workspaceId, "Second", `${base}/second`);
  await pasteWithUrl(owner.userId, workspaceId, "Pasted only");
  const archived = await pasteWithUrl(owner.userId, workspaceId, "Archived", `${base}/archived`);
  await db.document.update({ where: { id: archived }, data: { archivedAt: new Date() } });
  await importText(owner.userId, workspaceId);

  const start = new Date();
  // Off by default: nothing is queued.
  expect((await getWorkspace({ userId: owner.userId, input: { workspaceId } })).watchDaily).toBe(false);
  await queueWatchChecks(start);
  expect(await queuedRefreshes(workspaceId)).toBe(0);

  // Only owners change it; the owner turns it on, and the feed says so.
  expect(await errorOf(updateWorkspace({ userId: reviewer.userId, input: { workspaceId, watchDaily: true } }))).toMatchObject({ code: "FORBIDDEN" });
  const on = await updateWorkspace({ userId: owner.userId, input: { workspaceId, watchDaily: true } });
  expect(on).toMatchObject({ watchDaily: true, watchBy: { id: owner.userId, name: "Watch Owner" }, watchCheckedAt: null });
  expect(await db.activity.count({ where: { workspaceId, action: "workspace.watch" } })).toBe(1);

  // The first pass queues the two live web documents; asking again the same day queues nothing.
  await queueWatchChecks(start);
  expect(await queuedRefreshes(workspaceId)).toBe(2);
  const jobs = await db.job.findMany({ where: { workspaceId, kind: "refresh" }, select: { input: true, createdById: true } });
  expect(new Set(jobs.map((j) => (j.input as { documentId: string }).documentId))).toEqual(new Set([first, second]));
  expect(jobs.every((j) => j.createdById === owner.userId && (j.input as { scheduled?: boolean }).scheduled === true)).toBe(true);
  await queueWatchChecks(at(start, 1));
  await queueWatchChecks(at(start, 23));
  expect(await queuedRefreshes(workspaceId)).toBe(2);
  expect((await getWorkspace({ userId: owner.userId, input: { workspaceId } })).watchCheckedAt).toBe(start.toISOString());

  // A day later, while those two still wait, the pass queues no duplicate.
  expect(await queueWatchChecks(at(start, 25))).toMatchObject({ jobs: 0 });
  expect(await queuedRefreshes(workspaceId)).toBe(2);

  // The jobs run as the owner's own "Check for changes": a snapshot per document.
  await runQueued();
  for (const documentId of [first, second]) {
    const snapshots = await db.documentSnapshot.findMany({ where: { documentId }, select: { createdById: true, changed: true } });
    expect(snapshots).toEqual([{ createdById: owner.userId, changed: false }]);
  }
  // The next day's pass queues them again.
  await queueWatchChecks(at(start, 50));
  expect(await queuedRefreshes(workspaceId)).toBe(2);

  // Turned off: no more passes, and who turned it on is forgotten.
  const off = await updateWorkspace({ userId: owner.userId, input: { workspaceId, watchDaily: false } });
  expect(off).toMatchObject({ watchDaily: false, watchBy: null });
  await db.job.deleteMany({ where: { workspaceId, kind: "refresh" } });
  await queueWatchChecks(at(start, 100));
  expect(await queuedRefreshes(workspaceId)).toBe(0);
});

test("when the member who turned it on can no longer manage documents, the check turns itself off", async () => {
  const owner = await signUp("First Owner");
  const workspaceId = owner.ownWorkspaceId;
  const second = await signUp("Second Owner");
  await joinByInvitation(owner, workspaceId, second, "OWNER");
  await pasteWithUrl(owner.userId, workspaceId, "Page", `${base}/page`);
  await updateWorkspace({ userId: second.userId, input: { workspaceId, watchDaily: true } });
  await db.membership.update({ where: { workspaceId_userId: { workspaceId, userId: second.userId } }, data: { role: "REVIEWER" } });

  await queueWatchChecks(new Date());
  expect(await queuedRefreshes(workspaceId)).toBe(0);
  expect(await getWorkspace({ userId: owner.userId, input: { workspaceId } })).toMatchObject({ watchDaily: false, watchBy: null });
});
