// The activity feeds against a real (PGlite) database: scoped to one workspace (and one
// document), filtered by person and action, paged newest first with a cursor that survives rows
// written in one transaction (same createdAt), and readable through lib/domain/activity.ts.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { describeActivity, peopleMap } from "@/lib/domain/activity";
import type { ActivityPageView } from "@/lib/domain/views";
import { describeError } from "../errors";
import { installTestDb } from "../testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { signUpUser } = await import("./sign-up-user");
const { createInvitation } = await import("./create-invitation");
const { acceptInvitation } = await import("./accept-invitation");
/** Set-up through the real path: the owner invites, the person opens the link and joins. */
async function invite(owner: Person, person: Person, email: string, role: "EDITOR" | "REVIEWER" | "VIEWER") {
  const { url } = await createInvitation(
    { userId: owner.userId, input: { workspaceId: owner.workspaceId, email, role } },
    { baseUrl: "http://warrant.test", mailer: null },
  );
  await acceptInvitation({ userId: person.userId, input: { token: url.split("/").at(-1)! } });
}
const { importDocument } = await import("./import-document");
const { assignClaims } = await import("./assign-claims");
const { setVerdict } = await import("./set-verdict");
const { addComment } = await import("./add-comment");
const { createUnit } = await import("./create-unit");
const { deleteUnit } = await import("./delete-unit");
const { createApiToken } = await import("./create-api-token");
const { getUnitDetails } = await import("./get-unit-details");
const { listDocumentActivity } = await import("./list-document-activity");
const { listWorkspaceActivity } = await import("./list-workspace-activity");

const TEXT = "The minister said the budget rose by 12 percent in 2023. Critics disputed the figure. Unemployment fell to 4 percent last year.";

type Person = { userId: string; workspaceId: string };
let ann: Person, ben: Person, cleo: Person, vic: Person, eve: Person;
let documentId: string;
let otherDocumentId: string;
let eveDocumentId: string;

const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => ({ status: 200, message: "" }),
    (e: unknown) => ({ status: describeError(e).status, message: describeError(e).body.error.message }),
  );
const unitsOf = (id: string) => db.unit.findMany({ where: { documentId: id }, orderBy: { start: "asc" } });
const sentences = (page: ActivityPageView) => page.entries.map((e) => describeActivity(e, peopleMap(page.people), { claim: e.claim }).sentence);

async function signUp(name: string): Promise<Person> {
  const { user, workspace } = await signUpUser({ input: { name, email: `${name.toLowerCase()}@activity.example.org`, password: "password-123" } });
  return { userId: user.id, workspaceId: workspace.id };
}

beforeAll(async () => {
  ann = await signUp("Ann");
  ben = await signUp("Ben");
  cleo = await signUp("Cleo");
  vic = await signUp("Vic");
  eve = await signUp("Eve");
  for (const [p, role] of [
    [ben, "REVIEWER"],
    [cleo, "EDITOR"],
    [vic, "VIEWER"],
  ] as const) {
    await invite(ann, p, `${p === ben ? "ben" : p === cleo ? "cleo" : "vic"}@activity.example.org`, role);
  }
  documentId = (await importDocument({ userId: ann.userId, input: { source: "paste", workspaceId: ann.workspaceId, title: "Budget", text: TEXT } })).id;
  otherDocumentId = (await importDocument({ userId: cleo.userId, input: { source: "paste", workspaceId: ann.workspaceId, title: "Other", text: TEXT } })).id;
  eveDocumentId = (await importDocument({ userId: eve.userId, input: { source: "paste", workspaceId: eve.workspaceId, title: "Eve's", text: TEXT } })).id;

  // In Ann's document: one transaction assigns every unit to Ben (several rows, one createdAt),
  // Ben disputes the first claim, Cleo comments, Ann marks and deletes a unit.
  await assignClaims({ userId: ann.userId, input: { documentId, reviewerIds: [ben.userId], strategy: "balance" } });
  const [first] = await unitsOf(documentId);
  await setVerdict({ userId: ben.userId, input: { unitId: first!.id, version: first!.version, verdict: "DISPUTED", rationale: "The minutes say 9 percent." } });
  await addComment({ userId: cleo.userId, input: { unitId: first!.id, body: "Which minutes? Link them please." } });
  const extra = await createUnit({ userId: ann.userId, input: { documentId, start: 0, end: 12, kind: "CONTEXT" } });
  await deleteUnit({ userId: ann.userId, input: { unitId: extra.id, version: extra.version } });
  // Elsewhere: Cleo's other document, an API token of Ann's (recorded in her workspace), Eve's own writes.
  const [otherFirst] = await unitsOf(otherDocumentId);
  await addComment({ userId: cleo.userId, input: { unitId: otherFirst!.id, body: "Same figure here." } });
  await createApiToken({ userId: ann.userId, input: { name: "nightly export" } });
  const [eveFirst] = await unitsOf(eveDocumentId);
  await addComment({ userId: eve.userId, input: { unitId: eveFirst!.id, body: "Eve's private note." } });
});
afterAll(() => testDb.close());

/** Every page of a feed, following nextCursor. */
async function allPages(read: (cursor?: string) => Promise<ActivityPageView>) {
  const pages: ActivityPageView[] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    pages.push(page);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && pages.length < 100);
  return pages;
}

describe("a document's activity", () => {
  test("newest first, only this document, in words", async () => {
    const page = await listDocumentActivity({ userId: vic.userId, input: { documentId } });
    expect(page.entries.every((e) => e.documentId === documentId)).toBe(true);
    const times = page.entries.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    const said = sentences(page);
    expect(said[0]).toBe("Ann deleted the context “The minister”");
    expect(said[1]).toBe("Ann marked a new context “The minister”");
    expect(said[2]).toBe("Cleo commented on “The minister said the budget rose by 12 percent in 2023.”: “Which minutes? Link them please.”");
    expect(said[3]).toBe("Ben set the verdict of “The minister said the budget rose by 12 percent in 2023.”: Unreviewed → Disputed");
    expect(said).toContain("Ann assigned “The minister said the budget rose by 12 percent in 2023.” to Ben");
    expect(said.at(-1)).toBe("Ann imported “Budget” (3 units)");
    expect(said.join("\n")).not.toContain("Same figure here");
  });

  test("a unit that still exists can be opened; a deleted one keeps its words", async () => {
    const { entries } = await listDocumentActivity({ userId: ann.userId, input: { documentId, action: "unit.create,unit.delete" } });
    expect(entries.map((e) => [e.action, e.unitId, e.claim])).toEqual([
      ["unit.delete", null, "The minister"],
      ["unit.create", null, "The minister"],
    ]);
    const verdict = (await listDocumentActivity({ userId: ann.userId, input: { documentId, action: "unit.verdict" } })).entries[0]!;
    expect(verdict.unitId).toBe(verdict.entityId);
  });

  test("the people a page names: actors and assignees, names only", async () => {
    const page = await listDocumentActivity({ userId: ann.userId, input: { documentId, action: "unit.assign" } });
    expect(page.people).toEqual([
      { id: ann.userId, name: "Ann" },
      { id: ben.userId, name: "Ben" },
    ]);
  });

  test("the first page lists the action codes present (the filter's options); later pages do not", async () => {
    const first = await listDocumentActivity({ userId: ann.userId, input: { documentId, limit: 2 } });
    expect(first.actions).toEqual(["document.import", "unit.assign", "unit.comment.add", "unit.create", "unit.delete", "unit.verdict"]);
    const second = await listDocumentActivity({ userId: ann.userId, input: { documentId, limit: 2, cursor: first.nextCursor! } });
    expect(second.actions).toEqual([]);
  });
});

describe("a workspace's activity", () => {
  test("every document of the workspace and the workspace's own rows; never another workspace's, never account events", async () => {
    const pages = await allPages((cursor) => listWorkspaceActivity({ userId: ben.userId, input: { workspaceId: ann.workspaceId, cursor, limit: 100 } }));
    const entries = pages.flatMap((p) => p.entries);
    const documents = new Set(entries.map((e) => e.documentId));
    expect([documentId, otherDocumentId, null].every((id) => documents.has(id))).toBe(true);
    expect(documents.has(eveDocumentId)).toBe(false);
    expect(await db.activity.count({ where: { documentId: { in: [...documents].filter((id) => id !== null) }, workspaceId: { not: ann.workspaceId } } })).toBe(
      0,
    );
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(["invitation.create", "member.join", "unit.comment.add", "workspace.create"]));
    expect(entries.some((e) => e.action.startsWith("token."))).toBe(false);
    expect(await db.activity.count({ where: { workspaceId: ann.workspaceId, action: "token.create" } })).toBe(1);
    expect(JSON.stringify(entries)).not.toContain("Eve's private note");
    expect(entries.filter((e) => e.documentId === otherDocumentId).every((e) => e.documentTitle === "Other")).toBe(true);
  });

  test("member rows name the member", async () => {
    const page = await listWorkspaceActivity({ userId: ann.userId, input: { workspaceId: ann.workspaceId, action: "member" } });
    expect(sentences(page)).toEqual(["Vic joined as viewer", "Cleo joined as editor", "Ben joined as reviewer"]);
  });
});

describe("filters", () => {
  test("by person", async () => {
    const { entries } = await listWorkspaceActivity({ userId: ann.userId, input: { workspaceId: ann.workspaceId, actor: cleo.userId } });
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.actorId === cleo.userId)).toBe(true);
    expect(entries.map((e) => [e.action, e.documentId])).toEqual([
      ["unit.comment.add", otherDocumentId],
      ["unit.comment.add", documentId],
      ["document.import", otherDocumentId],
      ["member.join", null],
    ]);
  });

  test("by action: a family, a list, and with a person", async () => {
    const comments = await listWorkspaceActivity({ userId: ann.userId, input: { workspaceId: ann.workspaceId, action: "unit.comment" } });
    expect(comments.entries.map((e) => e.action)).toEqual(["unit.comment.add", "unit.comment.add"]);
    const both = await listDocumentActivity({ userId: ann.userId, input: { documentId, action: "unit.verdict, unit.comment" } });
    expect(both.entries.map((e) => e.action)).toEqual(["unit.comment.add", "unit.verdict"]);
    const none = await listDocumentActivity({ userId: ann.userId, input: { documentId, action: "unit.verdict", actor: cleo.userId } });
    expect(none.entries).toEqual([]);
    expect(none.nextCursor).toBeNull();
    // "unit.comm" is not a family: terms match whole segments only.
    expect((await listDocumentActivity({ userId: ann.userId, input: { documentId, action: "unit.comm" } })).entries).toEqual([]);
  });

  test("query-string values: empty means no filter, numbers arrive as text", async () => {
    const page = await listDocumentActivity({ userId: ann.userId, input: { documentId, actor: "", action: "", cursor: "", limit: "3" } });
    expect(page.entries).toHaveLength(3);
  });

  test.each<[string, object, string]>([
    ["a malformed cursor", { cursor: "yesterday" }, "The cursor is not valid"],
    ["a limit over 100", { limit: "500" }, "at most 100"],
    ["a limit that is not a number", { limit: "many" }, "The limit is a number"],
    ["an action filter with wildcards", { action: "unit.%" }, "comma-separated list of action codes"],
  ])("refuses %s with a 400 that says why", async (_name, query, message) => {
    const e = await errorOf(listDocumentActivity({ userId: ann.userId, input: { documentId, ...query } }));
    expect(e.status).toBe(400);
    expect(e.message).toContain(message);
  });
});

describe("paging", () => {
  test("pages of 2 walk the whole feed once, newest first, also across rows with the same time", async () => {
    // Rows written within one millisecond share createdAt: the id must order them, or a page
    // boundary between them would skip or repeat rows. Make the assignments' times equal.
    const at = (await db.activity.findFirstOrThrow({ where: { documentId, action: "unit.assign" } })).createdAt;
    await db.activity.updateMany({ where: { documentId, action: "unit.assign" }, data: { createdAt: at } });
    const whole = await listDocumentActivity({ userId: ann.userId, input: { documentId, limit: 100 } });
    const assigns = whole.entries.filter((e) => e.action === "unit.assign");
    expect(assigns.length).toBe(3);
    expect(new Set(assigns.map((e) => e.at)).size).toBe(1);
    const pages = await allPages((cursor) => listDocumentActivity({ userId: ann.userId, input: { documentId, cursor, limit: 2 } }));
    expect(pages.slice(0, -1).every((p) => p.entries.length === 2)).toBe(true);
    expect(pages.at(-1)!.nextCursor).toBeNull();
    expect(pages.flatMap((p) => p.entries.map((e) => e.id))).toEqual(whole.entries.map((e) => e.id));
  });

  test("a cursor filtered by person stays within that person's rows", async () => {
    const pages = await allPages((cursor) =>
      listWorkspaceActivity({ userId: ann.userId, input: { workspaceId: ann.workspaceId, actor: ann.userId, cursor, limit: 1 } }),
    );
    expect(pages.length).toBeGreaterThan(3);
    expect(pages.flatMap((p) => p.entries).every((e) => e.actorId === ann.userId)).toBe(true);
  });
});

describe("who may read", () => {
  test.each<[string, () => Person]>([
    ["a viewer", () => vic],
    ["a reviewer", () => ben],
  ])("%s of the workspace", async (_name, who) => {
    expect((await listWorkspaceActivity({ userId: who().userId, input: { workspaceId: ann.workspaceId } })).entries.length).toBeGreaterThan(0);
    expect((await listDocumentActivity({ userId: who().userId, input: { documentId } })).entries.length).toBeGreaterThan(0);
  });

  test("someone outside the workspace: NOT_FOUND for the document and the workspace, as if neither existed", async () => {
    expect(await errorOf(listDocumentActivity({ userId: eve.userId, input: { documentId } }))).toEqual({ status: 404, message: "The document was not found." });
    expect(await errorOf(listWorkspaceActivity({ userId: eve.userId, input: { workspaceId: ann.workspaceId } }))).toEqual({
      status: 404,
      message: "The workspace was not found.",
    });
    expect((await errorOf(listDocumentActivity({ userId: eve.userId, input: { documentId: "no-such-document" } }))).status).toBe(404);
  });

  test("a person filter naming someone outside the workspace finds nothing of theirs", async () => {
    expect((await listWorkspaceActivity({ userId: ann.userId, input: { workspaceId: ann.workspaceId, actor: eve.userId } })).entries).toEqual([]);
  });
});

describe("the claim card's history", () => {
  test("carries actor ids and the people it names, so it reads like the feeds", async () => {
    const [first] = await unitsOf(documentId);
    const details = await getUnitDetails({ userId: vic.userId, input: { unitId: first!.id } });
    const people = peopleMap(details.people);
    expect(details.history.map((h) => describeActivity(h, people).sentence)).toEqual([
      "Cleo commented on the claim: “Which minutes? Link them please.”",
      "Ben set the verdict of the claim: Unreviewed → Disputed",
      "Ann assigned the claim to Ben",
    ]);
  });
});
