// @mention notifications and the bell's reads against a real (PGlite) database: who is told
// (members newly mentioned; never the author, never outsiders, never twice for one comment), and
// that each person reads and marks only their own notifications.
import { afterAll, beforeEach, describe, expect, test } from "vitest";
import { NOTIFICATION_KINDS } from "@/lib/domain/notifications";
import { describeError } from "../errors";
import { installTestDb } from "../testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { signUp, joinByInvitation } = await import("../testing/fixtures");
const { removeMember } = await import("./remove-member");
const { importDocument } = await import("./import-document");
const { addComment } = await import("./add-comment");
const { editComment } = await import("./edit-comment");
const { listNotifications } = await import("./list-notifications");
const { markNotificationsRead } = await import("./mark-notifications-read");
const { notify } = await import("../notifications");
const { stopRealtime, subscribeToUser } = await import("../realtime");

const TEXT = "The minister said the budget rose by 12 percent in 2023. Critics disputed the figure.";

type Person = { userId: string; workspaceId: string; name: string; email: string };
const p: Record<"ann" | "ben" | "cleo" | "ann2" | "vic" | "eve", Person> = {} as never;
let documentId: string;
let unitId: string;
let secondUnitId: string;

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => ({ status: 200, message: "" }),
    (e: unknown) => ({ status: describeError(e).status, message: describeError(e).body.error.message }),
  );
const mentionsOf = (who: Person) => db.notification.findMany({ where: { userId: who.userId, kind: "MENTIONED" }, orderBy: { createdAt: "asc" } });

// Each test meets a fresh cast (their own workspace, document and empty bells), so it passes alone;
// a test that reads the bell first makes the notifications it reads (seedBell).
beforeEach(async () => {
  // "Ann Lee" and "Ann" are both members: "@Ann Lee" is Ann Lee, "@Ann" is Ann (longest name wins).
  for (const [key, name] of [
    ["ann", "Ann"],
    ["ben", "Ben"],
    ["cleo", "Cleo Martin"],
    ["ann2", "Ann Lee"],
    ["vic", "Vic"],
    ["eve", "Eve"],
  ] as const) {
    const person = await signUp(name);
    p[key] = { userId: person.userId, workspaceId: person.ownWorkspaceId, name, email: person.email };
  }
  for (const [key, role] of [
    ["ben", "REVIEWER"],
    ["cleo", "EDITOR"],
    ["ann2", "REVIEWER"],
    ["vic", "VIEWER"],
  ] as const) {
    await joinByInvitation(p.ann, p.ann.workspaceId, p[key], role);
  }
  documentId = (await importDocument({ userId: p.ann.userId, input: { source: "paste", workspaceId: p.ann.workspaceId, title: "Budget", text: TEXT } })).id;
  const units = await db.unit.findMany({ where: { documentId }, orderBy: { start: "asc" } });
  unitId = units[0]!.id;
  secondUnitId = units[1]!.id;
});

/** Ben is mentioned by Ann, then by Cleo (two unread); Cleo holds one notification of every kind. */
async function seedBell() {
  await addComment({ userId: p.ann.userId, input: { unitId, body: "@Ben can you check this? @cleo martin has the minutes." } });
  await addComment({ userId: p.cleo.userId, input: { unitId: secondUnitId, body: "Looping in @Ben." } });
  await db.notification.deleteMany({ where: { userId: p.cleo.userId } });
  for (const kind of NOTIFICATION_KINDS) {
    await db.$transaction((tx) =>
      notify(tx, [p.cleo.userId], { kind, workspaceId: p.ann.workspaceId, actorId: p.ann.userId, documentId, unitId, data: { claim: "stored words" } }),
    );
  }
}
afterAll(async () => {
  await stopRealtime();
  await testDb.close();
});

describe("mentions in comments", () => {
  test("each member mentioned is told once; the author, outsiders and unknown names are not", async () => {
    const comment = await addComment({
      userId: p.ann.userId,
      input: { unitId, body: "@Ben can you check this? @cleo martin has the minutes. @Ben again; cc @Eve, @Ann (me) and @Nobody. ann@mentions.example.org" },
    });
    expect(comment.body).toContain("@Ben can you check this?"); // the stored text keeps the plain "@Name"
    expect(await mentionsOf(p.ben)).toEqual([
      expect.objectContaining({
        kind: "MENTIONED",
        actorId: p.ann.userId,
        workspaceId: p.ann.workspaceId,
        documentId,
        unitId,
        readAt: null,
        data: expect.objectContaining({ commentId: comment.id, excerpt: expect.stringContaining("@Ben can you check this?") }),
      }),
    ]);
    expect(await mentionsOf(p.cleo)).toHaveLength(1);
    expect(await mentionsOf(p.eve)).toHaveLength(0); // not a member of this workspace
    expect(await mentionsOf(p.ann)).toHaveLength(0); // the author
    expect(await mentionsOf(p.ann2)).toHaveLength(0); // "@Ann" is Ann, not Ann Lee
  });

  test("editing tells only the people it newly mentions", async () => {
    const comment = await addComment({ userId: p.cleo.userId, input: { unitId: secondUnitId, body: "Looping in @Ben." } });
    expect(await mentionsOf(p.ben)).toHaveLength(1);
    await editComment({ userId: p.cleo.userId, input: { commentId: comment.id, body: "Looping in @Ben and @Ann Lee." } });
    expect(await mentionsOf(p.ben)).toHaveLength(1); // already told about this comment
    expect(await mentionsOf(p.ann2)).toEqual([expect.objectContaining({ actorId: p.cleo.userId, unitId: secondUnitId })]);
    // Taking a name out and putting it back is still the same person, told once more only if absent before.
    await editComment({ userId: p.cleo.userId, input: { commentId: comment.id, body: "Looping in @Ann Lee." } });
    await editComment({ userId: p.cleo.userId, input: { commentId: comment.id, body: "Looping in @Ann Lee and @Vic." } });
    expect(await mentionsOf(p.ann2)).toHaveLength(1);
    expect(await mentionsOf(p.vic)).toHaveLength(1); // viewers can be mentioned: they can read the claim
  });

  test("a comment without @ writes no notification", async () => {
    const before = await db.notification.count();
    await addComment({ userId: p.ben.userId, input: { unitId, body: "No mentions here (email: ben at example dot org)." } });
    expect(await db.notification.count()).toBe(before);
  });

  test("the mentioned person's event stream hears of it once the comment commits", async () => {
    const heard: { type: string; unitId?: string | null }[] = [];
    const stop = await subscribeToUser(p.vic.userId, (e) => heard.push({ type: e.type, unitId: e.unitId }));
    await addComment({ userId: p.ben.userId, input: { unitId, body: "@Vic, see above." } });
    await new Promise((r) => setTimeout(r, 300));
    stop();
    expect(heard).toEqual([{ type: "notification", unitId }]);
  });

  test("a comment that fails writes no notification", async () => {
    const before = await db.notification.count();
    expect((await errorOf(addComment({ userId: p.vic.userId, input: { unitId, body: "@Ben I am only a viewer" } }))).status).toBe(403);
    expect((await errorOf(addComment({ userId: p.eve.userId, input: { unitId, body: "@Ben I am not even a member" } }))).status).toBe(404);
    expect(await db.notification.count()).toBe(before);
  });
});

describe("the bell: listing", () => {
  test("my notifications, newest first, with who, where and a link to the claim", async () => {
    await seedBell();
    const page = await listNotifications({ userId: p.ben.userId, input: {} });
    expect(page.unread).toBe(2);
    expect(page.notifications.map((n) => n.actor?.name)).toEqual(["Cleo Martin", "Ann"]);
    expect(page.notifications[1]).toMatchObject({
      kind: "MENTIONED",
      actor: { id: p.ann.userId, name: "Ann" },
      documentId,
      documentTitle: "Budget",
      unitId,
      claim: "The minister said the budget rose by 12 percent in 2023.",
      href: `/documents/${documentId}?unit=${unitId}`,
      read: false,
    });
    expect(page.notifications[1]!.excerpt).toMatch(/^@Ben can you check this\?/);
    expect(page.nextCursor).toBeNull();
  });

  test("every kind the lead's use cases write is listed (the bell renders them all)", async () => {
    for (const kind of NOTIFICATION_KINDS) {
      await db.$transaction((tx) =>
        notify(tx, [p.cleo.userId], { kind, workspaceId: p.ann.workspaceId, actorId: p.ann.userId, documentId, unitId, data: { claim: "stored words" } }),
      );
    }
    const page = await listNotifications({ userId: p.cleo.userId, input: { limit: 10 } });
    expect(new Set(page.notifications.map((n) => n.kind))).toEqual(new Set(NOTIFICATION_KINDS));
  });

  test("paging with a cursor, and unread only", async () => {
    await seedBell();
    const first = await listNotifications({ userId: p.cleo.userId, input: { limit: "2" } });
    expect(first.notifications).toHaveLength(2);
    const rest = await listNotifications({ userId: p.cleo.userId, input: { limit: "100", cursor: first.nextCursor } });
    const all = await listNotifications({ userId: p.cleo.userId, input: { limit: 100 } });
    expect([...first.notifications, ...rest.notifications].map((n) => n.id)).toEqual(all.notifications.map((n) => n.id));
    expect(rest.nextCursor).toBeNull();
    await markNotificationsRead({ userId: p.cleo.userId, input: { ids: [all.notifications[0]!.id] } });
    const unread = await listNotifications({ userId: p.cleo.userId, input: { unread: "true" } });
    expect(unread.notifications.map((n) => n.id)).toEqual(all.notifications.slice(1).map((n) => n.id));
    expect(unread.unread).toBe(all.notifications.length - 1);
  });

  test("a deleted claim: the link goes to the document and the stored words are shown", async () => {
    const [extra] = await db.unit.findMany({ where: { documentId }, orderBy: { start: "desc" }, take: 1 });
    await db.$transaction((tx) =>
      notify(tx, [p.vic.userId], {
        kind: "ASSIGNED",
        workspaceId: p.ann.workspaceId,
        actorId: p.ann.userId,
        documentId,
        unitId: extra!.id,
        data: { claim: "Critics disputed the figure." },
      }),
    );
    await db.unit.delete({ where: { id: extra!.id } });
    const [latest] = (await listNotifications({ userId: p.vic.userId, input: {} })).notifications;
    expect(latest).toMatchObject({ kind: "ASSIGNED", unitId: null, claim: "Critics disputed the figure.", href: `/documents/${documentId}` });
  });

  test("after leaving a workspace, its notifications are gone from the bell", async () => {
    const { ann2 } = p;
    await addComment({ userId: p.cleo.userId, input: { unitId, body: "@Ann Lee, over to you." } });
    expect((await listNotifications({ userId: ann2.userId, input: {} })).unread).toBe(1);
    await removeMember({ userId: ann2.userId, input: { workspaceId: p.ann.workspaceId, memberId: ann2.userId } });
    expect(await listNotifications({ userId: ann2.userId, input: {} })).toEqual({ unread: 0, notifications: [], nextCursor: null });
  });

  test.each<[string, object, string]>([
    ["a bad cursor", { cursor: "zzz" }, "The cursor is not valid"],
    ["a bad unread flag", { unread: "maybe" }, "unread is true or false"],
  ])("refuses %s with a 400", async (_name, input, message) => {
    const e = await errorOf(listNotifications({ userId: p.ben.userId, input }));
    expect(e.status).toBe(400);
    expect(e.message).toContain(message);
  });
});

describe("the bell: marking read", () => {
  test("only the recipient's own notifications change; another's id is ignored", async () => {
    await seedBell();
    const bens = (await listNotifications({ userId: p.ben.userId, input: {} })).notifications;
    const cleos = (await listNotifications({ userId: p.cleo.userId, input: { unread: true } })).notifications;
    expect(await markNotificationsRead({ userId: p.ben.userId, input: { ids: [cleos[0]!.id] } })).toEqual({ marked: 0, unread: 2 });
    expect((await db.notification.findUniqueOrThrow({ where: { id: cleos[0]!.id } })).readAt).toBeNull();
    expect(await markNotificationsRead({ userId: p.ben.userId, input: { ids: [bens[0]!.id, bens[0]!.id, cleos[1]!.id] } })).toEqual({ marked: 1, unread: 1 });
    expect((await listNotifications({ userId: p.ben.userId, input: {} })).notifications.map((n) => n.read)).toEqual([true, false]);
    // Marking again changes nothing.
    expect(await markNotificationsRead({ userId: p.ben.userId, input: { ids: [bens[0]!.id] } })).toEqual({ marked: 0, unread: 1 });
  });

  test("all: every one of mine, nobody else's", async () => {
    await seedBell();
    const cleoUnread = (await listNotifications({ userId: p.cleo.userId, input: {} })).unread;
    expect(cleoUnread).toBeGreaterThan(0);
    expect(await markNotificationsRead({ userId: p.ben.userId, input: { all: true } })).toEqual({ marked: 2, unread: 0 });
    expect((await listNotifications({ userId: p.cleo.userId, input: {} })).unread).toBe(cleoUnread);
  });

  test("my other tabs hear that the count changed", async () => {
    await seedBell();
    const heard: string[] = [];
    const stop = await subscribeToUser(p.cleo.userId, (e) => heard.push(e.type));
    await markNotificationsRead({ userId: p.cleo.userId, input: { all: true } });
    await new Promise((r) => setTimeout(r, 300));
    stop();
    expect(heard).toEqual(["notification"]);
  });

  test.each<[string, unknown, string]>([
    ["nothing", {}, 'Send either {"ids": [...]} or {"all": true}.'],
    ["both", { ids: ["x"], all: true }, 'Send either {"ids": [...]} or {"all": true}.'],
    ["an empty list", { ids: [] }, "Name at least one notification."],
    ["all: false", { all: false }, "all is true (or leave it out and send ids)."],
    ["ids that are not a list", { ids: "x" }, "ids is a list of notification ids."],
  ])("refuses %s with a 400 that says what to send", async (_name, input, message) => {
    const e = await errorOf(markNotificationsRead({ userId: p.ben.userId, input }));
    expect(e).toEqual({ status: 400, message });
  });
});
