// Issue 13: "forgot password" through a one-time reset link, made by a workspace owner for a member
// when the server sends no email, or emailed to the person (SMTP_URL + WARRANT_PUBLIC_URL). Against
// a real (PGlite) database.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Mailer, MailMessage } from "../mail";
import { installTestDb } from "../testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { codeOf, errorOf, joinByInvitation, seedTeam, signUp } = await import("../testing/fixtures");
const { createResetLink } = await import("./create-reset-link");
const { requestPasswordReset } = await import("./request-password-reset");
const { previewResetLink, resetPassword } = await import("./reset-password");
const { checkCredentials } = await import("../sign-in");
const { startSession } = await import("../sessions");
const { recordHit, passwordKeys, checkThrottle } = await import("../throttle");
const { signUpUser } = await import("./sign-up-user");
const { createWorkspace } = await import("./create-workspace");

type Team = Awaited<ReturnType<typeof seedTeam>>;
const BASE = "http://warrant.test";
const tokenOf = (url: string) => decodeURIComponent(url.split("/reset-password/")[1]!);
const link = (team: Team, memberId: string, by = team.members.OWNER.userId) =>
  createResetLink({ userId: by, input: { workspaceId: team.workspaceId, memberId } }, { baseUrl: BASE, mailer: null });
const signsIn = async (email: string, password: string) => (await checkCredentials({ email, password }, new Headers())) !== null;

/** A mailer that keeps what it was asked to send. */
function keptMail(): Mailer & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return { sent, send: async (m) => sent.push(m) };
}

let team: Team;
/** A member who joined through an invitation sign-up: the team workspace is their only one. */
let cleo: { userId: string; email: string };

beforeAll(async () => {
  team = await seedTeam("Resets");
  cleo = await inviteCleo();
});
afterAll(() => testDb.close());

async function inviteCleo() {
  const { createInvitation } = await import("./create-invitation");
  const email = `cleo.${Date.now()}@reset.example.org`;
  const { url } = await createInvitation(
    { userId: team.members.OWNER.userId, input: { workspaceId: team.workspaceId, email, role: "REVIEWER" } },
    { baseUrl: BASE, mailer: null },
  );
  const { user } = await signUpUser({ input: { name: "Cleo", email, password: "old password 1", invitation: url.split("/invite/")[1] } });
  return { userId: user.id, email };
}

describe("an owner's reset link for a member", () => {
  test("works once: sets the new password, ends every session, and the old password stops working", async () => {
    const session = await startSession(cleo.userId);
    const made = await link(team, cleo.userId);
    expect(made).toMatchObject({ email: cleo.email, name: "Cleo", emailed: false });
    expect(made.url).toMatch(/^http:\/\/warrant\.test\/reset-password\/wrr_[\w-]{43}$/);
    const token = tokenOf(made.url!);
    expect(await previewResetLink({ input: { token } })).toMatchObject({ email: cleo.email });
    // Only the hash is stored.
    expect(await db.passwordReset.count({ where: { tokenHash: token } })).toBe(0);

    expect(await resetPassword({ input: { token, newPassword: "new password 2" } })).toEqual({ email: cleo.email });
    expect(await signsIn(cleo.email, "old password 1")).toBe(false);
    expect(await signsIn(cleo.email, "new password 2")).toBe(true);
    expect((await db.authSession.findUniqueOrThrow({ where: { id: session } })).revokedAt).not.toBeNull();

    const again = await errorOf(resetPassword({ input: { token, newPassword: "third password 3" } }));
    expect(again).toMatchObject({ status: 400, message: expect.stringContaining("already been used") });
    expect(await signsIn(cleo.email, "new password 2")).toBe(true);
  });

  test("a newer link replaces the older one; an expired one says so; a made-up one is not found", async () => {
    const first = tokenOf((await link(team, cleo.userId)).url!);
    const second = tokenOf((await link(team, cleo.userId)).url!);
    expect(await errorOf(previewResetLink({ input: { token: first } }))).toMatchObject({ status: 400, message: expect.stringContaining("replaced") });
    const later = new Date(Date.now() + 25 * 3600_000);
    expect(await errorOf(resetPassword({ input: { token: second, newPassword: "whatever long" } }, later))).toMatchObject({
      status: 400,
      message: expect.stringContaining("expired"),
    });
    expect(await errorOf(previewResetLink({ input: { token: "wrr_made-up" } }))).toMatchObject({ status: 404 });
    expect(await errorOf(previewResetLink({ input: { token: "something else" } }))).toMatchObject({ status: 404 });
  });

  test("a short new password is refused with the field named, and the link stays usable", async () => {
    const token = tokenOf((await link(team, cleo.userId)).url!);
    const short = await errorOf(resetPassword({ input: { token, newPassword: "short" } }));
    expect(short.status).toBe(400);
    expect(await previewResetLink({ input: { token } })).toMatchObject({ email: cleo.email });
  });

  test("is recorded in the workspace's activity, without the link", async () => {
    await link(team, cleo.userId);
    const row = await db.activity.findFirstOrThrow({ where: { workspaceId: team.workspaceId, action: "member.reset-link" }, orderBy: { createdAt: "desc" } });
    expect(row.actorId).toBe(team.members.OWNER.userId);
    expect(JSON.stringify(row.after)).toContain(cleo.email);
    expect(JSON.stringify(row.after)).not.toContain("wrr_");
  });

  test("only owners; a non-member's workspace is not found", async () => {
    for (const role of ["EDITOR", "REVIEWER", "VIEWER"] as const) {
      expect(await codeOf(link(team, cleo.userId, team.members[role].userId))).toBe("FORBIDDEN");
    }
    expect(await codeOf(link(team, cleo.userId, team.outsider.userId))).toBe("NOT_FOUND");
    expect(await codeOf(link(team, team.outsider.userId))).toBe("NOT_FOUND");
  });

  test("refused for a member who shares another workspace with people, unless the owner owns it too", async () => {
    const elsewhere = await signUp("Other desk owner");
    const sharedId = (await createWorkspace({ userId: elsewhere.userId, input: { name: "Other desk" } })).id;
    await joinByInvitation(elsewhere, sharedId, cleo, "REVIEWER");
    const refused = await errorOf(link(team, cleo.userId));
    expect(refused).toMatchObject({ status: 403, message: expect.stringContaining("a workspace you do not own") });
    // The team's owner now owns the other desk too: allowed.
    await joinByInvitation(elsewhere, sharedId, team.members.OWNER, "OWNER");
    expect((await link(team, cleo.userId)).url).toBeTruthy();
  });

  test("a member's own one-person workspace (the one sign-up gives) does not block it", async () => {
    const editor = team.members.EDITOR; // signed up by themselves: owns a workspace alone
    expect((await link(team, editor.userId)).url).toBeTruthy();
  });

  test("with a mailer the link goes to the member, not to the owner", async () => {
    const mailer = keptMail();
    const made = await createResetLink(
      { userId: team.members.OWNER.userId, input: { workspaceId: team.workspaceId, memberId: cleo.userId } },
      { baseUrl: BASE, mailer },
    );
    expect(made).toMatchObject({ url: null, emailed: true });
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]!.to).toBe(cleo.email);
    expect(mailer.sent[0]!.text).toMatch(/http:\/\/warrant\.test\/reset-password\/wrr_/);
  });
});

describe("forgot password (self-service)", () => {
  test("without email (or without the public address) nothing is made and the answer says whom to ask", async () => {
    const before = await db.passwordReset.count();
    expect(await requestPasswordReset({ input: { email: cleo.email } }, { baseUrl: BASE, mailer: null })).toEqual({ emailSent: false });
    expect(await requestPasswordReset({ input: { email: cleo.email } }, { baseUrl: null, mailer: keptMail() })).toEqual({ emailSent: false });
    expect(await db.passwordReset.count()).toBe(before);
  });

  test("emails a link to an existing account; answers the same for an unknown email and sends nothing", async () => {
    const mailer = keptMail();
    const known = await requestPasswordReset({ input: { email: cleo.email.toUpperCase() } }, { baseUrl: BASE, mailer });
    const unknown = await requestPasswordReset({ input: { email: "nobody@reset.example.org" } }, { baseUrl: BASE, mailer });
    expect(known).toEqual(unknown);
    expect(mailer.sent.map((m) => m.to)).toEqual([cleo.email]);
    const token = /\/reset-password\/(wrr_[\w-]+)/.exec(mailer.sent[0]!.text)![1]!;
    await resetPassword({ input: { token, newPassword: "emailed password 4" } });
    expect(await signsIn(cleo.email, "emailed password 4")).toBe(true);
  });

  test("is throttled per email (no mail bombing), with the wait in the message", async () => {
    const mailer = keptMail();
    const email = team.members.VIEWER.email;
    const ask = () => requestPasswordReset({ input: { email }, address: "203.0.113.9" }, { baseUrl: BASE, mailer });
    for (let i = 0; i < 3; i++) await ask();
    expect(await errorOf(ask())).toMatchObject({ status: 429, message: expect.stringContaining("Too many password reset requests") });
    expect(mailer.sent.length).toBeLessThanOrEqual(3);
  });

  test("a reset clears the account's password-guess throttle", async () => {
    const email = team.members.REVIEWER.email;
    const keys = passwordKeys(email, "198.51.100.7");
    for (let i = 0; i < 8; i++) await recordHit(keys);
    expect(await codeOf(checkThrottle(keys, "blocked"))).toBe("RATE_LIMITED");
    const token = tokenOf((await link(team, team.members.REVIEWER.userId)).url!);
    await resetPassword({ input: { token, newPassword: "unblocked password" } });
    expect(await codeOf(checkThrottle(keys, "blocked"))).toBe("ok");
  });
});
