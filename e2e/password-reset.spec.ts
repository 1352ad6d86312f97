// Issue 13: "forgot password" without an email server. The member asks on the sign-in page and is
// told to ask an owner; the owner makes a one-time reset link on the members page; the member sets
// a new password through it (a short one is refused and the link still works), every session of
// the account ends, the old password stops working, and the used link says so. Only owners see
// the control.
import { expect, test, type Browser } from "@playwright/test";
import { firstWorkspaceId, inviteByLink, PASSWORD, signUp, signUpThroughLink, uniqueEmail } from "./fixtures";

const person = async (browser: Browser, clipboard = false) => {
  const context = await browser.newContext(clipboard ? { permissions: ["clipboard-read", "clipboard-write"] } : {});
  return { context, page: await context.newPage() };
};

test("an owner's reset link lets a member who forgot their password back in, once", async ({ browser }) => {
  const owner = await person(browser, true);
  await signUp(owner.page, "Olive Owner");
  const workspaceId = await firstWorkspaceId(owner.page.request);
  await owner.page.goto(`/workspaces/${workspaceId}/members`);
  const workspace = (await owner.page.getByTestId("workspace-name").textContent())!.trim();
  const email = uniqueEmail("mona");
  const invitation = await inviteByLink(owner.page, email, "Reviewer");

  // Mona joins and stays signed in on her laptop.
  const laptop = await person(browser);
  await signUpThroughLink(laptop.page, invitation, "Mona Member", email, workspace, "Reviewer");
  // She sees no reset control on the members page: owners only.
  await laptop.page.goto(`/workspaces/${workspaceId}/members`);
  await expect(laptop.page.getByTestId("member-row")).toHaveCount(2);
  await expect(laptop.page.getByRole("button", { name: "Reset password" })).toHaveCount(0);

  // On another computer she forgot the password: the server sends no email, so she is told whom to ask.
  const phone = await person(browser);
  await phone.page.goto("/signin");
  await phone.page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(phone.page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await phone.page.getByLabel("Email").fill(email);
  await phone.page.getByRole("button", { name: "Send a reset link" }).click();
  await expect(phone.page.getByTestId("form-error")).toContainText("does not send email. Ask an owner of your workspace");
  await expect(phone.page.getByLabel("Email")).toHaveValue(email);

  // The owner makes the link on the members page and copies it.
  await owner.page.reload();
  const row = owner.page.locator(`[data-testid="member-row"][data-email="${email}"]`);
  await row.getByRole("button", { name: "Reset password" }).click();
  const panel = owner.page.getByTestId("reset-link");
  await expect(panel).toContainText("A one-time link for Mona Member");
  await panel.getByRole("button", { name: "Copy" }).click();
  const link = await owner.page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/reset-password\/wrr_[A-Za-z0-9_-]{43}$/);
  await expect(panel.getByLabel("Reset link for Mona Member")).toHaveValue(link);

  // Mona opens it: a short password is refused, the link keeps working.
  await phone.page.goto(link);
  await expect(phone.page.getByRole("heading", { name: "Set a new password" })).toBeVisible();
  await expect(phone.page.getByText(`For ${email}.`)).toBeVisible();
  await phone.page.getByLabel("New password").fill("short");
  await phone.page.getByRole("button", { name: "Set new password" }).click();
  await expect(phone.page.getByText("at least 8 characters", { exact: false }).first()).toBeVisible();
  // The refusal keeps what was typed (no form reset under the person's fingers).
  await expect(phone.page.getByLabel("New password")).toHaveValue("short");
  const newPassword = "a brand new passphrase";
  await phone.page.getByLabel("New password").fill(newPassword);
  await phone.page.getByRole("button", { name: "Set new password" }).click();
  await phone.page.waitForURL(/\/signin\?reset=1/);
  await expect(phone.page.getByRole("status")).toContainText("Your password was changed");
  await expect(phone.page.getByLabel("Email")).toHaveValue(email);

  // The old password no longer works; the new one does.
  await phone.page.getByLabel("Password").fill(PASSWORD);
  await phone.page.getByRole("button", { name: "Sign in" }).click();
  await expect(phone.page.getByTestId("form-error")).toContainText("The email or password is not right.");
  await phone.page.getByLabel("Password").fill(newPassword);
  await phone.page.getByRole("button", { name: "Sign in" }).click();
  await phone.page.waitForURL(/\/documents$/);

  // The laptop's session ended with the reset.
  await laptop.page.goto("/documents");
  await laptop.page.waitForURL(/\/signin/);

  // The link worked once.
  await phone.page.goto(link);
  await expect(phone.page.getByTestId("form-error")).toContainText("already been used");
  await expect(phone.page.getByRole("button", { name: "Set new password" })).toHaveCount(0);

  // The workspace's activity records who made a link for whom (never the link itself).
  await owner.page.goto(`/workspaces/${workspaceId}/activity`);
  await expect(owner.page.getByText(/password reset link for Mona Member/)).toBeVisible();
  await expect(owner.page.locator("body")).not.toContainText("wrr_");

  for (const p of [owner, laptop, phone]) await p.context.close();
});
