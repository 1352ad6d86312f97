// Background imports (issue 12): a long paste, a page or a file is checked and queued at once,
// run by a worker with its stages recorded, and finished in the transaction that saves the
// document — a failure records why and saves nothing; a job whose process died is taken again.
// Real PGlite (one process, like the embedded default).
import { afterAll, beforeAll, expect, test } from "vitest";
import { INLINE_PASTE_CHARS, MAX_ATTEMPTS } from "@/lib/domain/jobs";
import { installTestDb } from "../testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { signUp, joinByInvitation, errorOf, TEAM_TEXT } = await import("../testing/fixtures");
const { startImport } = await import("../use-cases/start-import");
const { importDocument } = await import("../use-cases/import-document");
const { claimJob, completeJob, readOwnJob, listOwnJobs, queueDepth } = await import("./queue");
const { JobWorker } = await import("./worker");
const { importJobHandler } = await import("./import-job");
const { subscribeToUser, stopRealtime } = await import("../realtime");

let owner: Awaited<ReturnType<typeof signUp>>;
let other: Awaited<ReturnType<typeof signUp>>;
beforeAll(async () => {
  owner = await signUp("Owner");
  other = await signUp("Other");
});
afterAll(async () => {
  await stopRealtime();
  await testDb.close();
});

const longText = () => {
  let text = "";
  while (text.length <= INLINE_PASTE_CHARS) text += `${TEAM_TEXT}\n\n`;
  return text;
};

const payloadBytes = async (id: string) => (await db.$queryRaw<{ n: number | null }[]>`SELECT octet_length(payload) AS n FROM "Job" WHERE id = ${id}`)[0]!.n;

async function runQueued(): Promise<void> {
  const worker = new JobWorker({ import: importJobHandler() });
  await worker.start();
  for (let i = 0; i < 200 && (await queueDepth()).queued + (await queueDepth()).running > 0; i++) await new Promise((r) => setTimeout(r, 50));
  await worker.stop();
}

test("a short paste is saved at once; a long one is queued, run with its stages, and finished with the document", async () => {
  const short = await startImport({ userId: owner.userId, input: { source: "paste", workspaceId: owner.ownWorkspaceId, title: "Short", text: TEAM_TEXT } });
  expect("done" in short && short.done.units).toBeGreaterThan(0);

  const text = longText();
  const started = await startImport({ userId: owner.userId, input: { source: "paste", workspaceId: owner.ownWorkspaceId, title: "Long", text } });
  if (!("jobId" in started)) throw new Error("expected a job");
  expect(await readOwnJob(owner.userId, started.jobId)).toMatchObject({ state: "queued", progress: 0, documentId: null, title: "Long" });
  expect(await queueDepth()).toMatchObject({ queued: 1, running: 0 });
  // Someone else's job does not exist for them.
  expect(await errorOf(readOwnJob(other.userId, started.jobId))).toMatchObject({ code: "NOT_FOUND" });

  const seen: string[] = [];
  const unsubscribe = await subscribeToUser(owner.userId, (e) => {
    if (e.type === "job" && e.jobId === started.jobId) seen.push(e.type);
  });
  const stages: string[] = [];
  const poll = setInterval(() => {
    readOwnJob(owner.userId, started.jobId).then((j) => j.stage && stages.at(-1) !== j.stage && stages.push(j.stage));
  }, 5);
  await runQueued();
  clearInterval(poll);
  unsubscribe();

  const job = await readOwnJob(owner.userId, started.jobId);
  expect(job).toMatchObject({ state: "done", progress: 1, error: null });
  const doc = await db.document.findUniqueOrThrow({ where: { id: job.documentId! }, select: { text: true, title: true, _count: { select: { units: true } } } });
  expect(doc.title).toBe("Long");
  expect(doc.text.length).toBeGreaterThan(INLINE_PASTE_CHARS);
  expect(doc._count.units).toBeGreaterThan(100);
  // claimed, analysing, saving, done: the owner heard of each move.
  expect(seen.length).toBeGreaterThanOrEqual(3);
  expect(await payloadBytes(started.jobId)).toBeNull();
  expect((await listOwnJobs(owner.userId, owner.ownWorkspaceId)).map((j) => j.id)).toContain(started.jobId);
});

test("a file that cannot be read fails the job with the reason, and nothing is saved", async () => {
  const before = await db.document.count();
  const bytes = new TextEncoder().encode("%PDF-1.7 this is not really a PDF");
  const started = await startImport(
    { userId: owner.userId, input: { source: "file", workspaceId: owner.ownWorkspaceId, file: { name: "broken.pdf", type: "application/pdf", bytes } } },
    { queue: true },
  );
  if (!("jobId" in started)) throw new Error("expected a job");
  expect(await payloadBytes(started.jobId)).toBe(bytes.length);
  await runQueued();
  const job = await readOwnJob(owner.userId, started.jobId);
  expect(job.state).toBe("failed");
  expect(job.error?.message).toMatch(/PDF|read/i);
  expect(await db.document.count()).toBe(before);
  expect(await payloadBytes(started.jobId)).toBeNull();
});

test("queueing checks the input and the right to import at once", async () => {
  expect(
    await errorOf(startImport({ userId: other.userId, input: { source: "url", workspaceId: owner.ownWorkspaceId, url: "https://example.org/a" } })),
  ).toMatchObject({
    code: "NOT_FOUND",
  });
  expect(
    await errorOf(startImport({ userId: owner.userId, input: { source: "url", workspaceId: owner.ownWorkspaceId, url: "ftp://example.org/a" } })),
  ).toMatchObject({
    code: "VALIDATION",
  });
  expect(await db.job.count({ where: { state: "QUEUED" } })).toBe(0);
});

test("a member removed before their job runs: it fails, nothing is saved", async () => {
  const viewer = await signUp("Editor later removed");
  await joinByInvitation(owner, owner.ownWorkspaceId, viewer, "EDITOR");
  const started = await startImport({ userId: viewer.userId, input: { source: "paste", workspaceId: owner.ownWorkspaceId, title: "Gone", text: longText() } });
  if (!("jobId" in started)) throw new Error("expected a job");
  await db.membership.deleteMany({ where: { userId: viewer.userId, workspaceId: owner.ownWorkspaceId } });
  const before = await db.document.count();
  await runQueued();
  const row = await db.job.findUniqueOrThrow({ where: { id: started.jobId } });
  expect(row.state).toBe("FAILED");
  expect(row.error).toMatchObject({ code: "NOT_FOUND" });
  expect(await db.document.count()).toBe(before);
});

test("a job whose process died is claimed again, and fails after MAX_ATTEMPTS; a finish that lost the job saves nothing", async () => {
  const started = await startImport({ userId: owner.userId, input: { source: "paste", workspaceId: owner.ownWorkspaceId, title: "Orphan", text: longText() } });
  if (!("jobId" in started)) throw new Error("expected a job");
  const first = await claimJob();
  expect(first).toMatchObject({ id: started.jobId, attempts: 1 });
  // Another worker finds nothing while the first is alive.
  expect(await claimJob()).toBeNull();
  await db.job.update({ where: { id: started.jobId }, data: { heartbeatAt: new Date(Date.now() - 60_000) } });
  const second = await claimJob();
  expect(second).toMatchObject({ id: started.jobId, attempts: 2 });

  // The first worker wakes up and tries to finish: the job is no longer its own, so its document rolls back.
  const before = await db.document.count();
  await db.job.update({ where: { id: started.jobId }, data: { state: "FAILED" } });
  const finishing = importDocument(
    { userId: owner.userId, input: { source: "paste", workspaceId: owner.ownWorkspaceId, title: "Orphan", text: TEAM_TEXT } },
    { onSaved: (tx, result) => completeJob(tx, first!, { ...result }) },
  );
  expect(await errorOf(finishing)).toMatchObject({ code: "CONFLICT" });
  expect(await db.document.count()).toBe(before);

  await db.job.update({ where: { id: started.jobId }, data: { state: "RUNNING", attempts: MAX_ATTEMPTS, heartbeatAt: new Date(Date.now() - 60_000) } });
  expect(await claimJob()).toBeNull();
  const failed = await readOwnJob(owner.userId, started.jobId);
  expect(failed).toMatchObject({ state: "failed" });
  expect(failed.error?.message).toMatch(/interrupted/);
});
