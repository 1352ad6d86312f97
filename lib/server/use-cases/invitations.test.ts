// Invitations against a real (PGlite) database: who may invite, the one-time token stored only
// as a hash, 7-day expiry, revocation, the invited email only, no account enumeration, sign-up
// through a link (also on an invite-only server), and the optional email.
import { createHash } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { describeError } from "../errors";
import { nodemailerMailer, smtpMailer, type Mailer } from "../mail";
import { installTestDb } from "../testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { signUpUser } = await import("./sign-up-user");
const { createWorkspace } = await import("./create-workspace");
const { createInvitation } = await import("./create-invitation");
const { listInvitations } = await import("./list-invitations");
const { revokeInvitation } = await import("./revoke-invitation");
const { acceptInvitation } = await import("./accept-invitation");
const { previewInvitation } = await import("./preview-invitation");

const BASE = "https://warrant.example.org";
const DAY = 24 * 3600 * 1000;
type Name = "olga" | "ed" | "rita" | "val" | "out";
const people = {} as Record<Name, { userId: string; email: string }>;
let workspaceId: string;

const failure = (p: Promise<unknown>) =>
  p.then(
    () => ({ status: 200, message: "" }),
    (e: unknown) => {
      const { status, body } = describeError(e);
      return { status, message: body.error.message };
    },
  );
const tokenOf = (url: string) => url.slice(url.indexOf("/invite/") + "/invite/".length);
const invite = (email: string, role = "EDITOR", by: Name = "olga", options: { now?: Date; mailer?: Mailer | null } = {}) =>
  createInvitation({ userId: people[by].userId, input: { workspaceId, email, role } }, { baseUrl: BASE, mailer: null, ...options });
const accept = (who: Name, token: string) => acceptInvitation({ userId: people[who].userId, input: { token } });

beforeAll(async () => {
  for (const name of ["olga", "ed", "rita", "val", "out"] as const) {
    const email = `${name}@invite.example.org`;
    people[name] = { userId: (await signUpUser({ input: { name, email, password: "password-123" } })).user.id, email };
  }
  workspaceId = (await createWorkspace({ userId: people.olga.userId, input: { name: "Desk" } })).id;
  for (const [who, role] of [
    ["ed", "EDITOR"],
    ["rita", "REVIEWER"],
    ["val", "VIEWER"],
  ] as const) {
    await accept(who, tokenOf((await invite(people[who].email, role)).url));
  }
});
afterAll(() => testDb.close());
afterEach(() => {
  delete process.env.WARRANT_SIGNUP;
});

describe("createInvitation", () => {
  test("a random one-time link, stored only as its SHA-256, valid 7 days, with an Activity row", async () => {
    const now = new Date();
    const created = await invite("new.person@invite.example.org", "REVIEWER", "olga", { now });
    expect(created).toMatchObject({
      email: "new.person@invite.example.org",
      role: "REVIEWER",
      emailed: false,
      expiresAt: new Date(now.getTime() + 7 * DAY).toISOString(),
    });
    expect(created.url).toMatch(/^https:\/\/warrant\.example\.org\/invite\/wri_[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(created.url);
    const row = await db.invitation.findUniqueOrThrow({ where: { id: created.id }, omit: { tokenHash: false } });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);
    const activity = await db.activity.findFirstOrThrow({ where: { workspaceId, action: "invitation.create" }, orderBy: { createdAt: "desc" } });
    expect(activity).toMatchObject({ actorId: people.olga.userId, after: expect.objectContaining({ invitationId: created.id, role: "REVIEWER" }) });
    expect(JSON.stringify(activity)).not.toContain(token);
    expect(tokenOf((await invite("another@invite.example.org")).url)).not.toBe(token);
  });

  test("the answer is the same whether or not the email has an account (no enumeration)", async () => {
    const known = await invite(people.out.email, "VIEWER");
    const unknown = await invite("nobody-at-all@invite.example.org", "VIEWER");
    const shape = (v: object) => Object.entries(v).map(([k, x]) => [k, typeof x]);
    expect(shape(known)).toEqual(shape(unknown));
    expect({ ...known, id: 0, url: 0, email: 0, expiresAt: 0 }).toEqual({ ...unknown, id: 0, url: 0, email: 0, expiresAt: 0 });
  });

  test.each<[string, Name, object, number, string]>([
    ["an editor", "ed", { email: "x@invite.example.org", role: "EDITOR" }, 403, "does not allow"],
    ["a reviewer", "rita", { email: "x@invite.example.org", role: "REVIEWER" }, 403, "does not allow"],
    ["a viewer", "val", { email: "x@invite.example.org", role: "VIEWER" }, 403, "does not allow"],
    ["a non-member (the workspace does not exist for them)", "out", { email: "x@invite.example.org", role: "OWNER" }, 404, "workspace was not found"],
    ["a role that does not exist", "olga", { email: "x@invite.example.org", role: "ADMIN" }, 400, "The role is one of"],
    ["a bad email", "olga", { email: "x", role: "EDITOR" }, 400, "valid email"],
    ["someone already a member", "olga", { email: "RITA@invite.example.org", role: "EDITOR" }, 409, "already a member"],
  ])("refuses %s", async (_name, caller, input, status, message) => {
    const e = await failure(createInvitation({ userId: people[caller].userId, input: { ...input, workspaceId } }, { baseUrl: BASE, mailer: null }));
    expect(e).toEqual({ status, message: expect.stringContaining(message) });
  });

  test("inviting the same email again revokes the earlier link", async () => {
    const first = await invite("twice@invite.example.org", "EDITOR");
    const second = await invite("twice@invite.example.org", "REVIEWER");
    expect((await previewInvitation({ input: { token: tokenOf(first.url) } })).status).toBe("revoked");
    expect(
      (await listInvitations({ userId: people.olga.userId, input: { workspaceId } })).filter((i) => i.email === "twice@invite.example.org").map((i) => i.id),
    ).toEqual([second.id]);
  });
});

describe("listInvitations", () => {
  test("owners see pending invitations only, newest first, never a token", async () => {
    const used = await invite("used@invite.example.org");
    const revoked = await invite("revoked@invite.example.org");
    const expired = await invite("expired@invite.example.org", "EDITOR", "olga", { now: new Date(Date.now() - 8 * DAY) });
    const pending = await invite("pending@invite.example.org", "VIEWER");
    await signUpUser({ input: { name: "Used", email: "used@invite.example.org", password: "password-123", invitation: tokenOf(used.url) } });
    await revokeInvitation({ userId: people.olga.userId, input: { invitationId: revoked.id } });
    const list = await listInvitations({ userId: people.olga.userId, input: { workspaceId } });
    const ids = list.map((i) => i.id);
    expect(ids[0]).toBe(pending.id);
    expect(ids).not.toContain(used.id);
    expect(ids).not.toContain(revoked.id);
    expect(ids).not.toContain(expired.id);
    expect(list[0]).toEqual({
      id: pending.id,
      email: "pending@invite.example.org",
      role: "VIEWER",
      invitedBy: { id: people.olga.userId, name: "olga" },
      createdAt: expect.any(String),
      expiresAt: pending.expiresAt,
    });
    expect(JSON.stringify(list)).not.toContain("wri_");
  });

  test.each<[Name, number]>([
    ["ed", 403],
    ["val", 403],
    ["out", 404],
  ])("%s may not list them (%i)", async (who, status) => {
    expect((await failure(listInvitations({ userId: people[who].userId, input: { workspaceId } }))).status).toBe(status);
  });
});

describe("revokeInvitation", () => {
  test("the link stops working at once; revoking again is harmless; an Activity row", async () => {
    const created = await invite("revoke-me@invite.example.org");
    await revokeInvitation({ userId: people.olga.userId, input: { invitationId: created.id } });
    await revokeInvitation({ userId: people.olga.userId, input: { invitationId: created.id } });
    expect(await db.activity.count({ where: { workspaceId, action: "invitation.revoke", before: { path: ["invitationId"], equals: created.id } } })).toBe(1);
    await signUpUser({ input: { name: "Late", email: "revoke-me@invite.example.org", password: "password-123" } });
    const late = await db.user.findUniqueOrThrow({ where: { email: "revoke-me@invite.example.org" } });
    const e = await failure(acceptInvitation({ userId: late.id, input: { token: tokenOf(created.url) } }));
    expect(e).toEqual({ status: 400, message: expect.stringContaining("revoked") });
  });

  test.each<[Name, number]>([
    ["ed", 403],
    ["rita", 403],
    ["out", 404],
  ])("%s may not revoke (%i)", async (who, status) => {
    const created = await invite("keep-me@invite.example.org");
    expect((await failure(revokeInvitation({ userId: people[who].userId, input: { invitationId: created.id } }))).status).toBe(status);
    expect((await previewInvitation({ input: { token: tokenOf(created.url) } })).status).toBe("pending");
  });

  test("a used invitation cannot be revoked (409)", async () => {
    const created = await invite(people.out.email, "VIEWER");
    await accept("out", tokenOf(created.url));
    expect((await failure(revokeInvitation({ userId: people.olga.userId, input: { invitationId: created.id } }))).status).toBe(409);
    await db.membership.deleteMany({ where: { workspaceId, userId: people.out.userId } });
  });
});

describe("acceptInvitation", () => {
  test("only the invited email may accept (403), and the link stays valid for them", async () => {
    const created = await invite(people.out.email, "REVIEWER");
    const e = await failure(accept("ed", tokenOf(created.url)));
    expect(e).toEqual({ status: 403, message: expect.stringContaining(people.out.email) });
    expect(await accept("out", created.url)).toEqual({ workspaceId, role: "REVIEWER" });
    expect(await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId: people.out.userId } } })).toMatchObject({ role: "REVIEWER" });
    await db.membership.deleteMany({ where: { workspaceId, userId: people.out.userId } });
  });

  test("one-time: a second use is a 400", async () => {
    const created = await invite(people.out.email, "VIEWER");
    await accept("out", tokenOf(created.url));
    expect(await failure(accept("out", tokenOf(created.url)))).toEqual({ status: 400, message: expect.stringContaining("already been used") });
    await db.membership.deleteMany({ where: { workspaceId, userId: people.out.userId } });
  });

  test("expired after 7 days: 400, and nobody joins", async () => {
    const created = await invite(people.out.email, "EDITOR", "olga", { now: new Date(Date.now() - 7 * DAY - 1000) });
    expect(await failure(accept("out", tokenOf(created.url)))).toEqual({ status: 400, message: expect.stringContaining("expired") });
    expect(await db.membership.count({ where: { workspaceId, userId: people.out.userId } })).toBe(0);
  });

  test("a token nobody issued is a 404; an empty one a 400", async () => {
    expect((await failure(accept("out", "wri_" + "A".repeat(43)))).status).toBe(404);
    expect((await failure(accept("out", "not-a-token"))).status).toBe(404);
    expect((await failure(accept("out", "  "))).status).toBe(400);
  });

  test("a member already in the workspace keeps their role", async () => {
    const created = await invite(people.out.email, "OWNER");
    await db.membership.create({ data: { workspaceId, userId: people.out.userId, role: "VIEWER" } });
    expect(await accept("out", tokenOf(created.url))).toEqual({ workspaceId, role: "VIEWER" });
    await db.membership.deleteMany({ where: { workspaceId, userId: people.out.userId } });
  });
});

describe("signing up through an invitation", () => {
  test("invite-only: no sign-up without a link; with one, the invitee joins the workspace with the role, and nothing else", async () => {
    process.env.WARRANT_SIGNUP = "invite-only";
    expect((await failure(signUpUser({ input: { name: "Nia", email: "nia@invite.example.org", password: "password-123" } }))).status).toBe(403);
    const created = await invite("NIA@invite.example.org", "REVIEWER");
    const { user, workspace, role } = await signUpUser({
      input: { name: "Nia", email: "nia@invite.example.org", password: "password-123", invitation: tokenOf(created.url) },
    });
    expect({ workspaceId: workspace.id, role }).toEqual({ workspaceId, role: "REVIEWER" });
    expect(await db.membership.findMany({ where: { userId: user.id }, select: { workspaceId: true, role: true } })).toEqual([
      { workspaceId, role: "REVIEWER" },
    ]);
    expect(await db.activity.count({ where: { workspaceId, action: "member.join", actorId: user.id } })).toBe(1);
  });

  test.each<[string, string, (url: string) => string, number, string]>([
    ["another email", "someone.else@invite.example.org", tokenOf, 403, "This invitation is for"],
    ["an unknown token", "zed@invite.example.org", () => "wri_unknown", 404, "not valid"],
  ])("invite-only: %s creates no account", async (_name, email, token, status, message) => {
    process.env.WARRANT_SIGNUP = "invite-only";
    const created = await invite("zed@invite.example.org", "EDITOR");
    const e = await failure(signUpUser({ input: { name: "Zed", email, password: "password-123", invitation: token(created.url) } }));
    expect(e).toEqual({ status, message: expect.stringContaining(message) });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  test("an expired link creates no account (400)", async () => {
    const created = await invite("old@invite.example.org", "EDITOR", "olga", { now: new Date(Date.now() - 8 * DAY) });
    const e = await failure(
      signUpUser({ input: { name: "Old", email: "old@invite.example.org", password: "password-123", invitation: tokenOf(created.url) } }),
    );
    expect(e.status).toBe(400);
    expect(await db.user.count({ where: { email: "old@invite.example.org" } })).toBe(0);
  });
});

describe("previewInvitation", () => {
  test("what the link's page shows: the workspace, role, email and state, whoever opens it", async () => {
    const created = await invite("preview@invite.example.org", "VIEWER");
    expect(await previewInvitation({ input: { token: tokenOf(created.url) } })).toEqual({
      status: "pending",
      email: "preview@invite.example.org",
      role: "VIEWER",
      workspace: { id: workspaceId, name: "Desk" },
      invitedBy: "olga",
      expiresAt: created.expiresAt,
    });
  });
});

describe("email (SMTP only when SMTP_URL is set)", () => {
  test("no SMTP_URL, no mailer; with one, a nodemailer SMTP transport (nothing is sent until asked)", async () => {
    expect(await smtpMailer({})).toBeNull();
    expect(await smtpMailer({ SMTP_URL: "  " })).toBeNull();
    expect(await smtpMailer({ SMTP_URL: "smtp://127.0.0.1:1" })).toEqual({ send: expect.any(Function) });
  });

  test("the link is sent as plain text through the transport (nodemailer's JSON transport)", async () => {
    const json = await nodemailerMailer({ jsonTransport: true }, "Warrant <desk@example.org>");
    const sent: { to: { address: string }[]; from: { address: string }; subject: string; text: string }[] = [];
    const mailer: Mailer = {
      send: async (m) => {
        const info = (await json.send(m)) as { message: string };
        sent.push(JSON.parse(info.message));
        return info;
      },
    };
    const created = await invite("mailed@invite.example.org", "REVIEWER", "olga", { mailer });
    expect(created.emailed).toBe(true);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toEqual([expect.objectContaining({ address: "mailed@invite.example.org" })]);
    expect(sent[0]!.from.address).toBe("desk@example.org");
    expect(sent[0]!.subject).toBe("olga invited you to “Desk” on Warrant");
    expect(sent[0]!.text).toContain(created.url);
    expect(sent[0]!.text).toContain("as reviewer");
  });

  test("the stream transport builds a real MIME message with the link", async () => {
    const stream = await nodemailerMailer({ streamTransport: true, buffer: true }, "desk@example.org");
    let raw = "";
    const mailer: Mailer = {
      send: async (m) => {
        const info = (await stream.send(m)) as { message: Buffer };
        raw = info.message.toString("utf8");
        return info;
      },
    };
    const created = await invite("streamed@invite.example.org", "VIEWER", "olga", { mailer });
    expect(raw).toMatch(/^To: streamed@invite\.example\.org$/m);
    expect(raw.replace(/=\r?\n/g, "")).toContain(tokenOf(created.url));
  });

  test("a failing mail server does not undo the invitation", async () => {
    const broken: Mailer = { send: () => Promise.reject(new Error("connection refused")) };
    const created = await invite("unlucky@invite.example.org", "VIEWER", "olga", { mailer: broken });
    expect(created.emailed).toBe(false);
    expect((await previewInvitation({ input: { token: tokenOf(created.url) } })).status).toBe("pending");
  });
});
