// Lost updates need two connections to show: on the PostgreSQL server, a teammate's transaction
// changes a unit and holds its row lock while a merge reads, checks and then writes that unit.
// The merge must see the commit it waited for (409), never overwrite it.
import { afterAll, beforeAll, expect, test } from "vitest";
import { describeError } from "../errors";
import { installPgTestDb } from "../testing/pg-test-db";

const testDb = await installPgTestDb();
const { db } = testDb;
const { signUpUser } = await import("./sign-up-user");
const { importDocument } = await import("./import-document");
const { mergeUnits } = await import("./merge-units");

let userId: string;
let documentId: string;

beforeAll(async () => {
  const { user, workspace } = await signUpUser({ input: { name: "Ann", email: "ann@example.org", password: "correct horse battery" } });
  userId = user.id;
  const text = "The committee met on 3 March 2024 in Geneva. Its chair said the budget rose by 12 percent. Critics disputed the figure.";
  documentId = (await importDocument({ userId, input: { source: "paste", workspaceId: workspace.id, title: "Budget", text } })).id;
});
afterAll(() => testDb.close());

/** Resolves once some backend waits for a row lock (the merge has reached its write). */
async function someoneWaitsForALock() {
  for (let i = 0; i < 200; i++) {
    const rows = await db.$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`;
    if (Number(rows[0]!.n) > 0) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("the merge never waited for the teammate's row lock");
}

test("merge refuses (409) a unit a teammate changed after the merge read it, and keeps the teammate's change", async () => {
  const [a, b] = await db.unit.findMany({ where: { documentId }, orderBy: { start: "asc" }, take: 2 });
  const teammate = await testDb.connect();
  try {
    await teammate.query("BEGIN");
    await teammate.query(`UPDATE "Unit" SET verdict = 'SUPPORTED', rationale = 'Minutes, p. 2', version = version + 1 WHERE id = $1`, [a!.id]);
    const merging = mergeUnits({ userId, input: { unitId: a!.id, version: a!.version, nextId: b!.id, nextVersion: b!.version } }).then(
      () => "merged",
      (e: unknown) => describeError(e).body.error.code,
    );
    await someoneWaitsForALock();
    await teammate.query("COMMIT");
    expect(await merging).toBe("VERSION_CONFLICT");
  } finally {
    await teammate.end();
  }
  const [after, next] = await Promise.all([db.unit.findUniqueOrThrow({ where: { id: a!.id } }), db.unit.findUnique({ where: { id: b!.id } })]);
  expect(after).toMatchObject({ verdict: "SUPPORTED", rationale: "Minutes, p. 2", version: a!.version + 1, end: a!.end });
  expect(next).toMatchObject({ version: b!.version });
});
