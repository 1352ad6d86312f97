// /api/health: the database answers, and every migration this build ships is applied; a pending
// one makes it unhealthy (503) and is named. Real PGlite, with Prisma's migrations table made here.
import { afterAll, expect, test } from "vitest";
import { installTestDb, migrationNames } from "../testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { checkHealth } = await import("./check-health");
afterAll(() => testDb.close());

test("names the migrations this build ships that the database has not applied", async () => {
  // Without Prisma's table (a database never migrated) the check fails, it does not throw.
  expect(await checkHealth()).toMatchObject({ ok: false, db: "pglite" });

  await db.$executeRawUnsafe(`CREATE TABLE "_prisma_migrations" (
    id TEXT PRIMARY KEY, checksum TEXT NOT NULL, finished_at TIMESTAMPTZ, migration_name TEXT NOT NULL,
    logs TEXT, rolled_back_at TIMESTAMPTZ, started_at TIMESTAMPTZ NOT NULL DEFAULT now(), applied_steps_count INTEGER NOT NULL DEFAULT 0)`);
  const names = migrationNames();
  const last = names.at(-1)!;
  for (const [i, name] of names.slice(0, -1).entries()) {
    await db.$executeRaw`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name) VALUES (${String(i)}, 'x', now(), ${name})`;
  }
  expect(await checkHealth()).toEqual({
    ok: false,
    db: "pglite",
    worker: null,
    migrations: { applied: names.length - 1, pending: [last] },
    jobs: { queued: 0, running: 0, oldestQueuedSeconds: null },
  });

  // A rolled-back attempt does not count as applied; the finished one does.
  await db.$executeRaw`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, rolled_back_at, migration_name) VALUES ('rb', 'x', now(), now(), ${last})`;
  expect((await checkHealth()).migrations?.pending).toEqual([last]);
  await db.$executeRaw`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name) VALUES ('ok', 'x', now(), ${last})`;
  expect(await checkHealth()).toEqual({
    ok: true,
    db: "pglite",
    worker: null,
    migrations: { applied: names.length, pending: [] },
    jobs: { queued: 0, running: 0, oldestQueuedSeconds: null },
  });
});
