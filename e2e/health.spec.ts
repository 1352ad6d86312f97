import { expect, test } from "@playwright/test";

test("health names the database the server runs on", async ({ request }, info) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ ok: true, db: info.project.name, worker: null });
});
