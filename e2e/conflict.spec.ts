import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser } from "@playwright/test";
import { ARTICLE, firstWorkspaceId, importViaApi, joinByInvitation, signUp } from "./fixtures";

async function person(browser: Browser, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const { email } = await signUp(page, name);
  return { context, page, email };
}

test("two people save the same claim: the second sees both versions, applies theirs on top, nothing typed is lost", async ({ browser }) => {
  // Two sign-ups, a live update and an axe run: over the default 90 s on a busy 2-core machine.
  test.setTimeout(180_000);
  const ann = await person(browser, "Ann Editor");
  const workspaceId = await firstWorkspaceId(ann.page.request);
  const documentId = await importViaApi(ann.page.request, workspaceId, "Conflict", ARTICLE);
  const ben = await person(browser, "Ben Reviewer");
  await joinByInvitation(ann.page.request, ben.page.request, workspaceId, ben.email, "EDITOR");

  for (const { page } of [ann, ben]) {
    await page.goto(`/documents/${documentId}`);
    await page.locator("mark.unit-mark", { hasText: "budget rose" }).click();
    await expect(page.getByTestId("saved-verdict")).toHaveText("Unreviewed");
  }

  // Both write a verdict on the version they loaded.
  await ann.page.getByRole("radio", { name: /Supported/ }).check();
  await ann.page.getByLabel(/Rationale/).fill("The budget office confirms 12 percent.");
  await ben.page.getByRole("radio", { name: /Disputed/ }).check();
  const bensWords = "The minutes say 9 percent, not 12.";
  await ben.page.getByLabel(/Rationale/).fill(bensWords);

  await ann.page.getByRole("button", { name: "Save verdict" }).click();
  await expect(ann.page.getByTestId("save-notice")).toHaveText("Saved.");
  // Ann's verdict reaches Ben's page live; his unsaved words stay in his form.
  await expect(ben.page.getByTestId("saved-verdict")).toHaveText("Supported", { timeout: 15_000 });
  await expect(ben.page.getByLabel(/Rationale/)).toHaveValue(bensWords);
  // His save still carries the version he started from: a conflict to decide, not an overwrite.
  await ben.page.getByRole("button", { name: "Save verdict" }).click();

  // Only Ben, who saved second, gets the dialog: Ann's saved version beside his.
  const dialog = ben.page.getByRole("dialog", { name: "Someone else saved this claim first" });
  await expect(dialog).toBeVisible();
  await expect(ann.page.getByTestId("conflict-dialog")).toBeHidden();
  const verdictRow = dialog.getByRole("row", { name: /^Verdict/ });
  await expect(verdictRow.getByTestId("conflict-theirs")).toHaveText("Supported");
  await expect(verdictRow.getByTestId("conflict-mine")).toHaveText("Disputed");
  const rationaleRow = dialog.getByRole("row", { name: /^Rationale/ });
  await expect(rationaleRow.getByTestId("conflict-theirs")).toHaveText("The budget office confirms 12 percent.");
  await expect(rationaleRow.getByTestId("conflict-mine")).toHaveText(bensWords);
  // Focus is in the dialog, on the first choice.
  await expect(dialog.getByRole("button", { name: "Apply mine on top" })).toBeFocused();
  const axe = await new AxeBuilder({ page: ben.page }).include('[data-testid="conflict-dialog"]').analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  // Escape only puts it aside: his words are still in the form, and the decision is waiting.
  await ben.page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(ben.page.getByLabel(/Rationale/)).toHaveValue(bensWords);
  await expect(ben.page.getByTestId("saved-verdict")).toHaveText("Supported");
  await ben.page.getByRole("button", { name: "Compare and decide" }).click();
  await expect(dialog).toBeVisible();

  await dialog.getByRole("button", { name: "Apply mine on top" }).click();
  await expect(dialog).toBeHidden();
  await expect(ben.page.getByTestId("saved-verdict")).toHaveText("Disputed");
  await expect(ben.page.getByTestId("save-notice")).toHaveText("Saved.");

  const doc = (await (await ann.page.request.get(`/api/v1/documents/${documentId}`)).json()) as {
    units: { exact: string; verdict: string; rationale: string; version: number }[];
  };
  expect(doc.units.find((u) => u.exact.includes("budget rose"))).toMatchObject({ verdict: "DISPUTED", rationale: bensWords });
  await ann.context.close();
  await ben.context.close();
});

test("a stale wording edit: keep theirs drops mine and shows theirs", async ({ browser }) => {
  const ann = await person(browser, "Ann Editor");
  const workspaceId = await firstWorkspaceId(ann.page.request);
  const documentId = await importViaApi(ann.page.request, workspaceId, "Wording", ARTICLE);
  await ann.page.goto(`/documents/${documentId}`);
  await ann.page.locator("mark.unit-mark", { hasText: "budget rose" }).click();

  // Someone (here a script with Ann's session) rewords the claim after the page loaded.
  const doc = (await (await ann.page.request.get(`/api/v1/documents/${documentId}`)).json()) as { units: { id: string; exact: string; version: number }[] };
  const unit = doc.units.find((u) => u.exact.includes("budget rose"))!;
  expect((await ann.page.request.patch(`/api/v1/units/${unit.id}`, { data: { version: unit.version, text: "The budget grew 12%." } })).status()).toBe(200);

  await ann.page.getByText("Edit unit").click();
  await ann.page.getByLabel("What is being checked (normalised wording)").fill("The chair's budget figure");
  await ann.page.getByRole("button", { name: "Save wording" }).click();
  const dialog = ann.page.getByRole("dialog", { name: "Someone else saved this claim first" });
  const row = dialog.getByRole("row", { name: /^Wording/ });
  await expect(row.getByTestId("conflict-theirs")).toHaveText("The budget grew 12%.");
  await expect(row.getByTestId("conflict-mine")).toHaveText("The chair's budget figure");
  await dialog.getByRole("button", { name: "Keep theirs" }).click();
  await expect(dialog).toBeHidden();
  await expect(ann.page.getByLabel("What is being checked (normalised wording)")).toHaveValue("The budget grew 12%.");
  await ann.context.close();
});
