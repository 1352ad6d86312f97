// Refreshes the README's screenshot of a stealth-edit flag (docs/stealth-edit-screenshot.png)
// against a running Warrant started with WARRANT_ALLOW_PRIVATE_URLS=1 (it imports from a local
// server this script runs): `node scripts/watch-screenshot.mjs http://127.0.0.1:3000`. It imports
// an article by URL, reviews its figure, then edits the article and checks for changes, and
// photographs the document's "Source changes" panel. Use a throwaway database.
import { createServer } from "node:http";
import { chromium } from "playwright";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const V1 = `<!doctype html><html><head><title>Harbour budget row</title></head><body><article><h1>Harbour budget row</h1>
<p>The harbour minister said the budget rose by 12 percent in 2023, according to the council minutes.</p>
<p>Critics disputed the figure at the public meeting on Tuesday evening.</p>
<p>Unemployment in the port district fell to 4 percent last year, the statistics office said.</p>
</article></body></html>`;
let article = V1;
const server = createServer((_req, res) => {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  res.end(article);
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const publisher = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
const context = await browser.newContext({ baseURL: base, viewport: { width: 1300, height: 1000 }, deviceScaleFactor: 1 });
const page = await context.newPage();
async function ok(res, what) {
  if (!res.ok()) throw new Error(`${what}: ${res.status()} ${await res.text()}`);
  return res.json();
}
async function job(jobId) {
  for (;;) {
    const j = await ok(await page.request.get(`/api/v1/jobs/${jobId}`), "job");
    if (j.state === "done") return j;
    if (j.state === "failed") throw new Error(`job failed: ${j.error?.message}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

await page.goto("/signup");
await page.getByLabel("Name").fill("Wanda Watch");
await page.getByLabel("Email").fill(`wanda-${Date.now()}@example.test`);
await page.getByLabel("Password").fill("a long enough password");
await page.getByRole("button", { name: "Create account" }).click();
await page.waitForURL(/\/documents$/);
const { workspaces } = await ok(await page.request.get("/api/v1/workspaces"), "workspaces");
const queued = await ok(await page.request.post(`/api/v1/workspaces/${workspaces[0].id}/imports`, { data: { url: `${publisher}/harbour` } }), "import");
const { documentId } = await job(queued.jobId);
const { units } = await ok(await page.request.get(`/api/v1/documents/${documentId}`), "document");
const figure = units.find((u) => u.exact.includes("12 percent"));
await ok(
  await page.request.patch(`/api/v1/units/${figure.id}`, {
    data: { version: figure.version, verdict: "DISPUTED", rationale: "The council minutes record 8 percent." },
  }),
  "verdict",
);
article = V1.replace("rose by 12 percent", "rose by 9 percent").replace(/<p>Critics disputed[^<]*<\/p>\n/, "");
await job((await ok(await page.request.post(`/api/v1/documents/${documentId}/refresh`), "refresh")).jobId);
await page.goto(`/documents/${documentId}`);
const panel = page.getByTestId("source-watch");
await panel.getByText(/Edited passages/).click();
await panel.screenshot({ path: "docs/stealth-edit-screenshot.png" });
console.log(`document: ${base}/documents/${documentId}`);
await browser.close();
server.close();
