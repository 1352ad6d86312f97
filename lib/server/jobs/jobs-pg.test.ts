// On the PostgreSQL server, several workers (connections) claim at once: FOR UPDATE SKIP LOCKED
// gives every queued job to exactly one of them, and a file's bytes survive the queue intact.
import { afterAll, beforeAll, expect, test } from "vitest";
import { installPgTestDb } from "../testing/pg-test-db";

const testDb = await installPgTestDb();
const { signUpUser } = await import("../use-cases/sign-up-user");
const { enqueueJob, claimJob } = await import("./queue");

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
