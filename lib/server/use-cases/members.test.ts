// Members and workspace settings against a real (PGlite) database: the members list with open
// assignments, role changes, removal and leaving, the last owner, rename and assigned-only.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { describeError } from "../errors";
import { installTestDb } from "../testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { signUpUser } = await import("./sign-up-user");
const { createWorkspace } = await import("./create-workspace");
const { createInvitation } = await import("./create-invitation");
const { acceptInvitation } = await import("./accept-invitation");
const { listMembers } = await import("./list-members");
const { updateMemberRole } = await import("./update-member-role");
const { removeMember } = await import("./remove-member");
const { updateWorkspace } = await import("./update-workspace");
const { getWorkspace } = await import("./get-workspace");
const { importDocument } = await import("./import-document");
const { isAssignedOnly } = await import("../workspace-settings");

type Name = "olga" | "ed" | "rita" | "rob" | "val" | "out";
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
const join = async (workspace: string, who: Name, role: "OWNER" | "EDITOR" | "REVIEWER" | "VIEWER", owner: Name = "olga") => {
  const { url } = await createInvitation(
    { userId: people[owner].userId, input: { workspaceId: workspace, email: people[who].email, role } },
    { baseUrl: "http://x", mailer: null },
  );
  await acceptInvitation({ userId: people[who].userId, input: { token: url } });
};
const roles = async (ws = workspaceId) =>
  Object.fromEntries((await listMembers({ userId: people.olga.userId, input: { workspaceId: ws } })).map((m) => [m.user.email.split("@")[0], m.role]));
const activities = (action: string) => db.activity.count({ where: { workspaceId, action } });

beforeAll(async () => {
  for (const name of ["olga", "ed", "rita", "rob", "val", "out"] as const) {
    const email = `${name}@members.example.org`;
    people[name] = { userId: (await signUpUser({ input: { name, email, password: "password-123" } })).user.id, email };
  }
});
// Every test gets its own desk (Olga owns it; Ed edits, Rita and Rob review, Val views), so role
// changes and removals in one test never decide another's outcome: each passes alone.
beforeEach(async () => {
  workspaceId = (await createWorkspace({ userId: people.olga.userId, input: { name: "Desk" } })).id;
  await join(workspaceId, "ed", "EDITOR");
  await join(workspaceId, "rita", "REVIEWER");
  await join(workspaceId, "rob", "REVIEWER");
  await join(workspaceId, "val", "VIEWER");
});
afterAll(() => testDb.close());

describe("listMembers", () => {
  test("role, joined date and open assignments (OPEN, IN_REVIEW, NEEDS_ADJUDICATION; first or second reviewer; this workspace only)", async () => {
    const text =
      "The budget rose by 12 percent in 2023. Exports doubled since 2020. Inflation reached 7 percent in March. Unemployment fell to 4 percent last year.";
    const doc = await importDocument({ userId: people.olga.userId, input: { source: "paste", workspaceId, title: "Economy", text } });
    const units = await db.unit.findMany({ where: { documentId: doc.id }, orderBy: { start: "asc" } });
    expect(units.length).toBeGreaterThanOrEqual(4);
    const [a, b, c, d] = units;
    await db.unit.update({ where: { id: a!.id }, data: { assigneeId: people.rita.userId, status: "IN_REVIEW" } });
    await db.unit.update({ where: { id: b!.id }, data: { assigneeId: people.rob.userId, secondAssigneeId: people.rita.userId, status: "NEEDS_ADJUDICATION" } });
    await db.unit.update({ where: { id: c!.id }, data: { assigneeId: people.rita.userId, status: "REVIEWED" } });
    await db.unit.update({ where: { id: d!.id }, data: { assigneeId: people.ed.userId, status: "OPEN" } });
    // Rita's own workspace has the demo article: an open claim there is not this workspace's.
    const elsewhere = await db.unit.findFirstOrThrow({
      where: { document: { workspace: { memberships: { some: { userId: people.rita.userId, role: "OWNER" } } } } },
    });
    await db.unit.update({ where: { id: elsewhere.id }, data: { assigneeId: people.rita.userId, status: "OPEN" } });

    const members = await listMembers({ userId: people.val.userId, input: { workspaceId } });
    expect(members.map((m) => [m.user.name, m.role, m.openAssignments])).toEqual([
      ["olga", "OWNER", 0],
      ["ed", "EDITOR", 1],
      ["rita", "REVIEWER", 2],
      ["rob", "REVIEWER", 1],
      ["val", "VIEWER", 0],
    ]);
    expect(Date.parse(members[1]!.joinedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  test("a non-member gets 404", async () => {
    expect((await failure(listMembers({ userId: people.out.userId, input: { workspaceId } }))).status).toBe(404);
  });
});

describe("updateMemberRole", () => {
  test("an owner changes a role: the member view back, an Activity row with before and after", async () => {
    const doc = await importDocument({
      userId: people.olga.userId,
      input: { source: "paste", workspaceId, title: "Economy", text: "The budget rose by 12 percent in 2023." },
    });
    const unit = await db.unit.findFirstOrThrow({ where: { documentId: doc.id } });
    await db.unit.update({ where: { id: unit.id }, data: { assigneeId: people.rob.userId, status: "IN_REVIEW" } });
    const member = await updateMemberRole({ userId: people.olga.userId, input: { workspaceId, memberId: people.rob.userId, role: "EDITOR" } });
    expect(member).toMatchObject({ user: { id: people.rob.userId, name: "rob" }, role: "EDITOR", openAssignments: 1 });
    expect((await roles()).rob).toBe("EDITOR");
    const row = await db.activity.findFirstOrThrow({ where: { workspaceId, action: "member.role" } });
    expect(row).toMatchObject({
      actorId: people.olga.userId,
      before: { userId: people.rob.userId, role: "REVIEWER" },
      after: { userId: people.rob.userId, role: "EDITOR" },
    });
    // The same role again changes nothing and writes nothing.
    await updateMemberRole({ userId: people.olga.userId, input: { workspaceId, memberId: people.rob.userId, role: "EDITOR" } });
    expect(await activities("member.role")).toBe(1);
  });

  test.each<[string, Name, object, number, string]>([
    ["an editor", "ed", { memberId: "rita", role: "VIEWER" }, 403, "does not allow"],
    ["a reviewer (their own role too)", "rita", { memberId: "rita", role: "OWNER" }, 403, "does not allow"],
    ["a viewer", "val", { memberId: "rita", role: "VIEWER" }, 403, "does not allow"],
    ["a non-member", "out", { memberId: "rita", role: "VIEWER" }, 404, "workspace was not found"],
    ["someone not a member", "olga", { memberId: "out", role: "VIEWER" }, 404, "not a member"],
    ["an unknown role", "olga", { memberId: "rita", role: "BOSS" }, 400, "The role is one of"],
  ])("refuses %s", async (_name, caller, input, status, message) => {
    const { memberId, role } = input as { memberId: Name; role: string };
    const e = await failure(updateMemberRole({ userId: people[caller].userId, input: { workspaceId, memberId: people[memberId].userId, role } }));
    expect(e).toEqual({ status, message: expect.stringContaining(message) });
    expect((await roles()).rita).toBe("REVIEWER");
  });

  test("the last owner cannot be demoted (409, nothing written); with a second owner they can step down", async () => {
    const before = await activities("member.role");
    const e = await failure(updateMemberRole({ userId: people.olga.userId, input: { workspaceId, memberId: people.olga.userId, role: "EDITOR" } }));
    expect(e).toEqual({ status: 409, message: expect.stringContaining("last owner") });
    expect(await activities("member.role")).toBe(before);
    await updateMemberRole({ userId: people.olga.userId, input: { workspaceId, memberId: people.ed.userId, role: "OWNER" } });
    await updateMemberRole({ userId: people.olga.userId, input: { workspaceId, memberId: people.olga.userId, role: "EDITOR" } });
    expect(await roles()).toMatchObject({ olga: "EDITOR", ed: "OWNER" });
    // Ed, now the only owner, may not demote himself either; he makes Olga an owner again.
    expect((await failure(updateMemberRole({ userId: people.ed.userId, input: { workspaceId, memberId: people.ed.userId, role: "VIEWER" } }))).status).toBe(
      409,
    );
    await updateMemberRole({ userId: people.ed.userId, input: { workspaceId, memberId: people.olga.userId, role: "OWNER" } });
    await updateMemberRole({ userId: people.olga.userId, input: { workspaceId, memberId: people.ed.userId, role: "EDITOR" } });
    expect(await roles()).toMatchObject({ olga: "OWNER", ed: "EDITOR" });
  });
});

describe("removeMember and leaving", () => {
  test.each<[string, Name, Name, number]>([
    ["an editor may not remove someone", "ed", "val", 403],
    ["a reviewer may not remove someone", "rita", "val", 403],
    ["a non-member does not see the workspace", "out", "val", 404],
    ["removing someone who is not a member", "olga", "out", 404],
  ])("%s", async (_name, caller, target, status) => {
    expect((await failure(removeMember({ userId: people[caller].userId, input: { workspaceId, memberId: people[target].userId } }))).status).toBe(status);
  });

  test("an owner removes a member: their access ends, their work stays, an Activity row", async () => {
    await removeMember({ userId: people.olga.userId, input: { workspaceId, memberId: people.rob.userId } });
    expect(await roles()).not.toHaveProperty("rob");
    expect((await failure(getWorkspace({ userId: people.rob.userId, input: { workspaceId } }))).status).toBe(404);
    expect(await db.activity.findFirstOrThrow({ where: { workspaceId, action: "member.remove" } })).toMatchObject({
      actorId: people.olga.userId,
      before: { userId: people.rob.userId, role: "REVIEWER" },
    });
  });

  test("any member may leave (a viewer too)", async () => {
    await removeMember({ userId: people.val.userId, input: { workspaceId, memberId: people.val.userId } });
    expect(await roles()).not.toHaveProperty("val");
    expect(await db.activity.findFirstOrThrow({ where: { workspaceId, action: "member.leave" } })).toMatchObject({
      actorId: people.val.userId,
      before: { role: "VIEWER" },
    });
  });

  test("the last owner cannot leave (409, still a member); once another owner exists, they can", async () => {
    const e = await failure(removeMember({ userId: people.olga.userId, input: { workspaceId, memberId: people.olga.userId } }));
    expect(e).toEqual({ status: 409, message: "You are the last owner of this workspace: make another member an owner before you leave." });
    expect((await roles()).olga).toBe("OWNER");
    const second = (await createWorkspace({ userId: people.olga.userId, input: { name: "Second" } })).id;
    await join(second, "ed", "OWNER");
    await removeMember({ userId: people.olga.userId, input: { workspaceId: second, memberId: people.olga.userId } });
    expect(await roles(second).catch(() => "gone")).toBe("gone");
    expect((await failure(removeMember({ userId: people.ed.userId, input: { workspaceId: second, memberId: people.ed.userId } }))).status).toBe(409);
  });
});

describe("updateWorkspace and the assigned-only setting", () => {
  test("off by default; an owner renames (slug kept) and turns it on, one Activity row per change", async () => {
    const before = await getWorkspace({ userId: people.rita.userId, input: { workspaceId } });
    expect(before).toMatchObject({ name: "Desk", role: "REVIEWER", assignedOnly: false });
    expect(await isAssignedOnly(db, workspaceId)).toBe(false);
    const after = await updateWorkspace({ userId: people.olga.userId, input: { workspaceId, name: "  Night desk ", assignedOnly: true } });
    expect(after).toEqual({
      id: workspaceId,
      name: "Night desk",
      slug: before.slug,
      role: "OWNER",
      assignedOnly: true,
      methodology: null,
      watchDaily: false,
      watchBy: null,
      watchCheckedAt: null,
    });
    expect(await isAssignedOnly(db, workspaceId)).toBe(true);
    expect(await db.activity.findFirstOrThrow({ where: { workspaceId, action: "workspace.rename" } })).toMatchObject({
      before: { name: "Desk" },
      after: { name: "Night desk" },
    });
    expect(await db.activity.findFirstOrThrow({ where: { workspaceId, action: "workspace.settings" } })).toMatchObject({
      before: { assignedOnly: false },
      after: { assignedOnly: true },
    });
    await updateWorkspace({ userId: people.olga.userId, input: { workspaceId, assignedOnly: true } });
    expect(await activities("workspace.settings")).toBe(1);
    await updateWorkspace({ userId: people.olga.userId, input: { workspaceId, assignedOnly: false } });
    expect(await isAssignedOnly(db, workspaceId)).toBe(false);
  });

  test("the methodology note of published reports: set, trimmed, removed with an empty text, one Activity row per change", async () => {
    const set = await updateWorkspace({ userId: people.olga.userId, input: { workspaceId, methodology: "  We call the source.  " } });
    expect(set.methodology).toBe("We call the source.");
    expect((await getWorkspace({ userId: people.rita.userId, input: { workspaceId } })).methodology).toBe("We call the source.");
    await updateWorkspace({ userId: people.olga.userId, input: { workspaceId, methodology: "We call the source." } });
    expect(await activities("workspace.methodology")).toBe(1);
    expect((await updateWorkspace({ userId: people.olga.userId, input: { workspaceId, methodology: "" } })).methodology).toBeNull();
    expect(await activities("workspace.methodology")).toBe(2);
    expect((await failure(updateWorkspace({ userId: people.olga.userId, input: { workspaceId, methodology: "x".repeat(2001) } }))).status).toBe(400);
    expect((await failure(updateWorkspace({ userId: people.ed.userId, input: { workspaceId, methodology: "Mine" } }))).status).toBe(403);
  });

  test.each<[string, Name, object, number]>([
    ["an editor", "ed", { name: "Mine" }, 403],
    ["a reviewer", "rita", { assignedOnly: true }, 403],
    ["a non-member", "out", { name: "Mine" }, 404],
    ["an empty change", "olga", {}, 400],
    ["an empty name", "olga", { name: "  " }, 400],
    ["a name over 100 characters", "olga", { name: "x".repeat(101) }, 400],
    ["assignedOnly that is not a boolean", "olga", { assignedOnly: "yes" }, 400],
  ])("refuses %s", async (_name, caller, input, status) => {
    expect((await failure(updateWorkspace({ userId: people[caller].userId, input: { ...input, workspaceId } }))).status).toBe(status);
    expect(await getWorkspace({ userId: people.olga.userId, input: { workspaceId } })).toMatchObject({ name: "Desk", assignedOnly: false });
  });
});
