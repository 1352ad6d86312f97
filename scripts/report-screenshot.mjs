// Refreshes the README's screenshot of a published report (docs/report-screenshot.png) against a
// running Warrant: `node scripts/report-screenshot.mjs http://127.0.0.1:3000`. It signs up (the
// account gets the demo article), reviews a few of its claims with sources through the REST API,
// sets a methodology note, publishes, and photographs the report signed out. Use a throwaway database.
import { chromium } from "playwright";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
const context = await browser.newContext({ baseURL: base, viewport: { width: 1100, height: 1400 }, deviceScaleFactor: 1 });
const page = await context.newPage();
async function ok(res, what) {
  if (!res.ok()) throw new Error(`${what}: ${res.status()} ${await res.text()}`);
  return res.json();
}

await page.goto("/signup");
await page.getByLabel("Name").fill("Petra Publisher");
await page.getByLabel("Email").fill(`petra-${Date.now()}@example.test`);
await page.getByLabel("Password").fill("a long enough password");
await page.getByRole("button", { name: "Create account" }).click();
await page.waitForURL(/\/documents$/);
const { workspaces } = await ok(await page.request.get("/api/v1/workspaces"), "workspaces");
const workspaceId = workspaces[0].id;
await ok(
  await page.request.patch(`/api/v1/workspaces/${workspaceId}`, {
    data: {
      name: "Harbour Fact Desk",
      methodology:
        "Each claim is checked against primary sources (official records, the treaty texts, the speakers' own words) by one reviewer and approved by an editor. We publish the sources we relied on and correct our findings openly: every new version lists what changed.",
    },
  }),
  "settings",
);
const { documents } = await ok(await page.request.get(`/api/v1/workspaces/${workspaceId}/documents`), "documents");
const documentId = documents[0].id;
const { units } = await ok(await page.request.get(`/api/v1/documents/${documentId}`), "document");
const claims = units.filter((u) => u.kind === "CLAIM");
// Claims of the demo article found by their words, with findings a desk could publish.
const reviews = [
  [
    /75th anniversary NATO summit/,
    "SUPPORTED",
    "The summit was held in Washington on 9–11 July 2024; its declaration has a section on the Indo-Pacific partners.",
    "Washington Summit Declaration, 10 July 2024",
    "https://example.org/washington-declaration",
  ],
  [
    /QUAD/,
    "DISPUTED",
    "The Quad is Australia, India, Japan and the United States. The four leaders at the summit (Australia, Japan, New Zealand, the Republic of Korea) are NATO's Indo-Pacific partners, the IP4.",
    "NATO: relations with partners in the Indo-Pacific",
    "https://example.org/nato-indo-pacific",
  ],
  [/imbued with the spirit/, "OPINION", "An interpretation of the declaration's tone, not a checkable fact.", null, null],
  [/hardening of the tone/, "OPINION", "A characterisation attributed to unnamed experts.", null, null],
];
for (const [pattern, verdict, rationale, title, url] of reviews) {
  const unit = claims.find((u) => pattern.test(u.exact));
  if (!unit) continue;
  await ok(await page.request.patch(`/api/v1/units/${unit.id}`, { data: { version: unit.version, verdict, rationale } }), "verdict");
  if (title)
    await ok(
      await page.request.post(`/api/v1/units/${unit.id}/sources`, { data: { title, url, stance: verdict === "DISPUTED" ? "REFUTES" : "SUPPORTS" } }),
      "source",
    );
}
const { url } = await ok(await page.request.post(`/api/v1/documents/${documentId}/publication`, { data: { onlyApproved: false } }), "publish");
const reader = await (await browser.newContext({ viewport: { width: 1100, height: 1400 }, deviceScaleFactor: 1 })).newPage();
await reader.goto(url);
await reader.screenshot({ path: "docs/report-screenshot.png" });
console.log(`report: ${url}`);
await browser.close();
