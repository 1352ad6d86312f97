import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ARTICLE, firstWorkspaceId, importViaApi, selectInReader, signUp } from "./fixtures";

async function openImported(page: Page, title: string, text = ARTICLE) {
  const id = await importViaApi(page.request, await firstWorkspaceId(page.request), title, text);
  await page.goto(`/documents/${id}`);
  await expect(page.getByTestId("document-title")).toHaveText(title);
  return id;
}

const card = (page: Page) => page.getByTestId("claim-card");
/** Units drawn in the reader (a unit with a nested one inside is drawn as several marks). */
const unitCount = (page: Page) =>
  page.evaluate(() => new Set([...document.querySelectorAll("mark.unit-mark")].map((m) => (m as HTMLElement).dataset.unitId)).size);

test("create a unit from a selection, then split it and merge it back", async ({ page }) => {
  await signUp(page, "Sela Segmenter");
  await openImported(page, "Segmentation");
  const before = await unitCount(page);

  await selectInReader(page, "rose by 12 percent");
  await page.getByLabel("Kind of the new unit").selectOption("PREMISE");
  await page.getByRole("button", { name: "Create unit" }).click();
  const created = page.locator('mark.unit-mark[data-kind="PREMISE"]');
  await expect(created).toHaveText("rose by 12 percent");
  await expect(card(page)).toContainText("rose by 12 percent");

  // Split "The committee met on 3 March 2024 in Geneva." before "in Geneva".
  await page.locator("mark.unit-mark", { hasText: "The committee met" }).click();
  await selectInReader(page, "The committee met on 3 March 2024 in Geneva.", "The committee met on 3 March 2024 ".length);
  await page.getByText("Edit unit").click();
  await page.getByRole("button", { name: "Split at cursor" }).click();
  await expect(page.locator("mark.unit-mark", { hasText: /^The committee met on 3 March 2024$/ })).toBeVisible();
  await expect(page.locator("mark.unit-mark", { hasText: /^in Geneva\.$/ })).toBeVisible();
  expect(await unitCount(page)).toBe(before + 2);

  await page.locator("mark.unit-mark", { hasText: /^The committee met on 3 March 2024$/ }).click();
  await page.getByText("Edit unit").click();
  await page.getByRole("button", { name: "Merge with next" }).click();
  await expect(page.locator("mark.unit-mark", { hasText: /^The committee met on 3 March 2024 in Geneva\.$/ })).toBeVisible();

  await page.reload();
  await expect(page.locator('mark.unit-mark[data-kind="PREMISE"]')).toHaveText("rose by 12 percent");
  expect(await unitCount(page)).toBe(before + 1);
});

test("a refused save keeps the focus in the rationale; letters typed after it, or with unsaved changes, never fire shortcuts", async ({ page }) => {
  await signUp(page, "Fay Focus");
  await openImported(page, "Focus after refusal");
  await page.locator("mark.unit-mark", { hasText: "budget rose" }).click();
  await page.keyboard.press("d");
  const rationale = page.getByLabel(/Rationale/);
  await expect(rationale).toBeFocused();
  await page.keyboard.press("Control+Enter");
  await expect(page.getByTestId("form-error")).toHaveText("A rationale is required to mark a claim Disputed.");
  await expect(rationale).toBeFocused();
  // o, s and d are verdict shortcuts: here they are words.
  await page.keyboard.type("official statistics show 9 percent, not 12");
  await expect(rationale).toHaveValue("official statistics show 9 percent, not 12");
  await expect(page.getByRole("radio", { name: /Disputed/ })).toBeChecked();
  await expect(page.getByTestId("form-error")).toBeHidden();
  const history = page.locator("summary", { hasText: /^History \(\d+\)$/ });
  const entries = async () => Number(/\((\d+)\)/.exec((await history.textContent()) ?? "")?.[1]);
  await expect(history).toBeVisible();
  const before = await entries();
  await page.keyboard.press("Control+Enter");
  await expect(page.getByTestId("saved-verdict")).toHaveText("Disputed");
  // The history counts the save without a reload (issue 13 bug 3).
  await expect.poll(entries).toBeGreaterThan(before);

  // Unsaved changes and the focus outside any field: a letter goes to the rationale, not to a shortcut.
  await page.locator("mark.unit-mark", { hasText: "Critics disputed" }).click();
  await page.keyboard.press("s");
  await expect(page.getByRole("radio", { name: /Supported/ })).toBeChecked();
  await page.keyboard.press("Escape");
  await expect(rationale).not.toBeFocused();
  await page.keyboard.press("o");
  await expect(page.getByRole("radio", { name: /Supported/ })).toBeChecked();
  await expect(rationale).toBeFocused();
  await expect(rationale).toHaveValue("o");
  await expect(page.getByTestId("saved-verdict")).toHaveText("Unreviewed");
});

test("review by keyboard: j/k to move, d then a rationale and Ctrl+Enter, ? for help", async ({ page }) => {
  await signUp(page, "Kai Keyboard");
  await openImported(page, "Keyboard review");
  await page.keyboard.press("j");
  await expect(card(page)).toContainText("Its chair said the budget rose by 12 percent.");
  await page.keyboard.press("k");
  await expect(card(page)).toContainText("The committee met on 3 March 2024 in Geneva.");
  await page.keyboard.press("j");
  await page.keyboard.press("d");
  await expect(page.getByLabel(/Rationale/)).toBeFocused();
  await page.keyboard.type("The report says 9 percent.");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByTestId("saved-verdict")).toHaveText("Disputed");
  await expect(page.getByTestId("progress")).toHaveText(/^1 of \d+ claims reviewed$/);
  // After a save the keyboard belongs to the reader again: o marks the next claim an opinion.
  await page.keyboard.press("j");
  await expect(card(page)).toContainText("Critics disputed the figure.");
  await page.keyboard.press("o");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByTestId("saved-verdict")).toHaveText("Opinion");
  await expect(page.getByTestId("progress")).toHaveText(/^2 of \d+ claims reviewed$/);
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeHidden();
  await page.getByLabel("Filter by verdict").selectOption("DISPUTED");
  await expect(page.getByText(/^1 of \d+ units shown$/)).toBeVisible();
});

test("attach a new source, then reuse it on another claim; comment and resolve", async ({ page }) => {
  await signUp(page, "Sol Sourcer");
  await openImported(page, "Sources");
  await page.locator("mark.unit-mark", { hasText: "budget rose" }).click();
  await page.getByText("Attach a source").click();
  await page.getByLabel("URL").fill("https://stats.example.org/budget-2024");
  await page.getByLabel("Title").fill("Budget statistics 2024");
  await page.getByLabel("Stance").selectOption("REFUTES");
  await page.getByLabel("Excerpt that matters").fill("Spending rose 9%.");
  await page.getByRole("button", { name: "Attach source" }).click();
  const sources = page.getByTestId("sources");
  await expect(sources.getByRole("link", { name: "Budget statistics 2024" })).toHaveAttribute("rel", "noopener noreferrer");

  await page.locator("mark.unit-mark", { hasText: "Critics disputed" }).click();
  await page.getByText("Attach a source").click();
  await page.getByLabel("Title").fill("Budget stat");
  await page.getByRole("button", { name: /Use “Budget statistics 2024”/ }).click();
  await expect(page.getByTestId("picked-source")).toContainText("Budget statistics 2024");
  await page.getByRole("button", { name: "Attach source" }).click();
  await expect(page.getByTestId("sources")).toContainText("Budget statistics 2024");

  await page.getByLabel("New comment").fill("Is the 9% figure nominal or real?");
  await page.getByRole("button", { name: "Comment", exact: true }).click();
  const comment = page.getByTestId("comments").locator("li").first();
  await expect(comment).toContainText("Is the 9% figure nominal or real?");
  // Resolving is not editing (it used to show "edited" once a second had passed since posting).
  await page.waitForTimeout(1_500);
  await comment.getByRole("button", { name: "Resolve" }).click();
  await expect(comment).toHaveAttribute("data-resolved", "true");
  await expect(comment).not.toContainText("edited");
  await page.getByText(/^History/).click();
  await expect(page.getByTestId("history")).toContainText("resolved the comment “Is the 9% figure nominal or real?”");
});

test("search finds a claim in another document; claim matching offers the earlier verdict", async ({ page }) => {
  await signUp(page, "Mira Matcher");
  const first = await openImported(page, "First report");
  const doc = await (await page.request.get(`/api/v1/documents/${first}`)).json();
  const unit = doc.units.find((u: { exact: string }) => u.exact.includes("budget rose"));
  const patched = await page.request.patch(`/api/v1/units/${unit.id}`, {
    data: { version: unit.version, verdict: "DISPUTED", rationale: "The annual report says 9 percent." },
  });
  expect(patched.status()).toBe(200);
  await page.request.post(`/api/v1/units/${unit.id}/sources`, { data: { url: "https://stats.example.org/annual", title: "Annual report", stance: "REFUTES" } });

  const second = await openImported(page, "Second report", "On Monday its chair said the budget rose by 12 percent. The vote is next week.");
  await page.keyboard.press("/");
  await expect(page.locator("#global-search")).toBeFocused();
  await page.keyboard.type("committee Geneva");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("search-results")).toContainText("The committee met on 3 March 2024 in Geneva.");
  await page
    .getByTestId("search-results")
    .getByRole("link", { name: /committee met/ })
    .click();
  await expect(page.getByTestId("document-title")).toHaveText("First report");
  await expect(card(page)).toContainText("The committee met on 3 March 2024 in Geneva.");

  await page.goto(`/documents/${second}`);
  await page.locator("mark.unit-mark", { hasText: "budget rose" }).click();
  const similar = page.getByTestId("similar-claims");
  await expect(similar).toContainText("Disputed in First report");
  await expect(similar).toContainText("The annual report says 9 percent.");
  await similar.getByRole("button", { name: /Reuse verdict and 1 source/ }).click();
  await expect(page.getByTestId("sources")).toContainText("Annual report");
  await expect(page.getByLabel("Disputed")).toBeChecked();
  await page.getByRole("button", { name: "Save verdict" }).click();
  await expect(page.getByTestId("saved-verdict")).toHaveText("Disputed");
});

test("no serious or critical accessibility violations on the document list, document page and dashboard", async ({ page }) => {
  await signUp(page, "Ada Access");
  for (const path of ["/documents", "/documents/dashboard"]) {
    await page.goto(path);
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${path}: ${v.id}`)).toEqual([]);
  }
  await page.goto("/documents");
  await page.getByRole("link", { name: /NATO/ }).click();
  await page.waitForSelector("mark.unit-mark");
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `document: ${v.id} ${v.nodes.length}`)).toEqual([]);
});

test("the opinion suggestion is offered, never applied; kind, wording and delete from the card; filters dim the rest", async ({ page }) => {
  await signUp(page, "Ona Opinion");
  await page.getByRole("link", { name: /NATO/ }).click();
  const opinionated = page.locator("mark.unit-mark", { hasText: "rightly outraged" });
  await opinionated.click();
  await expect(page.getByTestId("suggestion")).toContainText("The analyser suggests Opinion");
  await page.getByTestId("suggestion").getByRole("button", { name: "Use it" }).click();
  await expect(page.getByLabel("Opinion")).toBeChecked();
  await expect(page.getByTestId("saved-verdict")).toHaveText("Unreviewed");
  await expect(opinionated).toHaveAttribute("data-verdict", "UNREVIEWED");

  const unitId = (await opinionated.getAttribute("data-unit-id"))!;
  await page.getByText("Edit unit").click();
  await page.getByTestId("unit-editor").getByLabel("Kind").selectOption("PREMISE");
  await expect(page.locator(`mark[data-unit-id="${unitId}"]`)).toHaveAttribute("data-kind", "PREMISE");
  await page.getByText("Edit unit").click();
  await page.getByLabel("What is being checked (normalised wording)").fill("China says NATO ignored its peace efforts");
  await page.getByRole("button", { name: "Save wording" }).click();
  await expect(page.locator(`#unit-${unitId}`)).toContainText("China says NATO ignored its peace efforts");
  // The anchor stays on the original words.
  await expect(page.locator(`mark[data-unit-id="${unitId}"]`).first()).toContainText("rightly outraged");

  await page.getByLabel("Filter by kind").selectOption("PREMISE");
  await expect(page.locator(`mark[data-unit-id="${unitId}"]`).first()).not.toHaveAttribute("data-dimmed", "true");
  await expect(page.locator('mark.unit-mark[data-kind="CLAIM"]').first()).toHaveAttribute("data-dimmed", "true");
  await page.getByLabel("Filter by kind").selectOption("");

  page.once("dialog", (d) => void d.accept());
  await page.getByText("Edit unit").click();
  await page.getByRole("button", { name: "Delete unit" }).click();
  await expect(page.locator(`mark[data-unit-id="${unitId}"]`)).toHaveCount(0);
  await page.reload();
  await expect(page.locator(`mark[data-unit-id="${unitId}"]`)).toHaveCount(0);
  await expect(page.getByTestId("reader")).toContainText("rightly outraged");
});
