import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { ARTICLE, firstWorkspaceId, importViaApi, joinByInvitation, signUp } from "./fixtures";

interface Team {
  alice: Page;
  bob: Page;
  workspaceId: string;
  documentId: string;
  bobId: string;
  close: () => Promise<void>;
}

/** Alice owns a workspace with one document; Bob, in another browser context, is its reviewer. */
async function team(browser: Browser, title: string): Promise<Team> {
  const aliceContext = await browser.newContext();
  const alice = await aliceContext.newPage();
  await signUp(alice, "Alice Lead");
  const workspaceId = await firstWorkspaceId(alice.request);
  const documentId = await importViaApi(alice.request, workspaceId, title, ARTICLE);
  const bobContext = await browser.newContext();
  const bob = await bobContext.newPage();
  const { email } = await signUp(bob, "Bob Teammate");
  await joinByInvitation(alice.request, bob.request, workspaceId, email, "REVIEWER");
  const members = (await (await alice.request.get(`/api/v1/workspaces/${workspaceId}/members`)).json()) as {
    members: { user: { id: string; email: string } }[];
  };
  const bobId = members.members.find((m) => m.user.email === email)!.user.id;
  return {
    alice,
    bob,
    workspaceId,
    documentId,
    bobId,
    close: async () => {
      await aliceContext.close();
      await bobContext.close();
    },
  };
}

async function unitWith(request: APIRequestContext, documentId: string, words: string) {
  const doc = (await (await request.get(`/api/v1/documents/${documentId}`)).json()) as { units: { id: string; exact: string; version: number }[] };
  return doc.units.find((u) => u.exact.includes(words))!;
}

const bell = (page: Page) => page.getByTestId("notification-bell");

/** Serious and critical accessibility problems, with the elements that have them. */
async function a11yProblems(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  const result = await (include ? builder.include(include) : builder).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("a mention reaches the teammate's bell live; the notification opens the claim and is marked read", async ({ browser }) => {
  const { alice, bob, documentId, close } = await team(browser, "Mentions");
  await bob.goto("/documents");
  await expect(bell(bob)).toHaveAccessibleName("Notifications, 0 unread");

  // Alice mentions Bob with the keyboard: "@Bo", ↓/Enter picks him; the text keeps "@Bob Teammate".
  await alice.goto(`/documents/${documentId}`);
  await alice.locator("mark.unit-mark", { hasText: "budget rose" }).click();
  const box = alice.getByLabel("New comment");
  await box.click();
  await box.pressSequentially("Can you check the figure, @Bo");
  await expect(alice.getByRole("listbox", { name: "Members to mention" })).toBeVisible();
  await expect(alice.getByRole("listbox", { name: "Members to mention" }).getByRole("option")).toHaveText(["@Bob Teammate"]); // not Alice herself
  await box.press("Enter");
  await expect(box).toHaveValue("Can you check the figure, @Bob Teammate ");
  await box.pressSequentially("please?");
  await alice.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(alice.getByTestId("comments").getByTestId("mention")).toHaveText("@Bob Teammate");

  // Bob's bell counts it without a reload.
  await expect(bell(bob)).toHaveAccessibleName("Notifications, 1 unread", { timeout: 15_000 });

  // A second mention, picked with the mouse, on another claim.
  await alice.locator("mark.unit-mark", { hasText: "Critics disputed" }).click();
  await box.click();
  await box.pressSequentially("@bob");
  await alice.getByRole("listbox", { name: "Members to mention" }).getByRole("option", { name: "@Bob Teammate" }).click();
  await box.pressSequentially("which critics?");
  await alice.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(bell(bob)).toHaveAccessibleName("Notifications, 2 unread", { timeout: 15_000 });

  // Bob opens the bell: newest first, in words, with the comment.
  await bell(bob).click();
  const items = bob.getByTestId("notification");
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText("Alice Lead mentioned you on “Critics disputed the figure.” in Mentions");
  await expect(items.nth(1)).toContainText("“Can you check the figure, @Bob Teammate please?”");
  expect(await a11yProblems(bob, '[aria-label="Notifications"]')).toEqual([]);

  // Opening the older one lands on its claim and marks it read.
  await items.nth(1).getByRole("link").click();
  await bob.waitForURL(new RegExp(`/documents/${documentId}\\?unit=`));
  await expect(bob.getByTestId("claim-card")).toContainText("budget rose by 12 percent");
  await expect(bell(bob)).toHaveAccessibleName("Notifications, 1 unread");

  // The other is marked read from the panel; Esc closes the panel and focus returns to the bell.
  await bell(bob).click();
  await expect(bob.getByTestId("notification").first()).toHaveAttribute("data-read", "false");
  await bob.getByRole("button", { name: "Mark read" }).click();
  await expect(bell(bob)).toHaveAccessibleName("Notifications, 0 unread");
  await expect(bob.getByTestId("notification")).toHaveCount(2);
  await expect(bob.getByTestId("notification").first()).toHaveAttribute("data-read", "true");
  await bob.keyboard.press("Escape");
  await expect(bob.getByRole("region", { name: "Notifications" })).toHaveCount(0);
  await expect(bell(bob)).toBeFocused();

  // The page lists them too (and nobody else's: Alice has none).
  await bob.goto("/notifications");
  await expect(bob.getByTestId("notifications-unread")).toHaveText("0 unread");
  await expect(bob.getByTestId("notification")).toHaveCount(2);
  const aliceNotes = await (await alice.request.get("/api/v1/notifications")).json();
  expect(aliceNotes).toEqual({ unread: 0, notifications: [], nextCursor: null });
  await close();
});

test("the document's activity tab and the workspace's activity page say who did what, filtered by person", async ({ browser }) => {
  const { alice, bob, workspaceId, documentId, bobId, close } = await team(browser, "Shared review");
  const unit = await unitWith(alice.request, documentId, "budget rose");
  expect((await alice.request.post(`/api/v1/documents/${documentId}/assignments`, { data: { unitIds: [unit.id], reviewerIds: [bobId] } })).status()).toBe(200);
  const assigned = await unitWith(bob.request, documentId, "budget rose");
  const verdict = await bob.request.patch(`/api/v1/units/${unit.id}`, {
    data: { version: assigned.version, verdict: "DISPUTED", rationale: "The minutes say 9 percent." },
  });
  expect(verdict.status()).toBe(200);

  await alice.goto(`/documents/${documentId}`);
  await alice.getByRole("tab", { name: "Activity" }).click();
  const feed = alice.getByTestId("activity-feed");
  await expect(feed).toContainText("Bob Teammate set the verdict of “Its chair said the budget rose by 12 percent.”: Unreviewed → Disputed");
  await expect(feed).toContainText("rationale: none → “The minutes say 9 percent.”");
  await expect(feed).toContainText("Alice Lead assigned “Its chair said the budget rose by 12 percent.” to Bob Teammate");
  await expect(feed).toContainText("Alice Lead imported “Shared review”");

  // Live: Bob comments while the tab is open.
  expect((await bob.request.post(`/api/v1/units/${unit.id}/comments`, { data: { body: "Minutes attached in the sources." } })).status()).toBe(201);
  await expect(feed.getByTestId("activity-entry").first()).toContainText("Bob Teammate commented on", { timeout: 15_000 });

  // By person: only Bob's rows; with an action too; back to everyone.
  await alice.getByLabel("Filter by person").selectOption({ label: "Bob Teammate" });
  await expect(feed.getByTestId("activity-entry")).toHaveCount(2);
  for (const text of await feed.getByTestId("activity-entry").allInnerTexts()) expect(text).toMatch(/^Bob Teammate /);
  await alice.getByLabel("Filter by action").selectOption({ label: "Assignments" });
  await expect(alice.getByTestId("activity-empty")).toBeVisible();
  await alice.getByLabel("Filter by person").selectOption({ label: "Everyone" });
  await expect(feed.getByTestId("activity-entry")).toHaveCount(1);
  await expect(feed).toContainText("Alice Lead assigned");

  // "Open claim" shows the claim card of that claim.
  await feed.getByRole("button", { name: "Open claim" }).click();
  await expect(alice.getByRole("tab", { name: "Claim" })).toHaveAttribute("aria-selected", "true");
  await expect(alice.getByTestId("claim-card")).toContainText("budget rose by 12 percent");
  // The claim card's history reads the same way.
  await alice.getByText(/^History/).click();
  await expect(alice.getByTestId("history")).toContainText("Bob Teammate set the verdict of the claim: Unreviewed → Disputed");

  // The workspace's page: every document and the membership, filterable by person.
  await alice.goto(`/workspaces/${workspaceId}/activity`);
  const all = alice.getByTestId("activity-feed");
  await expect(all).toContainText("Bob Teammate joined as reviewer");
  await expect(all).toContainText("Bob Teammate commented on “Its chair said the budget rose by 12 percent.”: “Minutes attached in the sources.”");
  await alice.getByLabel("Filter by person").selectOption({ label: "Bob Teammate" });
  await expect(all.getByTestId("activity-entry")).toHaveCount(3); // joined, set a verdict, commented
  for (const text of await all.getByTestId("activity-entry").allInnerTexts()) expect(text).toMatch(/^Bob Teammate /);
  expect(await a11yProblems(alice)).toEqual([]);
  await all.getByRole("link", { name: "Shared review" }).first().click();
  await alice.waitForURL(new RegExp(`/documents/${documentId}\\?unit=${unit.id}`));
  await expect(alice.getByTestId("claim-card")).toContainText("budget rose by 12 percent");

  // Someone outside the workspace cannot read it: 404, as if it did not exist.
  expect((await bob.request.get(`/api/v1/workspaces/${workspaceId}/activity`)).status()).toBe(200);
  const outsider = await browser.newContext();
  const eve = await outsider.newPage();
  await signUp(eve, "Eve Outsider");
  expect((await eve.request.get(`/api/v1/workspaces/${workspaceId}/activity`)).status()).toBe(404);
  expect((await eve.request.get(`/api/v1/documents/${documentId}/activity`)).status()).toBe(404);
  await outsider.close();
  await close();
});
