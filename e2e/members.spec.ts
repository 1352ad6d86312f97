// Workspaces and members in the browser, three people in three browser contexts: an owner makes
// a workspace and invites an editor and a reviewer by one-time links (copied from the page);
// each signs up through their link and lands in the workspace with the invited role; the owner
// changes a role and removes someone; the last owner cannot leave; a viewer sees no
// member-management controls, and the server refuses them too.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { inviteByLink, signUp, signUpThroughLink, uniqueEmail } from "./fixtures";

const newPerson = async (browser: Browser, clipboard = false) => {
  const context = await browser.newContext(clipboard ? { permissions: ["clipboard-read", "clipboard-write"] } : {});
  return { context, page: await context.newPage() };
};

const row = (page: Page, email: string) => page.locator(`[data-testid="member-row"][data-email="${email}"]`);

test("owner invites by links, people join with their roles, roles change, members go, the last owner stays", async ({ browser }) => {
  const owner = await newPerson(browser, true);
  await signUp(owner.page, "Olga Owner");

  // A new workspace from the header's switcher; it becomes the current one.
  await owner.page.getByTestId("workspace-switcher").locator("summary").click();
  await owner.page.getByRole("link", { name: "New workspace…" }).click();
  await owner.page.getByLabel("Workspace name").fill("Night desk");
  await owner.page.getByRole("button", { name: "Create workspace" }).click();
  await owner.page.waitForURL(/\/workspaces\/[^/]+\/members$/);
  const membersUrl = owner.page.url();
  await expect(owner.page.getByTestId("current-workspace")).toHaveText("Night desk");
  await expect(owner.page.getByTestId("my-role")).toHaveText("Owner");

  // Rename (owners); the setting is off by default.
  const settings = owner.page.getByTestId("workspace-settings");
  await expect(settings.getByLabel("Reviewers work only on claims assigned to them")).not.toBeChecked();
  await settings.getByLabel("Workspace name").fill("Politics desk");
  await settings.getByRole("button", { name: "Save settings" }).click();
  await expect(settings).toContainText("Settings saved.");
  await expect(owner.page.getByTestId("workspace-name")).toHaveText("Politics desk");
  await expect(owner.page.getByTestId("current-workspace")).toHaveText("Politics desk");

  const editorEmail = uniqueEmail("editor");
  const reviewerEmail = uniqueEmail("reviewer");
  const editorLink = await inviteByLink(owner.page, editorEmail, "Editor");
  const reviewerLink = await inviteByLink(owner.page, reviewerEmail, "Reviewer");
  const pending = owner.page.getByTestId("pending-invitations");
  await expect(pending).toContainText(editorEmail);
  await expect(pending).toContainText(reviewerEmail);

  const editor = await newPerson(browser);
  await signUpThroughLink(editor.page, editorLink, "Ed Editor", editorEmail, "Politics desk", "Editor");
  const reviewer = await newPerson(browser);
  await signUpThroughLink(reviewer.page, reviewerLink, "Rita Reviewer", reviewerEmail, "Politics desk", "Reviewer");

  // A used link says so.
  await editor.page.goto(editorLink);
  await expect(editor.page.getByTestId("invitation-message")).toContainText("already been used");

  // The owner sees both, with their roles; no invitation is pending any more.
  await owner.page.reload();
  await expect(owner.page.getByTestId("member-row")).toHaveCount(3);
  await expect(owner.page.getByLabel("Role of Ed Editor")).toHaveValue("EDITOR");
  await expect(owner.page.getByLabel("Role of Rita Reviewer")).toHaveValue("REVIEWER");
  await expect(row(owner.page, reviewerEmail)).toContainText("0"); // open assignments
  await expect(owner.page.getByText("No pending invitations.")).toBeVisible();
  const axe = await new AxeBuilder({ page: owner.page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `members page: ${v.id}`)).toEqual([]);

  // An editor does not manage members: roles as text, no invitations, only "Leave" on their own row.
  await editor.page.goto(membersUrl);
  await expect(editor.page.getByTestId("my-role")).toHaveText("Editor");
  await expect(editor.page.getByRole("combobox")).toHaveCount(0);
  await expect(editor.page.getByTestId("invite-form")).toHaveCount(0);
  await expect(editor.page.getByRole("button", { name: "Remove" })).toHaveCount(0);
  await expect(row(editor.page, editorEmail).getByRole("button", { name: "Leave workspace" })).toBeVisible();

  // The owner makes the reviewer a viewer.
  await owner.page.getByLabel("Role of Rita Reviewer").selectOption("VIEWER");
  await expect(owner.page.getByLabel("Role of Rita Reviewer")).toHaveValue("VIEWER");
  await owner.page.reload();
  await expect(owner.page.getByLabel("Role of Rita Reviewer")).toHaveValue("VIEWER");

  // A viewer sees no member-management controls, and the server refuses them anyway.
  await reviewer.page.goto(membersUrl);
  await expect(reviewer.page.getByTestId("my-role")).toHaveText("Viewer");
  await expect(reviewer.page.getByTestId("member-role")).toHaveText(["Owner", "Editor", "Viewer"]);
  await expect(reviewer.page.getByRole("combobox")).toHaveCount(0);
  await expect(reviewer.page.getByTestId("invite-form")).toHaveCount(0);
  await expect(reviewer.page.getByTestId("pending-invitations")).toHaveCount(0);
  await expect(reviewer.page.getByTestId("workspace-settings")).toHaveCount(0);
  await expect(reviewer.page.getByRole("button", { name: /^Remove/ })).toHaveCount(0);
  await expect(reviewer.page.getByRole("button", { name: "Leave workspace" })).toHaveCount(1);
  const workspaceId = new URL(membersUrl).pathname.split("/")[2]!;
  const ownerId = (
    (await (await owner.page.request.get("/api/v1/workspaces/" + workspaceId + "/members")).json()) as { members: { user: { id: string; email: string } }[] }
  ).members[0]!.user.id;
  expect((await reviewer.page.request.patch(`/api/v1/workspaces/${workspaceId}/members/${ownerId}`, { data: { role: "VIEWER" } })).status()).toBe(403);
  expect(
    (await reviewer.page.request.post(`/api/v1/workspaces/${workspaceId}/invitations`, { data: { email: uniqueEmail("x"), role: "OWNER" } })).status(),
  ).toBe(403);
  expect((await reviewer.page.request.patch(`/api/v1/workspaces/${workspaceId}`, { data: { assignedOnly: true } })).status()).toBe(403);

  // The owner removes the editor (a second click confirms); the editor's access ends.
  await row(owner.page, editorEmail).getByRole("button", { name: "Remove" }).click();
  await row(owner.page, editorEmail).getByRole("button", { name: "Yes, remove Ed Editor" }).click();
  await expect(owner.page.getByTestId("member-row")).toHaveCount(2);
  await editor.page.goto(membersUrl);
  await expect(editor.page.getByTestId("not-found")).toBeVisible();

  // The last owner cannot leave: a clear message, and they are still the owner.
  await row(owner.page, (await owner.page.getByTestId("current-user").getAttribute("title"))!)
    .getByRole("button", { name: "Leave workspace" })
    .click();
  await owner.page.getByRole("button", { name: "Yes, leave" }).click();
  await expect(owner.page.getByTestId("form-error")).toHaveText("You are the last owner of this workspace: make another member an owner before you leave.");
  await owner.page.reload();
  await expect(owner.page.getByTestId("my-role")).toHaveText("Owner");
  await expect(owner.page.getByTestId("member-row")).toHaveCount(2);

  // The switcher goes back to the owner's other workspace (their own, or the demo one if they
  // were the server's first account) and remembers it.
  await owner.page.getByTestId("workspace-switcher").locator("summary").click();
  const other = owner.page.getByRole("list", { name: "Switch workspace" }).getByRole("button").filter({ hasNotText: "Politics desk" }).first();
  const otherName = (await other.locator("span").first().textContent())!;
  await other.click();
  await owner.page.waitForURL((url) => !url.pathname.includes(workspaceId));
  await expect(owner.page.getByTestId("current-workspace")).toHaveText(otherName);
  await owner.page.goto("/documents");
  await expect(owner.page.getByRole("heading", { level: 2 }).first()).toContainText(otherName);

  for (const person of [owner, editor, reviewer]) await person.context.close();
});
