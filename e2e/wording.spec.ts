// Words in and out (issue 13 bug 5, and Markdown uploads): the normalised wording an editor gives
// ("what is being checked") never takes the place of the author's words. The claim card shows
// both, labelled; every export quotes the exact words and carries the wording in a field of its
// own; an Argdown re-import gives both back.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { escapeMarkdown } from "../lib/formats/markdown";
import { ARTICLE, firstWorkspaceId, importViaApi, signUp } from "./fixtures";

const WORDING = "The committee's budget grew 12% {net} in 2024";

async function exportOf(page: Page, documentId: string, format: string): Promise<string> {
  const res = await page.request.get(`/api/v1/documents/${documentId}/export?format=${format}`);
  expect(res.status()).toBe(200);
  return res.text();
}

test("the normalised wording heads the claim card and travels beside the exact words in every export and back", async ({ page }) => {
  await signUp(page, "Nora Normaliser");
  const id = await importViaApi(page.request, await firstWorkspaceId(page.request), "Wording", ARTICLE);
  await page.goto(`/documents/${id}`);
  const mark = page.locator("mark.unit-mark", { hasText: "budget rose" }).first();
  await mark.click();
  const card = page.getByTestId("claim-card");
  const exact = (await card.locator("blockquote").first().textContent())!.trim();
  expect(exact).toContain("budget rose by 12 percent");

  await page.getByText("Edit unit").click();
  await page.getByLabel("What is being checked (normalised wording)").fill(WORDING);
  await page.getByRole("button", { name: "Save wording" }).click();
  await expect(card.getByTestId("checked-wording")).toHaveText(WORDING);
  await expect(card.getByText("Checked as", { exact: true })).toBeVisible();
  await expect(card.getByText("Original words", { exact: true })).toBeVisible();
  await expect(card.getByTestId("original-words")).toHaveText(exact);
  const axe = await new AxeBuilder({ page }).include('[data-testid="claim-card"]').analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  // Disputed, so ClaimReview publishes it.
  await page.getByRole("radio", { name: /Disputed/ }).check();
  await page.getByLabel(/Rationale/).fill("The minutes say 8 percent.");
  await page.getByRole("button", { name: "Save verdict" }).click();
  await expect(page.getByTestId("saved-verdict")).toHaveText("Disputed");

  const md = await exportOf(page, id, "markdown");
  expect(md).toContain(`> ${escapeMarkdown(exact)}\n`);
  expect(md).toContain(`- Checked as: ${escapeMarkdown(WORDING)}\n`);
  expect(md).not.toContain(`> ${escapeMarkdown(WORDING)}`);

  const [review] = (JSON.parse(await exportOf(page, id, "claimreview")) as { "@graph": { claimReviewed: string; itemReviewed: { alternateName?: string } }[] })[
    "@graph"
  ];
  expect(review!.claimReviewed).toBe(exact);
  expect(review!.itemReviewed.alternateName).toBe(WORDING);

  const annotations = JSON.parse(await exportOf(page, id, "annotations")) as {
    first: { items: { body: { purpose?: string; value?: string }[]; target: { selector: { type: string; exact?: string }[] } }[] };
  };
  const annotation = annotations.first.items.find((a) => a.body.some((b) => b.purpose === "describing"))!;
  expect(annotation.body.find((b) => b.purpose === "describing")!.value).toBe(WORDING);
  expect(annotation.target.selector.find((s) => s.type === "TextQuoteSelector")!.exact).toBe(exact);

  const csv = await exportOf(page, id, "csv");
  expect(csv).toContain(`"${exact}","${WORDING.replace(/"/g, '""')}"`);

  const json = JSON.parse(await exportOf(page, id, "json")) as { nodes: { exact: string; checked: string | null }[] };
  expect(json.nodes.filter((n) => n.checked)).toEqual([expect.objectContaining({ exact, checked: WORDING })]);

  // The Argdown download: the statement is the exact words; the wording is data.
  await page.getByTestId("download-menu").locator("summary").click();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Argdown" }).click();
  const argdown = Buffer.concat(await (await (await download).createReadStream()).toArray()).toString();
  expect(argdown).not.toMatch(/^\[[^\]]+\]: The committee's budget grew/m);
  expect(argdown).toContain("checked: ");

  // Re-imported, the document's text is the author's words and the card shows the wording again.
  await page.goto("/documents/new");
  const form = page.getByTestId("file-url-import");
  await form.locator('input[type="file"]').setInputFiles({ name: "wording.argdown", mimeType: "text/plain", buffer: Buffer.from(argdown) });
  await form.getByRole("button", { name: "Import" }).click();
  await page.waitForURL((url) => /\/documents\/[0-9a-f-]{36}$/.test(url.pathname) && !url.pathname.endsWith(id));
  await expect(page.getByTestId("reader")).toContainText(exact);
  await expect(page.getByTestId("reader")).not.toContainText(WORDING);
  await page.locator("mark.unit-mark", { hasText: "budget rose" }).first().click();
  await expect(card.getByTestId("checked-wording")).toHaveText(WORDING);
  await expect(card.getByTestId("original-words")).toHaveText(exact);
});

const MARKDOWN = `---
author: Desk
---
# The **budget** row

The chair said the budget rose by **12 percent** in 2024, according to [the minutes](https://minutes.example.org/p4).

## What critics said

- Critics disputed the *figure* at the meeting.
- The minutes record 8 percent.

> "It is a disgrace," one member wrote.
`;

test("a Markdown upload takes its title from the first heading, and no markup reaches the reader", async ({ page }) => {
  await signUp(page, "Mark Down");
  await page.goto("/documents/new");
  const form = page.getByTestId("file-url-import");
  await form.locator('input[type="file"]').setInputFiles({ name: "budget-notes.md", mimeType: "text/markdown", buffer: Buffer.from(MARKDOWN) });
  await form.getByRole("button", { name: "Import" }).click();
  await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("document-title")).toHaveText("The budget row");
  const reader = page.getByTestId("reader");
  await expect(reader).toContainText("The chair said the budget rose by 12 percent in 2024, according to the minutes.");
  await expect(reader).toContainText("Critics disputed the figure at the meeting.");
  const text = await reader.innerText();
  expect(text).not.toMatch(/#|\*|\]\(|https?:|^---|^> |^- /m);
  // The analyser saw the sentences, not the markup: a unit on the claim, without asterisks.
  await expect(page.locator("mark.unit-mark", { hasText: "12 percent" }).first()).not.toContainText("*");
});
