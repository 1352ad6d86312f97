// Team REST use cases against a real (PGlite) database: create a workspace, bring people in by
// invitation, share a document's claims among reviewers. Invitation and membership rules in
// detail: members.test.ts.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { describeError } from "../errors";
import { installTestDb } from "../testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { signUpUser } = await import("./sign-up-user");
const { createWorkspace } = await import("./create-workspace");
const { createInvitation } = await import("./create-invitation");
const { acceptInvitation } = await import("./accept-invitation");
const { listMembers } = await import("./list-members");
const { assignClaims } = await import("./assign-claims");
const { importDocument } = await import("./import-document");

const TEXT =
  "The minister said the budget rose by 12 percent in 2023. Critics disputed the figure. Unemployment fell to 4 percent last year. " +
  "The report shows exports doubled since 2020. Parliament will vote in June. Inflation reached 7 percent in March.";

type Person = { userId: string; email: string; name: string };
const people: Record<"ann" | "ben" | "cat" | "vic" | "eve", Person> = {} as never;
let workspaceId: string;
let documentId: string;

const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => ({ status: 200, code: "ok", message: "" }),
    (e: unknown) => {
      const { status, body } = describeError(e);
      return { status, code: body.error.code, message: body.error.message };
    },
  );

const join = async (workspace: string, who: "ben" | "cat" | "vic", role: "REVIEWER" | "EDITOR" | "VIEWER") => {
  const { url } = await createInvitation(
    { userId: people.ann.userId, input: { workspaceId: workspace, email: people[who].email.toUpperCase(), role } },
    { baseUrl: "http://warrant.test", mailer: null },
  );
  return acceptInvitation({ userId: people[who].userId, input: { token: url.split("/invite/")[1] } });
};

// Each test can run alone: the shared workspace (Ann owns it; Ben reviews, Cat edits, Vic views)
// is made here; a test that changes it works on its own document or workspace.
beforeAll(async () => {
  for (const name of ["ann", "ben", "cat", "vic", "eve"] as const) {
    const email = `${name}@team.example.org`;
    const { user } = await signUpUser({ input: { name: name[0]!.toUpperCase() + name.slice(1), email, password: "password-123" } });
    people[name] = { userId: user.id, email, name: user.name };
  }
  workspaceId = (await createWorkspace({ userId: people.ann.userId, input: { name: "Team" } })).id;
  await join(workspaceId, "ben", "REVIEWER");
  await join(workspaceId, "cat", "EDITOR");
  await join(workspaceId, "vic", "VIEWER");
});
afterAll(() => testDb.close());

describe("createWorkspace", () => {
  test("the creator owns it; slug from the name with a suffix; an Activity row", async () => {
    const ws = await createWorkspace({ userId: people.ann.userId, input: { name: "  Newsroom Desk  " } });
    expect(ws).toMatchObject({ name: "Newsroom Desk", role: "OWNER" });
    expect(ws.slug).toMatch(/^newsroom-desk-[0-9a-f]{6}$/);
    const twin = await createWorkspace({ userId: people.ann.userId, input: { name: "Newsroom Desk" } });
    expect(twin.slug).not.toBe(ws.slug);
    expect(await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId: ws.id, userId: people.ann.userId } } })).toMatchObject({
      role: "OWNER",
    });
    expect(await db.activity.count({ where: { workspaceId: ws.id, action: "workspace.create" } })).toBe(1);
  });

  test.each([[{ name: "" }], [{ name: "   " }], [{ name: "x".repeat(101) }], [{}]])("refuses %j", async (input) => {
    expect((await errorOf(createWorkspace({ userId: people.ann.userId, input: input as { name: string } }))).code).toBe("VALIDATION");
  });
});

describe("joining by invitation", () => {
  test("the owner invites existing accounts with a role; each joins through the link; any member lists them", async () => {
    const workspaceId = (await createWorkspace({ userId: people.ann.userId, input: { name: "Joiners" } })).id;
    expect(await join(workspaceId, "ben", "REVIEWER")).toEqual({ workspaceId, role: "REVIEWER" });
    await join(workspaceId, "cat", "EDITOR");
    await join(workspaceId, "vic", "VIEWER");
    const members = await listMembers({ userId: people.vic.userId, input: { workspaceId } });
    expect(members.map((m) => [m.user.name, m.role, m.openAssignments])).toEqual([
      ["Ann", "OWNER", 0],
      ["Ben", "REVIEWER", 0],
      ["Cat", "EDITOR", 0],
      ["Vic", "VIEWER", 0],
    ]);
    expect(await db.activity.count({ where: { workspaceId, action: "member.join" } })).toBe(3);
  });

  test("a non-member cannot list members (404)", async () => {
    expect((await errorOf(listMembers({ userId: people.eve.userId, input: { workspaceId } }))).status).toBe(404);
  });
});

describe("assignClaims", () => {
  const units = (id = documentId) => db.unit.findMany({ where: { documentId: id }, orderBy: [{ start: "asc" }, { end: "asc" }] });

  beforeAll(async () => {
    documentId = (await importDocument({ userId: people.ann.userId, input: { source: "paste", workspaceId, title: "Economy", text: TEXT } })).id;
  });

  /** A document of its own whose open claims are shared between Ben and Ann (balanced). */
  async function balancedDocument() {
    const id = (await importDocument({ userId: people.ann.userId, input: { source: "paste", workspaceId, title: "Balanced", text: TEXT } })).id;
    const before = await units(id);
    const result = await assignClaims({ userId: people.cat.userId, input: { documentId: id, reviewerIds: [people.ben.userId, people.ann.userId] } });
    return { id, before, ...result };
  }

  test("by default the unreviewed claims, premises and evidence are balanced, in one transaction with Activity", async () => {
    const { id: documentId, before, assignments } = await balancedDocument();
    const eligible = before.filter((u) => u.kind !== "CONTEXT" && u.verdict === "UNREVIEWED");
    expect(eligible.length).toBeGreaterThanOrEqual(4);
    expect(assignments.map((a) => a.unitId)).toEqual(eligible.map((u) => u.id));
    expect(assignments.map((a) => a.assigneeId)).toEqual(eligible.map((_, i) => (i % 2 === 0 ? people.ben.userId : people.ann.userId)));
    const after = new Map((await units(documentId)).map((u) => [u.id, u]));
    for (const u of eligible) expect(after.get(u.id)).toMatchObject({ status: "IN_REVIEW", version: u.version + 1 });
    for (const u of before.filter((x) => !eligible.includes(x))) expect(after.get(u.id)).toMatchObject({ assigneeId: null, version: u.version });
    const activity = await db.activity.findMany({ where: { documentId, action: "unit.assign" } });
    expect(activity).toHaveLength(eligible.length);
    expect(activity[0]).toMatchObject({ actorId: people.cat.userId, entityType: "unit" });
  });

  test("existing open assignments count: new units go to the lighter reviewer; a status past OPEN is kept", async () => {
    const { id: documentId } = await balancedDocument();
    const list = await units(documentId);
    // Ben and Ann each hold at least two open units, Cat none: although named last, Cat gets it.
    const target = list[0]!;
    // Status moves only through the workflow; set one past OPEN directly for this test.
    await db.unit.update({ where: { id: target.id }, data: { status: "NEEDS_ADJUDICATION", version: { increment: 1 } } });
    const { assignments } = await assignClaims({
      userId: people.ann.userId,
      input: { documentId, unitIds: [target.id], reviewerIds: [people.ben.userId, people.ann.userId, people.cat.userId], strategy: "balance" },
    });
    expect(assignments).toEqual([{ unitId: target.id, assigneeId: people.cat.userId }]);
    expect(await db.unit.findUnique({ where: { id: target.id } })).toMatchObject({ assigneeId: people.cat.userId, status: "NEEDS_ADJUDICATION" });
  });

  test.each<[string, "ben" | "vic" | "eve", number]>([
    ["a reviewer may not assign", "ben", 403],
    ["a viewer may not assign", "vic", 403],
    ["a non-member does not see the document", "eve", 404],
  ])("%s", async (_name, caller, status) => {
    expect((await errorOf(assignClaims({ userId: people[caller].userId, input: { documentId, reviewerIds: [people.ben.userId] } }))).status).toBe(status);
  });

  test("reviewers who may not review, or are not members, are named (400); nothing is written", async () => {
    const versions = (await units()).map((u) => u.version);
    const e = await errorOf(
      assignClaims({ userId: people.ann.userId, input: { documentId, reviewerIds: [people.ben.userId, people.vic.userId, people.eve.userId] } }),
    );
    expect(e.status).toBe(400);
    expect(e.message).toContain("Vic (VIEWER may not review)");
    expect(e.message).toContain(`${people.eve.userId} (not a member`);
    expect(e.message).not.toContain("Eve");
    expect((await units()).map((u) => u.version)).toEqual(versions);
  });

  test("units of another document are refused (400), and the batch is all-or-nothing", async () => {
    const other = await importDocument({
      userId: people.ann.userId,
      input: { source: "paste", workspaceId, title: "Other", text: "The river rose by 3 metres in 2021." },
    });
    const foreign = await db.unit.findFirstOrThrow({ where: { documentId: other.id } });
    const [mine] = await units();
    const e = await errorOf(
      assignClaims({ userId: people.ann.userId, input: { documentId, unitIds: [mine!.id, foreign.id], reviewerIds: [people.ben.userId] } }),
    );
    expect(e.status).toBe(400);
    expect(e.message).toContain(foreign.id);
    expect(await db.unit.findUnique({ where: { id: mine!.id } })).toMatchObject({ version: mine!.version });
  });

  test.each([[{ reviewerIds: [] }], [{ reviewerIds: "x" }], [{ reviewerIds: ["x"], strategy: "random" }], [{ reviewerIds: ["x"], unitIds: [1] }]])(
    "refuses the input %j (400)",
    async (input) => {
      expect((await errorOf(assignClaims({ userId: people.ann.userId, input: { ...(input as object), documentId } }))).status).toBe(400);
    },
  );
});
