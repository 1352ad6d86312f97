import { readdirSync } from "node:fs";
import { expect, test } from "@playwright/test";

test("health names the database the server runs on, and every migration is applied", async ({ request }, info) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const migrations = readdirSync("prisma/migrations", { withFileTypes: true }).filter((d) => d.isDirectory()).length;
  expect(await res.json()).toEqual({ ok: true, db: info.project.name, worker: null, migrations: { applied: migrations, pending: [] } });
});
