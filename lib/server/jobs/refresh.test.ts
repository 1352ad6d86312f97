// "Check for changes" (issue 15): a document imported from a page is fetched again as a job; the
// snapshot keeps what the page said (hashed), each unit is re-anchored, and the original text of
// the review never changes. A local HTTP server plays the publisher who edits the article.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, test } from "vitest";
import { installTestDb } from "../testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { signUp, joinByInvitation, errorOf } = await import("../testing/fixtures");
const { startImport } = await import("../use-cases/start-import");
const { checkForChanges, listSnapshots } = await import("../use-cases/check-for-changes");
const { readOwnJob } = await import("./queue");
const { JobWorker } = await import("./worker");
const { importJobHandler } = await import("./import-job");
const { refreshJobHandler } = await import("./refresh-job");
const { stopRealtime } = await import("../realtime");

const V1 = `<html><head><title>Budget row</title></head><body><article><h1>Budget row</h1>
<p>The minister said the budget rose by 12 percent in 2023.</p>
<p>Critics disputed the figure at the meeting on Tuesday.</p>
<p>Unemployment fell to 4 percent last year, the office said.</p></article></body></html>`;
let page = V1;
let server: Server;
let base = "";
const fetchOptions = { isBlocked: () => false };

let owner: Awaited<ReturnType<typeof signUp>>;
beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(page);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  owner = await signUp("Watcher");
});
afterAll(async () => {
  server.close();
  await stopRealtime();
  await testDb.close();
});

async function runJobs() {
  const worker = new JobWorker({ import: importJobHandler(fetchOptions), refresh: refreshJobHandler(fetchOptions) });
  await worker.start();
  for (let i = 0; i < 200 && (await db.job.count({ where: { state: { in: ["QUEUED", "RUNNING"] } } })) > 0; i++) await new Promise((r) => setTimeout(r, 25));
  await worker.stop();
}

test("an edited article: the changed claim is before → after, the deleted one gone, the rest unchanged; the original stays", async () => {
  const started = await startImport({ userId: owner.userId, input: { source: "url", workspaceId: owner.ownWorkspaceId, url: `${base}/article` } });
  if (!("jobId" in started)) throw new Error("a URL import is a job");
  await runJobs();
  const documentId = (await readOwnJob(owner.userId, started.jobId)).documentId!;
  const original = await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { text: true } });
  const units = await db.unit.findMany({ where: { documentId }, select: { id: true, quoteExact: true } });
  const unitWith = (words: string) => units.find((u) => u.quoteExact.includes(words))!;
  expect(unitWith("12 percent")).toBeDefined();

  // Unchanged page: a snapshot, nothing changed.
  await checkForChanges({ userId: owner.userId, input: { documentId } });
  await runJobs();
  let view = await listSnapshots({ userId: owner.userId, input: { documentId } });
  expect(view.snapshots).toHaveLength(1);
  expect(view.latest).toMatchObject({ textChanged: false, changed: [], gone: [] });
  expect(view.latest!.unchanged).toHaveLength(units.length);

  // The publisher quietly edits the figure and drops a paragraph.
  page = V1.replace("rose by 12 percent", "rose by 9 percent").replace(/<p>Critics disputed[^<]*<\/p>/, "");
  const { jobId } = await checkForChanges({ userId: owner.userId, input: { documentId } });
  await runJobs();
  expect(await readOwnJob(owner.userId, jobId)).toMatchObject({ state: "done", documentId });
  view = await listSnapshots({ userId: owner.userId, input: { documentId } });
  expect(view.snapshots).toHaveLength(2);
  expect(view.snapshots[1]!.rawSha256).not.toBe(view.snapshots[0]!.rawSha256);
  expect(view.latest!.textChanged).toBe(true);
  const changed = view.latest!.changed.find((c) => c.id === unitWith("12 percent").id);
  expect(changed).toMatchObject({ before: expect.stringContaining("12 percent"), after: expect.stringContaining("9 percent") });
  expect(view.latest!.gone.map((g) => g.id)).toContain(unitWith("Critics disputed").id);
  expect(view.latest!.unchanged).toContain(unitWith("Unemployment fell").id);
  expect(view.latest!.passages.some((p) => p.type === "changed" || p.type === "removed")).toBe(true);
  // The review's text never changes in place; the activity says what the check found.
  expect((await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { text: true } })).text).toBe(original.text);
  const activity = await db.activity.findFirst({ where: { documentId, action: "document.refresh" }, orderBy: { createdAt: "desc" } });
  expect(activity?.after).toMatchObject({ textChanged: true, changed: expect.any(Number), gone: expect.any(Number) });
});

test("only editors and owners check, only pages can be checked, and a page that cannot be fetched fails the job with why", async () => {
  const pasted = await startImport({
    userId: owner.userId,
    input: { source: "paste", workspaceId: owner.ownWorkspaceId, title: "Pasted", text: "The budget rose." },
  });
  if (!("done" in pasted)) throw new Error("a short paste is saved at once");
  expect(await errorOf(checkForChanges({ userId: owner.userId, input: { documentId: pasted.done.id } }))).toMatchObject({ code: "VALIDATION" });

  const reviewer = await signUp("Reviewer");
  await joinByInvitation(owner, owner.ownWorkspaceId, reviewer, "REVIEWER");
  const watched = await startImport(
    {
      userId: owner.userId,
      input: { source: "paste", workspaceId: owner.ownWorkspaceId, title: "Watched", text: "The budget rose.", sourceUrl: `${base}/gone` },
    },
    {},
  );
  if (!("done" in watched)) throw new Error("a short paste is saved at once");
  expect(await errorOf(checkForChanges({ userId: reviewer.userId, input: { documentId: watched.done.id } }))).toMatchObject({ code: "FORBIDDEN" });

  server.close();
  const { jobId } = await checkForChanges({ userId: owner.userId, input: { documentId: watched.done.id } });
  await runJobs();
  const job = await readOwnJob(owner.userId, jobId);
  expect(job.state).toBe("failed");
  expect(job.error?.message).toBeTruthy();
  expect((await listSnapshots({ userId: owner.userId, input: { documentId: watched.done.id } })).snapshots).toHaveLength(0);
});
