// The interchange UI: import an Argdown file on the Import page (progress, then the document),
// and download it from the document page's menu.
import { expect, test } from "@playwright/test";
import { signUp } from "./fixtures";

test("import an Argdown file, then download it as Argdown", async ({ page }) => {
  await signUp(page, "Ivy Importer");
  await page.goto("/documents/new");
  const form = page.getByTestId("file-url-import");
  await form.locator('input[type="file"]').setInputFiles({
    name: "budget.argdown",
    mimeType: "text/plain",
    buffer: Buffer.from(
      '===\ntitle: Budget file\n===\n\n[Rise]: The budget rose by 12 percent. #(disputed)\n    {verdict: DISPUTED, rationale: "Minutes say 8."}\n    - [Minutes]\n\n[Minutes]: The minutes record 8 percent.\n',
    ),
  });
  await form.getByRole("button", { name: "Import" }).click();
  await page.waitForURL(/\/documents\/[0-9a-f-]{36}/);
  await expect(page.getByTestId("document-title")).toHaveText("Budget file");

  await page.getByTestId("download-menu").locator("summary").click();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Argdown" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("Budget-file.argdown");
  const body = await (await file.createReadStream()).toArray();
  expect(Buffer.concat(body).toString()).toContain("#(disputed)");
});
