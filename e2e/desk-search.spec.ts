// The desk (issue 13): search shows the real number of results and pages through them with the
// query kept in the URL, marks the matched words, filters by document, verdict and kind, and
// collapses one quote found in several documents into one result; the dashboard shows each
// document's share of units reviewed and each reviewer's workload; an editor archives a document
// (gone from the list, back with "Show archived") and deletes one (typed confirmation, the
// workspace's activity says so); a reviewer sees neither control.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { firstWorkspaceId, importViaApi, joinByInvitation, signUp } from "./fixtures";

const newPerson = async (browser: Browser, name: string) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const { email } = await signUp(page, name);
  return { context, page, email };
};

type Unit = { id: string; exact: string; version: number };
const unitsOf = async (page: Page, documentId: string): Promise<Unit[]> =>
  ((await (await page.request.get(`/api/v1/documents/${documentId}`)).json()) as { units: Unit[] }).units;

async function patchUnit(page: Page, unit: Unit, data: Record<string, unknown>) {
  const res = await page.request.patch(`/api/v1/units/${unit.id}`, { data: { version: unit.version, ...data } });
  expect(res.status(), await res.text()).toBe(200);
}

const results = (page: Page) => page.getByTestId("search-result");

/** Serious and critical accessibility problems on the page, with the elements that have them. */
async function a11yProblems(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("search: the real total and pages, matched words marked, filters narrow, one quote in three documents is one result", async ({ page }) => {
  test.slow(); // 25 imports on a busy machine
  await signUp(page, "Sid Searcher");
  const workspaceId = await firstWorkspaceId(page.request);
  // 22 documents whose titles match "tide": more than one page of 20.
  await Promise.all(
    Array.from({ length: 22 }, (_, i) => importViaApi(page.request, workspaceId, `Tide table ${i + 1}`, "The pier opened in 1901. Boats left at noon.")),
  );
  const first = await importViaApi(
    page.request,
    workspaceId,
    "Port weekly",
    "The harbour closed on 3 May 2024 after the storm. Fishermen said the catch fell by 40 percent.",
  );
  const second = await importViaApi(
    page.request,
    workspaceId,
    "Local news",
    "Local news. The harbour closed on 3 May 2024 after the storm. The mayor promised repairs by June.",
  );
  await importViaApi(page.request, workspaceId, "Digest", "The Harbour closed on 3 May 2024, after the storm! Tourism is expected to recover.");

  // Pages: the total is every result, 20 a page; Next and Previous keep the query (keyboard only).
  await page.goto("/documents/search?q=tide");
  await expect(page.getByTestId("search-count")).toHaveText("22 results for “tide” · page 1 of 2");
  await expect(results(page)).toHaveCount(20);
  const next = page.getByRole("link", { name: "Next page →" });
  await next.focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/page=2/);
  expect(new URL(page.url()).searchParams.get("q")).toBe("tide");
  await expect(page.getByTestId("search-count")).toHaveText("22 results for “tide” · page 2 of 2");
  await expect(results(page)).toHaveCount(2);
  await expect(page.getByRole("link", { name: "Next page →" })).toHaveCount(0);
  await page.getByRole("link", { name: "← Previous page" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("search-count")).toHaveText("22 results for “tide” · page 1 of 2");
  // Matched words are marked, as text.
  await expect(results(page).first().locator("mark")).toHaveText(/^tide$/i);

  // Near-duplicates: one result, "+2 similar" opens the other two documents.
  await page.goto("/documents/search?q=harbour+storm");
  await expect(page.getByTestId("search-count")).toHaveText("1 result for “harbour storm”");
  const hit = results(page).first();
  await expect(hit.locator("mark")).toHaveText([/harbour/i, /storm/i]);
  const similar = hit.getByTestId("search-similar");
  await expect(similar.getByRole("link").first()).toBeHidden();
  await similar.locator("summary").focus();
  await page.keyboard.press("Enter");
  await expect(similar.locator("summary")).toContainText("+2 similar");
  await expect(similar.getByRole("link")).toHaveCount(2);
  expect(await a11yProblems(page)).toEqual([]);

  // Filters: a verdict, a kind, a document; each narrows the same query, kept in the URL.
  const [disputed] = (await unitsOf(page, second)).filter((u) => u.exact.startsWith("The harbour"));
  await patchUnit(page, disputed!, { verdict: "DISPUTED", rationale: "The port reopened on 2 May." });
  const [evidence] = (await unitsOf(page, first)).filter((u) => u.exact.startsWith("The harbour"));
  await patchUnit(page, evidence!, { kind: "EVIDENCE" });
  await page.getByRole("combobox", { name: "Verdict", exact: true }).selectOption("DISPUTED");
  await page.getByRole("button", { name: "Search" }).click();
  await page.waitForURL(/verdict=DISPUTED/);
  await expect(page.getByTestId("search-count")).toHaveText("1 result for “harbour storm”");
  await expect(results(page).first()).toContainText("Claim in Local news · Disputed");
  await expect(results(page).first().getByTestId("search-similar")).toHaveCount(0);

  await page.getByRole("combobox", { name: "Verdict", exact: true }).selectOption("");
  await page.getByRole("combobox", { name: "Kind", exact: true }).selectOption("EVIDENCE");
  await page.getByRole("button", { name: "Search" }).click();
  await page.waitForURL(/kind=EVIDENCE/);
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).first()).toContainText("Evidence in Port weekly");

  await page.getByRole("combobox", { name: "Kind", exact: true }).selectOption("");
  await page.getByRole("combobox", { name: "Document", exact: true }).selectOption({ label: "Local news" });
  await page.getByRole("button", { name: "Search" }).click();
  await page.waitForURL(new RegExp(`document=${second}`));
  await expect(page.getByTestId("search-count")).toHaveText("1 result for “harbour storm”");
  await expect(results(page).first()).toContainText("in Local news");
  await page.goto("/documents/search?q=fishermen&document=" + second);
  await expect(page.getByTestId("search-count")).toHaveText("0 results for “fishermen”");
});

test("dashboard: percent reviewed per document and each reviewer's workload", async ({ browser }) => {
  const owner = await newPerson(browser, "Dora Dashboard");
  const workspaceId = await firstWorkspaceId(owner.page.request);
  const rita = await newPerson(browser, "Rita Workload");
  await joinByInvitation(owner.page.request, rita.page.request, workspaceId, rita.email, "REVIEWER");
  const big = await importViaApi(
    owner.page.request,
    workspaceId,
    "Big import",
    "The committee met on 3 March 2024 in Geneva. Its chair said the budget rose by 12 percent. Critics disputed the figure.\n\nThe next meeting is planned for June.",
  );
  const small = await importViaApi(owner.page.request, workspaceId, "Small note", "The harbour closed on 3 May 2024 after the storm.");
  const units = await unitsOf(owner.page, big);
  expect(units).toHaveLength(4);
  await patchUnit(owner.page, units[0]!, { verdict: "SUPPORTED", rationale: "Minutes." });
  const [note] = await unitsOf(owner.page, small);
  await patchUnit(owner.page, note!, { verdict: "DISPUTED", rationale: "It reopened." });
  const { members } = (await (await owner.page.request.get(`/api/v1/workspaces/${workspaceId}/members`)).json()) as {
    members: { user: { id: string; email: string } }[];
  };
  const ritaId = members.find((m) => m.user.email === rita.email)!.user.id;
  const assigned = await owner.page.request.post(`/api/v1/documents/${big}/assignments`, {
    data: { unitIds: units.slice(1, 4).map((u) => u.id), reviewerIds: [ritaId], strategy: "explicit" },
  });
  expect(assigned.status(), await assigned.text()).toBe(200);

  await owner.page.goto("/documents/dashboard");
  // Sign-up's demo article (0 reviewed) is there too: least reviewed first.
  const table = owner.page.getByTestId("dashboard-documents");
  const titles = () => table.locator("tbody tr td:first-child a").allTextContents();
  await expect(table.locator("tbody tr").filter({ hasText: "Big import" }).getByTestId("percent-reviewed")).toHaveText("25% (1 of 4)");
  await expect(table.locator("tbody tr").filter({ hasText: "Small note" }).getByTestId("percent-reviewed")).toHaveText("100% (1 of 1)");
  const progress = await titles();
  expect(progress.indexOf("Big import")).toBeLessThan(progress.indexOf("Small note"));
  const ritaRow = owner.page.getByTestId("workload").getByRole("row", { name: /Rita Workload/ });
  await expect(ritaRow.getByRole("cell")).toHaveText(["3", "0"]);
  await owner.page.getByRole("combobox", { name: "Order documents" }).selectOption("title");
  await owner.page.getByRole("button", { name: "Apply" }).click();
  await owner.page.waitForURL(/sort=title/);
  const byTitle = await titles();
  expect(byTitle).toEqual([...byTitle].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: "base" })));
  expect(await a11yProblems(owner.page)).toEqual([]);
  await owner.context.close();
  await rita.context.close();
});

test("an editor archives and deletes documents; the activity says so; a reviewer sees neither control", async ({ browser }) => {
  const owner = await newPerson(browser, "Olive Owner");
  const workspaceId = await firstWorkspaceId(owner.page.request);
  const eddie = await newPerson(browser, "Eddie Editor");
  const rita = await newPerson(browser, "Rita Reviewer");
  await joinByInvitation(owner.page.request, eddie.page.request, workspaceId, eddie.email, "EDITOR");
  await joinByInvitation(owner.page.request, rita.page.request, workspaceId, rita.email, "REVIEWER");
  const pierId = await importViaApi(owner.page.request, workspaceId, "Pier report", "The pier opened in 1901. Boats left at noon.");
  const doomedId = await importViaApi(owner.page.request, workspaceId, "Doomed draft", "The harbour closed on 3 May 2024 after the storm.");
  const section = (page: Page) => page.locator("section").filter({ has: page.getByRole("heading", { name: /Olive Owner/ }) });
  const row = (page: Page, title: string) => section(page).getByTestId("document-row").filter({ hasText: title });

  // Archive: gone from the list, the dashboard and search; back with "Show archived".
  const e = eddie.page;
  await e.goto("/documents");
  await row(e, "Pier report").getByRole("button", { name: "Archive Pier report" }).click();
  await expect(row(e, "Pier report")).toHaveCount(0);
  await e.getByLabel("Show archived documents").check();
  await e.getByRole("button", { name: "Apply" }).click();
  await expect(row(e, "Pier report")).toContainText("Archived");
  await e.goto("/documents/search?q=pier");
  await expect(e.getByTestId("search-count")).toHaveText("0 results for “pier”");
  await e.getByRole("checkbox", { name: "Show archived", exact: true }).check();
  await e.getByRole("button", { name: "Search" }).click();
  await expect(e.getByTestId("search-count")).toHaveText("2 results for “pier”");
  await e.goto("/documents/dashboard");
  await expect(section(e).getByTestId("dashboard-documents")).toContainText("Doomed draft");
  await expect(section(e).getByTestId("dashboard-documents")).not.toContainText("Pier report");
  // Opened by its link, it says it is archived.
  await e.goto(`/documents/${pierId}`);
  await expect(e.getByTestId("archived-notice")).toContainText("Archived on");
  await e.goto("/documents?archived=on");
  await row(e, "Pier report").getByRole("button", { name: "Unarchive Pier report" }).click();
  await expect(row(e, "Pier report")).not.toContainText("Archived");

  // Rita has the draft open while it is deleted: her page says so (and keeps whatever she typed).
  await rita.page.goto(`/documents/${doomedId}`);
  await expect(rita.page.getByTestId("document-title")).toHaveText("Doomed draft");
  // Delete: the title must be typed; then it is gone and the workspace's activity says who did it.
  await row(e, "Doomed draft").getByRole("button", { name: "Delete Doomed draft" }).click();
  const dialog = e.getByRole("dialog", { name: "Delete this document?" });
  const confirm = dialog.getByRole("button", { name: "Delete for good" });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel("Type the title to confirm").fill("Doomed");
  await expect(confirm).toBeDisabled();
  expect(await a11yProblems(e)).toEqual([]);
  await dialog.getByLabel("Type the title to confirm").fill("Doomed draft");
  await confirm.click();
  await expect(dialog).toBeHidden();
  await expect(row(e, "Doomed draft")).toHaveCount(0);
  await expect(rita.page.getByTestId("gone-notice")).toContainText("no longer available", { timeout: 20_000 });
  await e.goto(`/workspaces/${workspaceId}/activity`);
  await expect(e.getByTestId("activity-feed")).toContainText("Eddie Editor deleted the document “Doomed draft” (1 unit)");
  await expect(e.getByTestId("activity-feed")).toContainText("Eddie Editor archived the document “Pier report”");

  // A reviewer: the documents, no archive or delete controls; the server refuses them too.
  const r = rita.page;
  await r.goto("/documents");
  await expect(row(r, "Pier report")).toBeVisible();
  await expect(section(r).getByRole("button", { name: /^(Archive|Unarchive|Delete)/ })).toHaveCount(0);
  const pier = (await (await r.request.get(`/api/v1/workspaces/${workspaceId}/documents`)).json()).documents.find(
    (d: { title: string }) => d.title === "Pier report",
  );
  expect((await r.request.delete(`/api/v1/documents/${pier.id}`)).status()).toBe(403);
  expect((await r.request.post(`/api/v1/documents/${pier.id}/archive`, { data: { archived: true } })).status()).toBe(403);
  for (const p of [owner, eddie, rita]) await p.context.close();
});
