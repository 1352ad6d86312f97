// On the PostgreSQL server, several workers (connections) claim at once: FOR UPDATE SKIP LOCKED
// gives every queued job to exactly one of them, and a file's bytes survive the queue intact.
import { afterAll, beforeAll, expect, test } from "vitest";
import { installPgTestDb } from "../testing/pg-test-db";

const testDb = await installPgTestDb();
const { signUpUser } = await import("../use-cases/sign-up-user");
const { enqueueJob, claimJob } = await import("./queue");
const { queueWatchChecks } = await import("./watch-schedule");
const { updateWorkspace } = await import("../use-cases/update-workspace");
const { startImport } = await import("../use-cases/start-import");

let userId: string;
let workspaceId: string;
beforeAll(async () => {
  const { user, workspace } = await signUpUser({ input: { name: "Queue", email: "queue@example.org", password: "correct horse battery" } });
  userId = user.id;
  workspaceId = workspace.id;
});
afterAll(() => testDb.close());

test("twelve concurrent claims share eight jobs: each job once, then nothing", async () => {
  const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
  const ids = new Set<string>();
  for (let i = 0; i < 8; i++) ids.add(await enqueueJob({ kind: "import", workspaceId, userId, input: { n: i }, payload: bytes }));
  const claims = await Promise.all(Array.from({ length: 12 }, () => claimJob()));
  const claimed = claims.filter((c) => c !== null);
  expect(claimed).toHaveLength(8);
  expect(new Set(claimed.map((c) => c.id))).toEqual(ids);
  for (const job of claimed) expect(Buffer.from(job.payload!).equals(Buffer.from(bytes))).toBe(true);
  expect(await claimJob()).toBeNull();
});

test("the daily check asked by six processes at once queues each document's job exactly once", async () => {
  // The queue is empty again (the test above claimed every job).
  for (const title of ["One", "Two", "Three"]) {
    await startImport({ userId, input: { source: "paste", workspaceId, title, text: "The budget rose.", sourceUrl: `https://example.org/${title}` } });
  }
  await updateWorkspace({ userId, input: { workspaceId, watchDaily: true } });
  const now = new Date();
  const passes = await Promise.all(Array.from({ length: 6 }, () => queueWatchChecks(now)));
  expect(passes.reduce((sum, p) => sum + p.jobs, 0)).toBe(3);
  expect(await testDb.db.job.count({ where: { workspaceId, kind: "refresh", state: "QUEUED" } })).toBe(3);
});
