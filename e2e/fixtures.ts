import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const PASSWORD = "a long enough password";

export function uniqueEmail(tag: string): string {
  return `${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}

/** Signs a new user up through the form; they land on their documents. */
export async function signUp(page: Page, name = "Riley Reviewer") {
  const email = uniqueEmail(name.split(" ")[0]!.toLowerCase());
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/documents$/);
  return { email, name };
}

/** The first workspace of the signed-in user, through the REST API. */
export async function firstWorkspaceId(request: APIRequestContext): Promise<string> {
  const res = await request.get("/api/v1/workspaces");
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { workspaces: { id: string }[] };
  return body.workspaces[0]!.id;
}

export async function importViaApi(request: APIRequestContext, workspaceId: string, title: string, text: string): Promise<string> {
  const res = await request.post(`/api/v1/workspaces/${workspaceId}/documents`, { data: { title, text } });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

export const ARTICLE =
  "The committee met on 3 March 2024 in Geneva. Its chair said the budget rose by 12 percent. Critics disputed the figure.\n\nThe next meeting is planned for June.";

/** Selects `needle` (or puts the caret before its `caretAt`-th character) in the reader, as a mouse would. */
export async function selectInReader(page: Page, needle: string, caretAt?: number) {
  await page.evaluate(
    ([text, caret]) => {
      const root = document.getElementById("reader")!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent!.indexOf(text as string);
        if (i < 0) continue;
        const range = document.createRange();
        const start = caret === null ? i : i + (caret as number);
        range.setStart(n, start);
        range.setEnd(n, caret === null ? i + (text as string).length : start);
        const sel = window.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        return;
      }
      throw new Error(`"${text}" is not in one run of the reader`);
    },
    [needle, caretAt ?? null] as const,
  );
}

/**
 * Brings `member` (signed in, an API request context) into the workspace with `role`, the way
 * people join: the owner creates an invitation for their email, they accept its token.
 */
export async function joinByInvitation(
  owner: APIRequestContext,
  member: APIRequestContext,
  workspaceId: string,
  email: string,
  role: "OWNER" | "EDITOR" | "REVIEWER" | "VIEWER",
) {
  const invited = await owner.post(`/api/v1/workspaces/${workspaceId}/invitations`, { data: { email, role } });
  expect(invited.status()).toBe(201);
  const { url } = (await invited.json()) as { url: string };
  const accepted = await member.post("/api/v1/invitations/accept", { data: { token: url } });
  expect(accepted.status()).toBe(200);
}

/** Invites `email` from the members page and returns the link, as copied with the Copy button. */
export async function inviteByLink(page: Page, email: string, role: "Editor" | "Reviewer") {
  const form = page.getByTestId("invite-form");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption({ label: role });
  await form.getByRole("button", { name: "Create invitation link" }).click();
  const created = page.getByTestId("new-invitation");
  await expect(created).toContainText(`Invitation for ${email} as ${role.toLowerCase()}`);
  await created.getByRole("button", { name: "Copy link" }).click();
  await expect(created).toContainText("Copied.");
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/invite\/wri_[A-Za-z0-9_-]{43}$/);
  await expect(created.getByLabel("Invitation link")).toHaveValue(link);
  return link;
}

/** Opens an invitation link signed out, creates the account it is for, and lands in the workspace. */
export async function signUpThroughLink(page: Page, link: string, name: string, email: string, workspace: string, role: string) {
  await page.goto(link);
  await expect(page.getByRole("heading", { name: `Join “${workspace}”` })).toBeVisible();
  await expect(page.getByTestId("invitation-summary")).toContainText(`invited ${email} to join as ${role.toLowerCase()}`);
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page.getByTestId("invitation-context")).toHaveText(`You are joining “${workspace}” as ${role.toLowerCase()}.`);
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/documents$/);
  await expect(page.getByTestId("current-workspace")).toHaveText(workspace);
  await expect(page.getByTestId("workspace-switcher").locator("summary")).toContainText(role);
  await expect(page.getByRole("heading", { level: 2 }).first()).toContainText(`${workspace} · ${role.toLowerCase()}`);
}

/** Drag from one node's top dot to another's bottom dot with the mouse (retried: a gesture can be missed on a busy machine). */
export async function drawBetween(page: Page, fromId: string, toId: string) {
  const dialog = page.getByRole("dialog", { name: "Choose the relation type" });
  await expect(async () => {
    const from = (await page.locator(`.react-flow__node[data-id="${fromId}"] .react-flow__handle-top`).boundingBox())!;
    const to = (await page.locator(`.react-flow__node[data-id="${toId}"] .react-flow__handle-bottom`).boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 10 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
    await page.mouse.up();
    await expect(dialog).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 40_000 });
  return dialog;
}
