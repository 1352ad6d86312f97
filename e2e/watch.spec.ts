// Issue 15, "watch the reviewed article": a page imported by URL (a background job) is reviewed,
// then its publisher quietly edits it; "Check for changes" fetches it again (a job), and the
// workbench flags the reviewed claim whose words changed (before → after) and the one that went,
// with the edited passages side by side. A local HTTP server plays the publisher.
import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { signUp } from "./fixtures";

const V1 = `<!doctype html><html><head><title>Harbour budget</title></head><body><article><h1>Harbour budget</h1>
<p>The harbour minister said the budget rose by 12 percent in 2023, according to the council minutes.</p>
<p>Critics disputed the figure at the public meeting on Tuesday evening.</p>
<p>Unemployment in the port district fell to 4 percent last year, the statistics office said.</p>
</article></body></html>`;
const V2 = V1.replace("rose by 12 percent", "rose by 9 percent").replace(/<p>Critics disputed[^<]*<\/p>\n/, "");

const MINUTES = `<!doctype html><html><head><title>Council minutes</title></head><body><article><h1>Council minutes</h1>
<p>The council recorded an increase of 8 percent in the harbour budget for 2023.</p></article></body></html>`;
let page = V1;
let flakyUp = false;
let server: Server;
let base = "";
test.beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/flaky" && !flakyUp) {
      res.writeHead(503, { "content-type": "text/plain" });
      return res.end("Down for maintenance");
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(req.url === "/minutes" || req.url === "/flaky" ? MINUTES : page);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => server.close());

test("a reviewed article edited after the review: check for changes flags the changed claim, before → after, in the workbench and on the published report", async ({
  page: browser,
  browser: chromium,
}) => {
  test.setTimeout(180_000);
  await signUp(browser, "Wanda Watch");
  await browser.goto("/documents/new");
  const form = browser.getByTestId("file-url-import");
  await form.getByLabel("Web address").fill(`${base}/harbour`);
  await form.getByRole("button", { name: "Import" }).click();
  await browser.waitForURL(/\/documents\/[0-9a-f-]{36}$/, { timeout: 60_000 });
  const documentId = browser.url().split("/").pop()!;
  await expect(browser.getByTestId("source-watch-summary")).toHaveText("Not checked since the import.");

  // The figure is reviewed.
  const doc = (await (await browser.request.get(`/api/v1/documents/${documentId}`)).json()) as { units: { id: string; exact: string; version: number }[] };
  const figure = doc.units.find((u) => u.exact.includes("12 percent"))!;
  const reviewed = await browser.request.patch(`/api/v1/units/${figure.id}`, {
    data: { version: figure.version, verdict: "DISPUTED", rationale: "The minutes say 8." },
  });
  expect(reviewed.status()).toBe(200);

  // Unchanged page first.
  await browser.reload();
  await browser.getByRole("button", { name: "Check for changes" }).click();
  await expect(browser.getByTestId("source-watch-summary")).toContainText("the page is unchanged", { timeout: 30_000 });

  // The review is published.
  const published = await browser.request.post(`/api/v1/documents/${documentId}/publication`, { data: {} });
  expect(published.status()).toBe(201);
  const reportPath = new URL(((await published.json()) as { url: string }).url).pathname;

  // The publisher edits the figure and drops a paragraph.
  page = V2;
  await browser.getByRole("button", { name: "Check for changes" }).click();
  await expect(browser.getByTestId("source-watch-summary")).toContainText("the page was edited — 1 changed, 1 gone", { timeout: 30_000 });
  const changed = browser.getByTestId("source-change").filter({ hasText: "9 percent" });
  await expect(changed).toHaveAttribute("data-status", "changed");
  await expect(changed).toContainText("Reviewed as Disputed, but the article was edited after the review");
  await expect(changed.locator("del")).toContainText("rose by 12 percent");
  await expect(changed.locator("ins")).toContainText("rose by 9 percent");
  await expect(browser.getByTestId("source-change").filter({ hasText: "Critics disputed" })).toHaveAttribute("data-status", "gone");
  await browser.getByText(/Edited passages/).click();
  await expect(browser.getByTestId("source-diff")).toContainText("9 percent");
  await changed.getByRole("button", { name: "Show the claim" }).click();
  await expect(browser.getByTestId("claim-card")).toHaveAttribute("data-unit-id", figure.id);

  // The review's text is the original; the snapshots form a history.
  const after = (await (await browser.request.get(`/api/v1/documents/${documentId}`)).json()) as { text: string };
  expect(after.text).toContain("rose by 12 percent");
  const snapshots = (await (await browser.request.get(`/api/v1/documents/${documentId}/snapshots`)).json()) as {
    snapshots: { textChanged: boolean; rawSha256: string }[];
    latest: { changed: { id: string; after: string }[] };
  };
  expect(snapshots.snapshots.map((s) => s.textChanged)).toEqual([false, true]);
  expect(snapshots.snapshots[0]!.rawSha256).not.toBe(snapshots.snapshots[1]!.rawSha256);
  expect(snapshots.latest.changed).toEqual([expect.objectContaining({ id: figure.id, after: expect.stringContaining("9 percent") })]);

  // Its history says so.
  await browser.goto(`/documents/${documentId}`);
  await expect(browser.getByTestId("source-watch-summary")).toContainText("the page was edited");

  // The reviewer's queue asks for another look.
  await browser.goto("/queue");
  const again = browser.getByTestId("queue-edited");
  await expect(again).toContainText("you reviewed it as Disputed; the article now says");
  await expect(again).toContainText("rose by 9 percent");

  // The published report tells its readers, signed out.
  const reader = await chromium.newContext();
  const anon = await reader.newPage();
  expect((await anon.goto(reportPath))!.status()).toBe(200);
  const edit = anon.getByTestId("report-edit");
  await expect(edit).toHaveCount(1);
  await expect(edit).toContainText("The article was edited after this check");
  await expect(edit).toContainText("rose by 12 percent");
  await expect(edit).toContainText("rose by 9 percent");
  await reader.close();

  // The owner has the workspace check its web articles every day: the first pass runs within seconds.
  const checks = async () =>
    ((await (await browser.request.get(`/api/v1/documents/${documentId}/snapshots`)).json()) as { snapshots: unknown[] }).snapshots.length;
  const before = await checks();
  const workspaceId = ((await (await browser.request.get("/api/v1/workspaces")).json()) as { workspaces: { id: string }[] }).workspaces[0]!.id;
  await browser.goto(`/workspaces/${workspaceId}/members`);
  const settings = browser.getByTestId("workspace-settings");
  await settings.getByLabel("Check articles imported from the web for changes every day").check();
  await settings.getByRole("button", { name: "Save settings" }).click();
  await expect(settings).toContainText("Settings saved.");
  await expect(settings.getByTestId("watch-status")).toContainText("Turned on by Wanda Watch.");
  await expect.poll(checks, { timeout: 30_000 }).toBe(before + 1);
  await browser.reload();
  await expect(settings.getByTestId("watch-status")).toContainText("Last run");
  await expect(settings.getByLabel("Check articles imported from the web for changes every day")).toBeChecked();
});

test("a source attached by URL gets an archived copy with the hash of what was fetched; a failed copy says why and can be retried; the published report links the copies", async ({
  page: browser,
  browser: chromium,
}) => {
  test.setTimeout(120_000);
  await signUp(browser, "Archie Archive");
  const workspaceId = ((await (await browser.request.get("/api/v1/workspaces")).json()) as { workspaces: { id: string }[] }).workspaces[0]!.id;
  const created = await browser.request.post(`/api/v1/workspaces/${workspaceId}/documents`, {
    data: { title: "Sources", text: "The harbour minister said the budget rose by 12 percent in 2023." },
  });
  const documentId = ((await created.json()) as { id: string }).id;
  const unit = ((await (await browser.request.get(`/api/v1/documents/${documentId}`)).json()) as { units: { id: string }[] }).units[0]!;
  for (const [path, title] of [
    ["/minutes", "Council minutes"],
    ["/flaky", "Flaky record"],
  ]) {
    const res = await browser.request.post(`/api/v1/units/${unit.id}/sources`, { data: { url: `${base}${path}`, title, stance: "REFUTES" } });
    expect(res.status()).toBe(201);
  }
  await browser.goto(`/documents/${documentId}?unit=${unit.id}`);
  const sources = browser.getByTestId("sources");
  const minutes = sources.locator("li").filter({ hasText: "Council minutes" });
  await expect(minutes.getByTestId("source-archive")).toHaveAttribute("data-state", "done", { timeout: 30_000 });
  const flaky = sources.locator("li").filter({ hasText: "Flaky record" });
  await expect(flaky.getByTestId("source-archive")).toHaveAttribute("data-state", "failed", { timeout: 30_000 });
  await expect(flaky.getByTestId("source-archive")).toContainText("The copy failed");

  // The copy proves what the page said: its text, and the SHA-256 of the very bytes served.
  await minutes.getByRole("link", { name: "Archived copy" }).click();
  await expect(browser.getByTestId("archive-text")).toContainText("an increase of 8 percent");
  await expect(browser.getByTestId("archive-sha256")).toHaveText(createHash("sha256").update(MINUTES).digest("hex"));

  // The site is back: a retry makes the copy.
  flakyUp = true;
  await browser.goto(`/documents/${documentId}?unit=${unit.id}`);
  await flaky.getByRole("button", { name: "Try again" }).click();
  await expect(flaky.getByTestId("source-archive")).toHaveAttribute("data-state", "done", { timeout: 30_000 });

  // Reviewed and published: the report links the live page and the archived copy, readable signed out.
  const { version } = (
    (await (await browser.request.get(`/api/v1/documents/${documentId}`)).json()) as { units: { id: string; version: number }[] }
  ).units.find((u) => u.id === unit.id)!;
  expect((await browser.request.patch(`/api/v1/units/${unit.id}`, { data: { version, verdict: "DISPUTED", rationale: "The minutes say 8." } })).status()).toBe(
    200,
  );
  const published = await browser.request.post(`/api/v1/documents/${documentId}/publication`, { data: {} });
  expect(published.status()).toBe(201);
  const reportPath = new URL(((await published.json()) as { url: string }).url).pathname;
  const reader = await chromium.newContext();
  const anon = await reader.newPage();
  await anon.goto(reportPath);
  const cited = anon.locator(".sources li").filter({ hasText: "Council minutes" });
  await expect(cited.getByRole("link", { name: "Council minutes" })).toHaveAttribute("href", `${base}/minutes`);
  await expect(anon.getByRole("link", { name: "Archived copy" })).toHaveCount(2);
  await cited.getByRole("link", { name: "Archived copy" }).click();
  await expect(anon).toHaveURL(new RegExp(`${reportPath}/sources/\\d$`));
  await expect(anon.getByTestId("archive-text")).toContainText("an increase of 8 percent");
  await expect(anon.getByTestId("archive-sha256")).toHaveText(createHash("sha256").update(MINUTES).digest("hex"));
  await expect(anon.getByRole("link", { name: /Back to the fact check/ })).toHaveAttribute("href", new RegExp(`${reportPath}$`));
  // Only the report's own archived sources: no third one, nothing after unpublishing.
  expect((await anon.goto(`${reportPath}/sources/3`))!.status()).toBe(404);
  expect((await browser.request.delete(`/api/v1/documents/${documentId}/publication`)).status()).toBeLessThan(300);
  expect((await anon.goto(`${reportPath}/sources/1`))!.status()).toBe(410);
  await reader.close();
});
