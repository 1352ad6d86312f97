import { expect, test } from "@playwright/test";
import { ARTICLE, firstWorkspaceId, importViaApi, signUp } from "./fixtures";

test("a second user cannot open the first user's document: 404 on the page and the API", async ({ browser }) => {
  const alice = await browser.newContext();
  const alicePage = await alice.newPage();
  await signUp(alicePage, "Alice Owner");
  const workspaceId = await firstWorkspaceId(alicePage.request);
  const documentId = await importViaApi(alicePage.request, workspaceId, "Alice's private draft", ARTICLE);
  await alicePage.goto(`/documents/${documentId}`);
  await expect(alicePage.getByTestId("document-title")).toHaveText("Alice's private draft");

  const bob = await browser.newContext();
  const bobPage = await bob.newPage();
  await signUp(bobPage, "Bob Outsider");
  await expect(bobPage.getByText("Alice's private draft")).toHaveCount(0);
  const page = await bobPage.goto(`/documents/${documentId}`);
  expect(page?.status()).toBe(404);
  await expect(bobPage.getByTestId("not-found")).toBeVisible();
  await expect(bobPage.getByText("Alice's private draft")).toHaveCount(0);

  const api = await bobPage.request.get(`/api/v1/documents/${documentId}`);
  expect(api.status()).toBe(404);
  expect((await api.json()).error.code).toBe("NOT_FOUND");
  const list = await bobPage.request.get(`/api/v1/workspaces/${workspaceId}/documents`);
  expect(list.status()).toBe(404);
  const write = await bobPage.request.post(`/api/v1/workspaces/${workspaceId}/documents`, { data: { title: "x", text: "y." } });
  expect(write.status()).toBe(404);

  await alice.close();
  await bob.close();
});

test("signed-out visitors are sent to sign-in; API calls get 401 JSON", async ({ page }) => {
  await page.goto("/documents/new");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdocuments%2Fnew/);
  const res = await page.request.get("/api/v1/workspaces");
  expect(res.status()).toBe(401);
  expect(await res.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: "Sign in to continue.", requestId: res.headers()["x-request-id"] } });
});

test("sign out, then sign in again with the same account (and a wrong password is refused)", async ({ page }) => {
  const { email } = await signUp(page, "Casey Returning");
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/signin/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("The email or password is not right.");
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/documents$/);
  await expect(page.getByTestId("current-user")).toHaveText("Casey Returning");
});
