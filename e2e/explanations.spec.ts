// Issue 13: "Why this unit" in plain sentences a fact-checker understands ("Names an agent: …",
// "Gives a full date: …"), with the analyser's signal codes one click further, for developers.
import { expect, test } from "@playwright/test";
import { firstWorkspaceId, importViaApi, signUp } from "./fixtures";

const TEXT = "New Zealand's foreign minister said on July 10, 2024 that the alliance had grown by 12 percent.\n\nThis is obviously a disgraceful policy!";

test("the claim card says why the analyser proposed a unit in sentences, codes only in the developers' line", async ({ page }) => {
  await signUp(page, "Wanda Why");
  const id = await importViaApi(page.request, await firstWorkspaceId(page.request), "Why", TEXT);
  await page.goto(`/documents/${id}`);
  await page.locator("mark.unit-mark", { hasText: "July 10, 2024" }).first().click();

  const why = page.getByTestId("why-this-unit");
  await why.locator("summary").first().click();
  const reasons = why.getByTestId("why-reasons");
  await expect(reasons).toContainText("Gives a full date: July 10, 2024");
  await expect(reasons).toContainText("Names an agent: New Zealand");
  // No code shape ("checkable:agent:…") among the sentences; the codes are folded away.
  expect(await reasons.innerText()).not.toMatch(/\b[a-z-]+:[a-z]/);
  const codes = why.getByTestId("signal-codes");
  await expect(codes).toBeHidden();
  await why.getByText("Signal codes (for developers)").click();
  await expect(codes).toContainText("checkable:date:July 10, 2024");
});
