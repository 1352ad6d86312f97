import { expect, test } from "@playwright/test";
import { ARTICLE, firstWorkspaceId, importViaApi, signUp } from "./fixtures";

test("importing empty text shows a message and keeps what was typed", async ({ page }) => {
  await signUp(page, "Erin Empty");
  await page.goto("/documents/new");
  await page.getByLabel("Title").fill("Nothing here");
  await page.getByLabel("Article text").fill("   ");
  await page.getByRole("button", { name: "Import and analyse" }).click();
  await expect(page.getByTestId("form-error")).toContainText("empty");
  await expect(page).toHaveURL(/\/documents\/new$/);
  await expect(page.getByLabel("Title")).toHaveValue("Nothing here");
});

test("pasted text the server refuses stays in the form, and a second try sends it again", async ({ page }) => {
  await signUp(page, "Pat Paste");
  await page.goto("/documents/new");
  const text = "The budget rose by 12 percent. ".repeat(70_000); // 2.1 MB: over the 2 MB limit
  await page.getByLabel("Title").fill("Too long");
  await page.getByLabel("Article text").fill(text);
  await page.getByRole("button", { name: "Import and analyse" }).click();
  await expect(page.getByTestId("form-error")).toContainText("2 MB");
  expect(await page.getByLabel("Article text").evaluate((el) => (el as HTMLTextAreaElement).value.length)).toBe(text.length);
  await expect(page.getByLabel("Title")).toHaveValue("Too long");
  // Shortened in place, it imports: what is sent is what the box shows.
  await page.getByLabel("Article text").fill(text.slice(0, 31 * 20));
  await page.getByRole("button", { name: "Import and analyse" }).click();
  await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
});

test("the REST API answers bad input with a clear 4xx JSON error", async ({ page }) => {
  await signUp(page, "Ari Api");
  const request = page.request;
  const workspaceId = await firstWorkspaceId(request);
  const url = `/api/v1/workspaces/${workspaceId}/documents`;

  const tooLarge = await request.post(url, { data: { title: "Huge", text: "a".repeat(2 * 1024 * 1024 + 10) } });
  expect(tooLarge.status()).toBe(413);
  const refusal = (await tooLarge.json()).error;
  expect(refusal.message).toContain("2 MB");
  // Every answer names its request (X-Request-Id, also in the error body), for the server's logs.
  expect(tooLarge.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  expect(refusal.requestId).toBe(tooLarge.headers()["x-request-id"]);
  const traced = await request.get("/api/v1/documents/00000000-0000-0000-0000-000000000000", { headers: { "x-request-id": "lb-trace-000042" } });
  expect(traced.headers()["x-request-id"]).toBe("lb-trace-000042");
  expect((await traced.json()).error.requestId).toBe("lb-trace-000042");
  expect((await request.get("/documents")).headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);

  const empty = await request.post(url, { data: { title: "Empty", text: "" } });
  expect(empty.status()).toBe(400);
  expect((await empty.json()).error).toMatchObject({ code: "VALIDATION", fields: { text: [expect.stringContaining("empty")] } });

  const notJson = await request.post(url, { headers: { "content-type": "application/json" }, data: "{not json" });
  expect(notJson.status()).toBe(400);
  const wrongType = await request.post(url, { headers: { "content-type": "text/plain" }, data: "hello" });
  expect(wrongType.status()).toBe(415);

  const missing = await request.get("/api/v1/documents/00000000-0000-0000-0000-000000000000");
  expect(missing.status()).toBe(404);
  const missingPage = await page.goto("/documents/not-a-document");
  expect(missingPage?.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toBeVisible();
});

test("a verdict carrying a stale version is refused with 409 and the current unit", async ({ page }) => {
  await signUp(page, "Vera Version");
  const request = page.request;
  const documentId = await importViaApi(request, await firstWorkspaceId(request), "Versioned", ARTICLE);
  const doc = await (await request.get(`/api/v1/documents/${documentId}`)).json();
  const unit = doc.units[0];
  expect(unit.version).toBe(1);

  const first = await request.patch(`/api/v1/units/${unit.id}`, { data: { version: 1, verdict: "SUPPORTED", rationale: "Minutes confirm it." } });
  expect(first.status()).toBe(200);
  expect(await first.json()).toMatchObject({ verdict: "SUPPORTED", version: 2 });

  const stale = await request.patch(`/api/v1/units/${unit.id}`, { data: { version: 1, verdict: "DISPUTED", rationale: "Other minutes differ." } });
  expect(stale.status()).toBe(409);
  const body = await stale.json();
  expect(body.error.code).toBe("VERSION_CONFLICT");
  expect(body.error.details.current).toMatchObject({ verdict: "SUPPORTED", version: 2 });

  const noRationale = await request.patch(`/api/v1/units/${unit.id}`, { data: { version: 2, verdict: "DISPUTED", rationale: "" } });
  expect(noRationale.status()).toBe(400);
  expect((await noRationale.json()).error.fields.rationale).toBeTruthy();
});

test("pages load without a 404: the site icon is served", async ({ page }) => {
  await signUp(page, "Ivy Icon");
  const missing: string[] = [];
  page.on("response", (r) => {
    if (r.status() === 404) missing.push(r.url());
  });
  await page.goto("/documents");
  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(icon).toBeTruthy();
  const served = await page.request.get(icon!);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toContain("image/svg+xml");
  // The browser's own /favicon.ico probe is not made when the page names its icon.
  expect(missing).toEqual([]);
});

test("the API docs have the app's header and a way back; signed out, a way to sign in", async ({ page, browser, baseURL }) => {
  await signUp(page, "Dee Docs");
  await page.goto("/api-docs");
  await expect(page.getByRole("heading", { name: "Warrant REST API" })).toBeVisible();
  await expect(page.getByTestId("current-user")).toHaveText("Dee Docs");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Documents" }).click();
  await page.waitForURL(/\/documents$/);

  const anonymous = await browser.newContext({ baseURL });
  const visitor = await anonymous.newPage();
  await visitor.goto("/api-docs");
  await expect(visitor.getByRole("heading", { name: "Warrant REST API" })).toBeVisible();
  await visitor.getByRole("link", { name: "Sign in" }).click();
  await visitor.waitForURL(/\/signin\?callbackUrl=%2Fapi-docs$/);
  await anonymous.close();
});
