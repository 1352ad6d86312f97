// Issue 15, "Publish a review": an editor publishes a reviewed demo document; the report is read
// signed out (verdicts, the map, ClaimReview JSON-LD validated by a JSON-LD processor, print
// styles, axe), nothing reviewed or attached after publishing reaches it or its embeds, the
// embed may be framed, oEmbed describes it, unpublishing answers 410, republishing says what changed.
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import jsonld from "jsonld";
import { signUp } from "./fixtures";

interface Unit {
  id: string;
  kind: string;
  version: number;
  exact: string;
}
const S = "http://schema.org/";
// The schema.org context stored for the unit tests (lib/formats/fixtures): no network.
const SCHEMA_ORG = JSON.parse(readFileSync("lib/formats/fixtures/schema-org.context.json", "utf8")) as object;
const localDocumentLoader = async (url: string) => {
  if (!/^https?:\/\/schema\.org\/?$/.test(url)) throw new Error(`No stored JSON-LD context for ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: SCHEMA_ORG };
};

async function openDemo(page: Page): Promise<string> {
  await signUp(page, "Petra Publisher");
  await page.getByRole("link", { name: /NATO/ }).click();
  await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
  return page.url().split("/").pop()!;
}

async function claims(request: APIRequestContext, documentId: string): Promise<Unit[]> {
  const res = await request.get(`/api/v1/documents/${documentId}`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { units: Unit[] }).units.filter((u) => u.kind === "CLAIM");
}

async function review(request: APIRequestContext, unit: Unit, verdict: string, rationale: string) {
  const res = await request.patch(`/api/v1/units/${unit.id}`, { data: { version: unit.version, verdict, rationale } });
  expect(res.status()).toBe(200);
}

async function attach(request: APIRequestContext, unitId: string, title: string, url: string) {
  const res = await request.post(`/api/v1/units/${unitId}/sources`, { data: { title, url, stance: "SUPPORTS", excerpt: `${title} excerpt` } });
  expect(res.status()).toBe(201);
}

async function openMenu(page: Page) {
  const menu = page.getByTestId("publish-menu");
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator("summary").click();
  return menu;
}

test("publish a reviewed demo document, read it signed out, unpublish (410), republish with what changed", async ({ page, browser }) => {
  const documentId = await openDemo(page);
  const [a, b, c, later, never] = await claims(page.request, documentId);
  await review(page.request, a!, "SUPPORTED", "The treaty text says so.");
  await review(page.request, b!, "DISPUTED", "The figures do not match the record.");
  await review(page.request, c!, "OPINION", "A value judgement.");
  await attach(page.request, a!.id, "Treaty text", "https://treaties.example.org/nato");

  // The editor publishes from the workbench.
  await page.reload();
  let menu = await openMenu(page);
  await menu.getByRole("button", { name: /^Publish \(3 claims\)$/ }).click();
  await expect(page.getByTestId("publish-notice")).toHaveText("Published.");
  const reportUrl = (await menu.getByTestId("report-link").getAttribute("href"))!;
  expect(reportUrl).toMatch(/\/r\/[A-Za-z0-9_-]{22}$/);
  const path = new URL(reportUrl).pathname;

  // After publishing: one more claim reviewed and a source attached. Neither may reach the report.
  await review(page.request, later!, "DISPUTED", "LATER-RATIONALE");
  await attach(page.request, a!.id, "LATER-SOURCE", "https://later.example.org/x");

  const reader = await browser.newContext();
  const anon = await reader.newPage();
  const res = await anon.goto(path);
  expect(res!.status()).toBe(200);
  expect(res!.headers()["content-security-policy"]).toContain("script-src 'none'");
  expect(res!.headers()["x-frame-options"]).toBe("DENY");
  await expect(anon.getByTestId("report-summary")).toHaveText("3 claims checked: 1 supported, 1 disputed, 1 opinion");
  await expect(anon.locator("li.claim")).toHaveCount(3);
  expect(await anon.locator("li.claim").evaluateAll((els) => els.map((e) => e.getAttribute("data-verdict")).sort())).toEqual([
    "DISPUTED",
    "OPINION",
    "SUPPORTED",
  ]);
  await expect(anon.locator("#claims")).toContainText("The treaty text says so.");
  await expect(anon.getByRole("link", { name: "Treaty text" })).toHaveAttribute("href", "https://treaties.example.org/nato");
  await expect(anon.getByTestId("report-map").locator("svg g[data-node-id]").first()).toBeVisible();
  expect(await anon.locator("mark[data-claim]").count()).toBeGreaterThanOrEqual(3);
  expect(await anon.locator('meta[property="og:title"]').getAttribute("content")).toMatch(/^Fact check: /);

  // Drafts never leak: the page and every embed hold only what was in the snapshot.
  const html = await anon.content();
  for (const secret of ["LATER-RATIONALE", "LATER-SOURCE", "later.example.org", later!.id, never!.id, documentId]) expect(html).not.toContain(secret);
  for (let n = 1; n <= 3; n++) {
    const embed = await anon.request.get(`${path}/claims/${n}/embed`);
    expect(embed.status()).toBe(200);
    expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(embed.headers()["x-frame-options"]).toBeUndefined();
    const body = await embed.text();
    for (const secret of ["LATER-RATIONALE", "LATER-SOURCE", later!.id, documentId]) expect(body).not.toContain(secret);
  }
  expect((await anon.request.get(`${path}/claims/4/embed`)).status()).toBe(404);

  // ClaimReview JSON-LD: one per claim, expanded by a JSON-LD processor with every required field.
  const blocks = await anon.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(3);
  for (const block of blocks) {
    const [review] = (await jsonld.expand(JSON.parse(block), { documentLoader: localDocumentLoader as never })) as Record<
      string,
      { "@value"?: unknown; "@id"?: string }[]
    >[];
    expect(review!["@type"]).toEqual([`${S}ClaimReview`]);
    expect(review![`${S}url`]![0]!["@id"]).toMatch(new RegExp(`${path}#claim-[123]$`));
    expect(review![`${S}claimReviewed`]![0]!["@value"]).toBeTruthy();
    const rating = review![`${S}reviewRating`]![0] as unknown as Record<string, { "@value": string }[]>;
    expect(["Supported", "Disputed", "Opinion"]).toContain(rating[`${S}alternateName`]![0]!["@value"]);
    expect(review![`${S}author`]).toHaveLength(1);
    expect(review![`${S}itemReviewed`]).toHaveLength(1);
  }

  // oEmbed for a claim: a rich iframe of its card.
  const oembed = await anon.request.get(`/api/oembed?url=${encodeURIComponent(`${reportUrl}#claim-2`)}`);
  expect(oembed.status()).toBe(200);
  expect(await oembed.json()).toMatchObject({ type: "rich", version: "1.0", html: expect.stringContaining(`${path}/claims/2/embed`) });

  // Accessible, and printable: print media hides the navigation.
  const axe = await new AxeBuilder({ page: anon }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
  await expect(anon.getByRole("navigation", { name: "Report sections" })).toBeVisible();
  await anon.emulateMedia({ media: "print" });
  await expect(anon.getByRole("navigation", { name: "Report sections" })).toBeHidden();
  await expect(anon.locator("li.claim").first()).toBeVisible();
  await anon.emulateMedia({ media: "screen" });

  // Unpublish: the report and its embeds are gone (410).
  menu = await openMenu(page);
  await menu.getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByTestId("publish-notice")).toContainText("Unpublished");
  const gone = await anon.goto(path);
  expect(gone!.status()).toBe(410);
  await expect(anon.getByRole("heading", { name: "This report was withdrawn" })).toBeVisible();
  expect((await anon.request.get(`${path}/claims/1/embed`)).status()).toBe(410);

  // Republish: version 2 at the same URL, with what changed since version 1.
  menu = await openMenu(page);
  await menu.getByRole("button", { name: /^Republish \(4 claims\)$/ }).click();
  await expect(page.getByTestId("publish-notice")).toHaveText("Republished.");
  const again = await anon.goto(path);
  expect(again!.status()).toBe(200);
  await expect(anon.getByTestId("report-summary")).toHaveText("4 claims checked: 1 supported, 2 disputed, 1 opinion");
  const changes = anon.getByTestId("report-changes");
  await expect(changes.getByRole("heading", { name: "What changed since version 1" })).toBeVisible();
  await expect(changes).toContainText("Added:");
  await expect(changes).toContainText("LATER-SOURCE");
  await reader.close();
});
