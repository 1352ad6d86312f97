// Search (exact totals, paging, filters, near-duplicates, workspace scoping, archived documents),
// the dashboard's progress and workload, and archiving and deleting documents, on a real PGlite.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { UnitKind, Verdict } from "@/lib/domain/vocabulary";
import { installTestDb } from "../testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { codeOf, importText, seedTeam, signUp } = await import("../testing/fixtures");
const { searchWorkspace } = await import("./search-workspace");
const { getDashboard } = await import("./get-dashboard");
const { archiveDocument } = await import("./archive-document");
const { deleteDocument } = await import("./delete-document");
const { assignClaims } = await import("./assign-claims");
const { addComment } = await import("./add-comment");
const { attachSource } = await import("./attach-source");
const { listDocuments } = await import("./list-documents");
const { listWorkspaceActivity } = await import("./list-workspace-activity");
const { getQueue } = await import("./get-queue");

type Team = Awaited<ReturnType<typeof seedTeam>>;
let team: Team;
let other: Awaited<ReturnType<typeof signUp>>;
const owner = () => team.members.OWNER.userId;

/** Units with these words on a new document (the search reads units, however they were made). */
async function documentWith(title: string, units: { words: string; verdict?: Verdict; kind?: UnitKind }[], workspaceId = team.workspaceId, userId = owner()) {
  const text = units.map((u) => u.words).join(" ");
  const documentId = await importText(userId, workspaceId, title, text);
  await db.unit.deleteMany({ where: { documentId } });
  let at = 0;
  await db.unit.createMany({
    data: units.map((u) => {
      const start = text.indexOf(u.words, at);
      at = start + u.words.length;
      return { documentId, kind: u.kind ?? "CLAIM", start, end: at, quoteExact: u.words, verdict: u.verdict ?? "UNREVIEWED" };
    }),
  });
  return documentId;
}

const search = (q: string, more: Record<string, unknown> = {}, userId = owner()) => searchWorkspace({ userId, input: { q, ...more } });

let quarry: string;
let copyA: string;
let copyB: string;

beforeAll(async () => {
  team = await seedTeam("Harbour desk");
  other = await signUp("Other desk");
  // 25 different sentences about the quarry: two pages of 20.
  quarry = await documentWith(
    "Quarry log",
    Array.from({ length: 25 }, (_, i) => ({ words: `Quarry entry ${i + 1} recorded ${i + 100} tonnes.`, verdict: i < 5 ? ("DISPUTED" as const) : undefined })),
  );
  // One quote in three documents, written a little differently: one result, +2 similar.
  copyA = await documentWith("Copy A", [{ words: "The harbour closed in May.", verdict: "SUPPORTED" }]);
  copyB = await documentWith("Copy B", [{ words: "the harbour  closed in May", kind: "EVIDENCE" }]);
  await documentWith("Copy C", [{ words: "“The Harbour closed in May!”" }, { words: "A harbour opened in June." }]);
  // The same words in another workspace: never counted for the team.
  await documentWith(
    "Elsewhere",
    [{ words: "The harbour closed in May." }, { words: "Quarry entry 1 recorded 100 tonnes." }],
    other.ownWorkspaceId,
    other.userId,
  );
});

afterAll(() => testDb.close());

describe("search", () => {
  test("total counts every result, pages hold 20, and the pages do not overlap", async () => {
    const first = await search("quarry entry");
    expect(first).toMatchObject({ total: 25, page: 1, pageSize: 20, pageCount: 2 });
    expect(first.results).toHaveLength(20);
    const second = await search("quarry entry", { page: "2" });
    expect(second).toMatchObject({ total: 25, page: 2, pageCount: 2 });
    expect(second.results).toHaveLength(5);
    const ids = [...first.results, ...second.results].map((r) => r.unitId);
    expect(new Set(ids).size).toBe(25);
    // Past the end: no results, the same total.
    expect(await search("quarry entry", { page: 3 })).toMatchObject({ total: 25, results: [] });
    expect(await codeOf(search("quarry", { page: "0" }))).toBe("VALIDATION");
  });

  test("near-duplicates are one result with the others listed; the count says so", async () => {
    const found = await search("harbour closed");
    expect(found.total).toBe(1);
    const [hit] = found.results;
    expect(hit!.similarCount).toBe(2);
    expect(hit!.similar).toHaveLength(2);
    expect(new Set([hit!.documentId, ...hit!.similar.map((s) => s.documentId)]).size).toBe(3);
    expect(hit!.highlights.map(([a, b]) => hit!.snippet.slice(a, b).toLowerCase())).toEqual(["harbour", "closed"]);
  });

  test("filters: document, verdict and kind narrow the results; titles drop out under verdict and kind", async () => {
    expect((await search("harbour")).total).toBe(2); // the closed quote (collapsed) and "A harbour opened"
    expect((await search("quarry")).results.some((r) => r.kind === "document" && r.documentTitle === "Quarry log")).toBe(true);
    const disputed = await search("quarry", { verdict: "disputed" });
    expect(disputed.total).toBe(5);
    expect(disputed.results.every((r) => r.kind === "unit" && r.verdict === "DISPUTED")).toBe(true);
    const evidence = await search("harbour", { kind: "EVIDENCE" });
    expect(evidence.results.map((r) => r.documentId)).toEqual([copyB]);
    const inA = await search("harbour", { document: copyA });
    expect(inA.results.map((r) => [r.documentId, r.similarCount])).toEqual([[copyA, 0]]);
    expect((await search("quarry", { document: copyA, verdict: "", kind: "" })).total).toBe(0);
    expect(await codeOf(search("quarry", { verdict: "MAYBE" }))).toBe("VALIDATION");
  });

  test("only the caller's workspaces are searched", async () => {
    const theirs = await search("harbour closed", {}, other.userId);
    expect(theirs.total).toBe(1);
    expect(theirs.results[0]).toMatchObject({ documentTitle: "Elsewhere", similarCount: 0 });
    // A document id of another workspace filters to nothing rather than showing it.
    expect((await search("harbour", { document: copyA }, other.userId)).total).toBe(0);
    expect((await search("quarry entry", {}, team.outsider.userId)).total).toBe(0);
  });

  test("archived documents are left out unless asked for", async () => {
    const archived = await documentWith("Old lighthouse", [{ words: "The lighthouse keeper retired." }]);
    await archiveDocument({ userId: owner(), input: { documentId: archived } });
    expect((await search("lighthouse")).total).toBe(0);
    expect((await search("lighthouse", { archived: "true" })).total).toBe(2); // the title and the unit
    await archiveDocument({ userId: owner(), input: { documentId: archived, archived: false } });
    expect((await search("lighthouse")).total).toBe(2);
  });
});

describe("dashboard", () => {
  test("percent reviewed per document, and each reviewer's open and done claims", async () => {
    const reviewer = team.members.REVIEWER;
    const units = await db.unit.findMany({ where: { documentId: quarry }, orderBy: { start: "asc" }, select: { id: true } });
    await assignClaims({ userId: owner(), input: { documentId: quarry, unitIds: units.slice(0, 3).map((u) => u.id), reviewerIds: [reviewer.userId] } });
    await db.unit.update({ where: { id: units[0]!.id }, data: { status: "REVIEWED" } });
    const [ws] = (await getDashboard({ userId: owner() })).filter((w) => w.workspace.id === team.workspaceId);
    const row = ws!.documents.find((d) => d.id === quarry)!;
    expect(row).toMatchObject({ reviewed: 5, claims: 25, percentReviewed: 20 });
    expect(ws!.documents.find((d) => d.id === copyA)!.percentReviewed).toBe(100);
    // Least reviewed first (documents without units last).
    const percents = ws!.documents.map((d) => d.percentReviewed ?? 101);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    const load = ws!.workload.find((w) => w.userId === reviewer.userId);
    expect(load).toMatchObject({ open: 2, done: 1, name: reviewer.name });
    // The viewer reviews nothing: not listed; the editor may review: listed with zeros.
    expect(ws!.workload.some((w) => w.userId === team.members.VIEWER.userId)).toBe(false);
    expect(ws!.workload.find((w) => w.userId === team.members.EDITOR.userId)).toMatchObject({ open: 0, done: 0 });
  });

  test("context units are not claims: the list and the dashboard count as the document page does", async () => {
    const documentId = await documentWith("Ledger", [
      { words: "Background on the ledger.", kind: "CONTEXT" },
      { words: "The ledger shows 40 entries.", verdict: "SUPPORTED" },
      { words: "The ledger was audited in 2023." },
    ]);
    const listed = (await listDocuments({ userId: owner() })).flatMap((w) => w.documents).find((d) => d.id === documentId)!;
    expect(listed).toMatchObject({ units: 3, verdicts: { SUPPORTED: 1, UNREVIEWED: 1 }, statuses: { OPEN: 2 } });
    const row = (await getDashboard({ userId: owner() })).flatMap((w) => w.documents).find((d) => d.id === documentId)!;
    expect(row).toMatchObject({ reviewed: 1, claims: 2, percentReviewed: 50 });
  });

  test("archived documents are left out of the dashboard and the list unless asked for", async () => {
    const documentId = await documentWith("Shelved", [{ words: "Shelved claim." }]);
    await archiveDocument({ userId: team.members.EDITOR.userId, input: { documentId } });
    const ids = async (includeArchived: boolean) => (await getDashboard({ userId: owner(), includeArchived })).flatMap((w) => w.documents.map((d) => d.id));
    expect(await ids(false)).not.toContain(documentId);
    expect(await ids(true)).toContain(documentId);
    expect((await listDocuments({ userId: owner() })).flatMap((w) => w.documents.map((d) => d.id))).not.toContain(documentId);
    const listed = (await listDocuments({ userId: owner(), includeArchived: true })).flatMap((w) => w.documents).find((d) => d.id === documentId);
    expect(listed?.archivedAt).toEqual(expect.any(String));
  });
});

describe("archive and delete", () => {
  test("an archived document's claims leave the reviewer's queue, and come back when it is unarchived", async () => {
    const documentId = await documentWith("Queued", [{ words: "A queued claim." }]);
    const [unit] = await db.unit.findMany({ where: { documentId } });
    const reviewer = team.members.REVIEWER.userId;
    await assignClaims({ userId: owner(), input: { documentId, unitIds: [unit!.id], reviewerIds: [reviewer] } });
    const queued = async () => (await getQueue({ userId: reviewer, input: {} })).units.some((i) => i.unitId === unit!.id);
    expect(await queued()).toBe(true);
    await archiveDocument({ userId: owner(), input: { documentId } });
    expect(await queued()).toBe(false);
    await archiveDocument({ userId: owner(), input: { documentId, archived: false } });
    expect(await queued()).toBe(true);
  });

  test("archiving twice keeps the first date and writes one Activity row", async () => {
    const documentId = await documentWith("Twice", [{ words: "Archived twice." }]);
    const first = await archiveDocument({ userId: owner(), input: { documentId } });
    const again = await archiveDocument({ userId: owner(), input: { documentId, archived: true } });
    expect(again.archivedAt).toBe(first.archivedAt);
    expect(await db.activity.count({ where: { entityId: documentId, action: "document.archive" } })).toBe(1);
  });

  test("deleting removes the document and everything on it; the activity feed keeps who deleted what", async () => {
    const documentId = await documentWith("Doomed report", [{ words: "The doomed claim." }, { words: "Another doomed claim." }]);
    const [unit] = await db.unit.findMany({ where: { documentId } });
    await addComment({ userId: owner(), input: { unitId: unit!.id, body: "Check this @Harbour" } });
    await attachSource({ userId: owner(), input: { unitId: unit!.id, title: "Port records", stance: "SUPPORTS" } });
    await assignClaims({ userId: owner(), input: { documentId, unitIds: [unit!.id], reviewerIds: [team.members.REVIEWER.userId] } });
    expect(await db.notification.count({ where: { documentId } })).toBeGreaterThan(0);

    expect(await codeOf(deleteDocument({ userId: team.members.REVIEWER.userId, input: { documentId } }))).toBe("FORBIDDEN");
    expect(await codeOf(deleteDocument({ userId: other.userId, input: { documentId } }))).toBe("NOT_FOUND");
    await deleteDocument({ userId: team.members.EDITOR.userId, input: { documentId } });

    expect(await db.document.count({ where: { id: documentId } })).toBe(0);
    expect(await db.unit.count({ where: { documentId } })).toBe(0);
    expect(await db.comment.count({ where: { unitId: unit!.id } })).toBe(0);
    expect(await db.evidence.count({ where: { unitId: unit!.id } })).toBe(0);
    expect(await db.notification.count({ where: { OR: [{ documentId }, { unitId: unit!.id }] } })).toBe(0);
    expect(await db.source.count({ where: { workspaceId: team.workspaceId, title: "Port records" } })).toBe(1);
    // The audit trail keeps the document's earlier rows too.
    expect(await db.activity.count({ where: { documentId } })).toBeGreaterThan(0);

    const feed = await listWorkspaceActivity({ userId: owner(), input: { workspaceId: team.workspaceId, action: "document.delete" } });
    expect(feed.entries).toHaveLength(1);
    expect(feed.entries[0]).toMatchObject({
      action: "document.delete",
      entityType: "document",
      entityId: documentId,
      documentId: null,
      actorId: team.members.EDITOR.userId,
    });
    expect(feed.entries[0]!.before).toMatchObject({ title: "Doomed report", units: 2 });
    expect(await codeOf(deleteDocument({ userId: owner(), input: { documentId } }))).toBe("NOT_FOUND");
  });
});
