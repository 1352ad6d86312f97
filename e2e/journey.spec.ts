import { expect, test } from "@playwright/test";
import { ARTICLE, signUp } from "./fixtures";

test("sign up, import by paste, mark a claim with a rationale, reload: the verdict is still there", async ({ page }) => {
  await signUp(page);
  // Every new account starts with the demo article.
  await expect(page.getByRole("link", { name: /NATO/ })).toBeVisible();

  await page.getByRole("link", { name: "Import an article" }).click();
  await page.getByLabel("Title").fill("Committee budget report");
  await page.getByLabel("Author (optional)").fill("A. Writer");
  await page.getByLabel("Article text").fill(ARTICLE);
  await page.getByRole("button", { name: "Import and analyse" }).click();
  await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);

  await expect(page.getByTestId("document-title")).toHaveText("Committee budget report");
  const marks = page.locator("mark.unit-mark");
  expect(await marks.count()).toBeGreaterThanOrEqual(3);
  // Highlights are anchored to the exact characters of the original.
  const claim = marks.filter({ hasText: "budget rose" });
  await expect(claim).toHaveText("Its chair said the budget rose by 12 percent.");

  await claim.click();
  await expect(page.getByTestId("claim-card")).toContainText("Its chair said the budget rose by 12 percent.");
  await page.keyboard.press("d");
  await expect(page.getByLabel(/Rationale/)).toBeFocused();
  await page.keyboard.type("The annual report shows a 9 percent rise, not 12.");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByTestId("save-notice")).toHaveText("Saved.");
  await expect(page.getByTestId("saved-verdict")).toHaveText("Disputed");
  await expect(claim).toHaveAttribute("data-verdict", "DISPUTED");
  await expect(page.getByTestId("progress")).toContainText("1 of");

  await page.reload();
  const reloaded = page.locator("mark.unit-mark").filter({ hasText: "budget rose" });
  await expect(reloaded).toHaveAttribute("data-verdict", "DISPUTED");
  await reloaded.click();
  await expect(page.getByTestId("saved-verdict")).toHaveText("Disputed");
  await expect(page.getByLabel(/Rationale/)).toHaveValue("The annual report shows a 9 percent rise, not 12.");
});

test("a Supported verdict without a rationale is refused with a message, and the choice stays", async ({ page }) => {
  await signUp(page, "Sam Checker");
  await page.getByRole("link", { name: /NATO/ }).click();
  await page.locator("mark.unit-mark").nth(1).click();
  await page.getByLabel("Supported").check();
  await page.getByRole("button", { name: "Save verdict" }).click();
  await expect(page.getByTestId("form-error")).toContainText("A rationale is required");
  await expect(page.getByLabel("Supported")).toBeChecked();
  await expect(page.getByTestId("saved-verdict")).toHaveText("Unreviewed");
});
