import { expect, test } from "@playwright/test";
import { ARTICLE, firstWorkspaceId, importViaApi, joinByInvitation, signUp } from "./fixtures";

test("a teammate's verdict appears on an open document without a reload", async ({ browser }) => {
  const alice = await browser.newContext();
  const alicePage = await alice.newPage();
  await signUp(alicePage, "Alice Lead");
  const workspaceId = await firstWorkspaceId(alicePage.request);
  const documentId = await importViaApi(alicePage.request, workspaceId, "Shared review", ARTICLE);

  const bob = await browser.newContext();
  const bobPage = await bob.newPage();
  const { email: bobEmail } = await signUp(bobPage, "Bob Teammate");
  await joinByInvitation(alicePage.request, bobPage.request, workspaceId, bobEmail, "REVIEWER");

  await alicePage.goto(`/documents/${documentId}`);
  const mark = alicePage.locator("mark.unit-mark", { hasText: "budget rose" });
  await expect(mark).toHaveAttribute("data-verdict", "UNREVIEWED");

  const doc = await (await bobPage.request.get(`/api/v1/documents/${documentId}`)).json();
  const unit = doc.units.find((u: { exact: string }) => u.exact.includes("budget rose"));
  const patched = await bobPage.request.patch(`/api/v1/units/${unit.id}`, {
    data: { version: unit.version, verdict: "DISPUTED", rationale: "The minutes say 9 percent." },
  });
  expect(patched.status()).toBe(200);

  await expect(mark).toHaveAttribute("data-verdict", "DISPUTED", { timeout: 15_000 });
  await expect(alicePage.getByTestId("live-notice")).toContainText("Updated by a teammate");
  await mark.click();
  await expect(alicePage.getByTestId("saved-verdict")).toHaveText("Disputed");
  await expect(alicePage.getByLabel(/Rationale/)).toHaveValue("The minutes say 9 percent.");
  await alice.close();
  await bob.close();
});
