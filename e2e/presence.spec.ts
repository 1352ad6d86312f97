import { expect, test } from "@playwright/test";
import { ARTICLE, firstWorkspaceId, importViaApi, joinByInvitation, signUp } from "./fixtures";

test("a teammate sees who else has the document open and the claim they selected, in the text and on the map; gone after they close the tab", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const alice = await browser.newContext();
  const alicePage = await alice.newPage();
  await signUp(alicePage, "Alice Lead");
  const workspaceId = await firstWorkspaceId(alicePage.request);
  const documentId = await importViaApi(alicePage.request, workspaceId, "Presence", ARTICLE);

  const bob = await browser.newContext();
  const bobPage = await bob.newPage();
  const { email: bobEmail } = await signUp(bobPage, "Bob Teammate");
  await joinByInvitation(alicePage.request, bobPage.request, workspaceId, bobEmail, "REVIEWER");

  await alicePage.goto(`/documents/${documentId}`);
  const aliceMark = alicePage.locator("mark.unit-mark", { hasText: "budget rose" });
  await aliceMark.click();
  await expect(aliceMark).toHaveAttribute("aria-current", "true");
  const unitId = await aliceMark.getAttribute("data-unit-id");

  await bobPage.goto(`/documents/${documentId}`);
  // Bob sees Alice's avatar (initials, her name as its accessible name), not his own.
  const avatars = bobPage.getByRole("list", { name: "Also on this document" });
  await expect(avatars.getByTestId("presence-avatar")).toHaveCount(1, { timeout: 15_000 });
  await expect(avatars.getByRole("button", { name: /Alice Lead/ })).toContainText("AL");
  // …and a marker on the claim she has selected.
  const marked = bobPage.locator(`#reader mark[data-unit-id="${unitId}"][data-viewed-by="Alice Lead"]`);
  await expect(marked).toHaveAttribute("aria-description", "Selected by Alice Lead");
  // Alice sees Bob too.
  await expect(alicePage.locator('[data-testid="presence-avatar"][title^="Bob Teammate"]')).toBeAttached({ timeout: 15_000 });

  // She moves to another claim: Bob's marker follows.
  const otherMark = alicePage.locator("mark.unit-mark", { hasText: "Critics disputed" });
  await otherMark.click();
  const otherId = await otherMark.getAttribute("data-unit-id");
  await expect(bobPage.locator(`#reader mark[data-unit-id="${otherId}"][data-viewed-by="Alice Lead"]`)).toBeAttached({ timeout: 15_000 });
  await expect(bobPage.locator(`#reader mark[data-unit-id="${unitId}"]`).first()).not.toHaveAttribute("data-viewed-by", /.*/);

  // On the argument map, her claim's node carries her initials.
  await bobPage.goto(`/documents/${documentId}/map`);
  await expect(bobPage.locator(`[data-testid="map-node"][data-unit-id="${otherId}"]`).getByRole("img", { name: "Selected by Alice Lead" })).toHaveText("AL", {
    timeout: 15_000,
  });

  // Alice closes her tab: she drops out 20 s after her last heartbeat at the latest (sooner when her
  // leave request arrives), seen at Bob's next heartbeat (10 s): 30 s, and a little slack.
  await alice.close();
  await expect(bobPage.getByTestId("presence-avatar")).toHaveCount(0, { timeout: 33_000 });
  await expect(bobPage.getByTestId("map-viewer")).toHaveCount(0);
  await bob.close();
});

test("presence needs read access to the document: 404 for someone outside its workspace", async ({ browser }) => {
  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  await signUp(ownerPage, "Olga Owner");
  const documentId = await importViaApi(ownerPage.request, await firstWorkspaceId(ownerPage.request), "Private", ARTICLE);
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await signUp(strangerPage, "Sam Stranger");
  const url = `/api/v1/documents/${documentId}/presence`;
  expect((await strangerPage.request.post(url, { data: { connectionId: "stranger-tab" } })).status()).toBe(404);
  expect((await strangerPage.request.get(url)).status()).toBe(404);
  const own = await ownerPage.request.post(url, { data: { connectionId: "owner-tab-1" } });
  expect(own.status()).toBe(200);
  expect(((await own.json()) as { name: string }[]).map((p) => p.name)).toEqual(["Olga Owner"]);
  expect((await ownerPage.request.delete(`${url}?connectionId=owner-tab-1`)).status()).toBe(204);
  expect(await (await ownerPage.request.get(url)).json()).toEqual([]);
  await owner.close();
  await stranger.close();
});
