import { readdirSync } from "node:fs";
import { expect, test } from "@playwright/test";

test("health names the database the server runs on, and every migration is applied", async ({ request }, info) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const migrations = readdirSync("prisma/migrations", { withFileTypes: true }).filter((d) => d.isDirectory()).length;
  const body = (await res.json()) as { jobs: { queued: number; running: number; oldestQueuedSeconds: number | null } };
  expect(body).toEqual({ ok: true, db: info.project.name, worker: null, migrations: { applied: migrations, pending: [] }, jobs: expect.any(Object) });
  // The job queue's depth (other specs may be importing meanwhile).
  expect(body.jobs).toEqual({ queued: expect.any(Number), running: expect.any(Number), oldestQueuedSeconds: body.jobs.queued > 0 ? expect.any(Number) : null });
});
