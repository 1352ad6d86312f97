import { expect, test } from "@playwright/test";
import { ARTICLE, firstWorkspaceId, importViaApi, signUp } from "./fixtures";

type Collected = { type: string; data: string; lastEventId: string }[];
declare global {
  interface Window {
    __events?: Collected;
  }
}

test("a verdict reaches an open event stream of its document; others get 404", async ({ page, browser, request }) => {
  await signUp(page, "Stella Stream");
  const documentId = await importViaApi(page.request, await firstWorkspaceId(page.request), "Streamed", ARTICLE);
  const url = `/api/v1/documents/${documentId}/events`;

  await page.evaluate((src) => {
    const events: Collected = (window.__events = []);
    const source = new EventSource(src);
    for (const type of ["ready", "change"]) {
      source.addEventListener(type, (e) => events.push({ type, data: (e as MessageEvent<string>).data, lastEventId: (e as MessageEvent).lastEventId }));
    }
  }, url);
  await expect.poll(() => page.evaluate(() => window.__events?.map((e) => e.type))).toContain("ready");

  const doc = await (await page.request.get(`/api/v1/documents/${documentId}`)).json();
  const unit = doc.units[0];
  const patched = await page.request.patch(`/api/v1/units/${unit.id}`, {
    data: { version: unit.version, verdict: "SUPPORTED", rationale: "The minutes confirm it." },
  });
  expect(patched.status()).toBe(200);

  await expect
    .poll(async () => (await page.evaluate(() => window.__events ?? [])).filter((e) => e.type === "change").map((e) => JSON.parse(e.data)))
    .toContainEqual(expect.objectContaining({ action: "unit.verdict", entityType: "unit", entityId: unit.id, documentId }));
  const change = (await page.evaluate(() => window.__events ?? [])).find((e) => e.type === "change" && JSON.parse(e.data).entityId === unit.id)!;
  expect(change.lastEventId).toBe(JSON.parse(change.data).activityId);

  const headers = await page.evaluate(async (src) => {
    const abort = new AbortController();
    const res = await fetch(src, { signal: abort.signal });
    abort.abort();
    return { status: res.status, type: res.headers.get("content-type"), cache: res.headers.get("cache-control"), accel: res.headers.get("x-accel-buffering") };
  }, url);
  expect(headers).toMatchObject({ status: 200, type: expect.stringContaining("text/event-stream"), cache: expect.stringContaining("no-store"), accel: "no" });

  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  try {
    const otherPage = await other.newPage();
    await signUp(otherPage, "Oscar Outsider");
    const refused = await otherPage.request.get(url);
    expect(refused.status()).toBe(404);
    expect((await refused.json()).error.code).toBe("NOT_FOUND");
  } finally {
    await other.close();
  }

  const signedOut = await request.get(url);
  expect(signedOut.status()).toBe(401);
});
