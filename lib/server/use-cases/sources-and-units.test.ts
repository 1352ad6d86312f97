// detachSource, searchSources and listUnits against a real (PGlite) database: what they return,
// in which order, scoped to the caller's workspace, and their errors. Who may call them at all:
// permissions-matrix.test.ts. Every test makes its own document, so each passes alone.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { installTestDb } from "../testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { codeOf, errorOf, importText, seedTeam } = await import("../testing/fixtures");
const { attachSource } = await import("./attach-source");
const { detachSource } = await import("./detach-source");
const { searchSources } = await import("./search-sources");
const { listUnits } = await import("./list-units");
const { setVerdict } = await import("./set-verdict");
const { assignClaims } = await import("./assign-claims");
type Team = import("../testing/fixtures").Team;

const TEXT = "The budget rose by 12 percent in 2023. Exports doubled since 2020. Inflation reached 7 percent in March. Critics said it was a mistake.";

let team: Team;
let ownerId: string;
beforeAll(async () => {
  team = await seedTeam("Sources");
  ownerId = team.members.OWNER.userId;
});
afterAll(() => testDb.close());

async function freshUnits(title = "Economy", workspaceId = team.workspaceId, userId = ownerId) {
  const documentId = await importText(userId, workspaceId, title, TEXT);
  const units = await db.unit.findMany({ where: { documentId }, orderBy: { start: "asc" } });
  return { documentId, units };
}
type SourceInput = { title: string; url?: string; publisher?: string; publishedAt?: string };
const attach = (unitId: string, source: SourceInput, stance: "SUPPORTS" | "REFUTES" | "CONTEXT" = "SUPPORTS", userId = ownerId) =>
  attachSource({ userId, input: { unitId, stance, ...source } });

describe("detachSource", () => {
  test("unlinks the source from this unit only; the source stays in the workspace; an Activity row remembers it; the unit's version stays", async () => {
    const { units } = await freshUnits();
    const [a, b] = units;
    const { sourceId } = await attach(a!.id, { title: "Budget minutes", url: "https://example.org/minutes" }, "REFUTES");
    await attach(b!.id, { title: "Budget minutes", url: "https://example.org/minutes" });
    expect(await db.evidence.count({ where: { sourceId } })).toBe(2);

    expect(await detachSource({ userId: team.members.REVIEWER.userId, input: { unitId: a!.id, sourceId } })).toEqual({ unitId: a!.id, sourceId });
    expect(await db.evidence.findMany({ where: { sourceId }, select: { unitId: true } })).toEqual([{ unitId: b!.id }]);
    expect(await db.source.findUnique({ where: { id: sourceId } })).toMatchObject({ workspaceId: team.workspaceId, title: "Budget minutes" });
    const activity = await db.activity.findFirstOrThrow({ where: { entityId: a!.id, action: "unit.source.detach" } });
    expect(activity).toMatchObject({ actorId: team.members.REVIEWER.userId, workspaceId: team.workspaceId, entityType: "unit" });
    expect(activity.before).toEqual({ sourceId, title: "Budget minutes", stance: "REFUTES" });
    expect((await db.unit.findUniqueOrThrow({ where: { id: a!.id } })).version).toBe(a!.version);
  });

  test("a link that is not there (already detached, or the source is on another unit) is NOT_FOUND, and nothing is written", async () => {
    const { units } = await freshUnits();
    const [a, b] = units;
    const { sourceId } = await attach(a!.id, { title: "Trade report" });
    const activities = await db.activity.count({ where: { workspaceId: team.workspaceId } });
    const notLinked = await errorOf(detachSource({ userId: ownerId, input: { unitId: b!.id, sourceId } }));
    expect(notLinked).toMatchObject({ status: 404, code: "NOT_FOUND" });
    expect(notLinked.message).toMatch(/source link/i);
    expect(await db.evidence.count({ where: { sourceId } })).toBe(1);
    expect(await db.activity.count({ where: { workspaceId: team.workspaceId } })).toBe(activities);

    await detachSource({ userId: ownerId, input: { unitId: a!.id, sourceId } });
    expect(await codeOf(detachSource({ userId: ownerId, input: { unitId: a!.id, sourceId } }))).toBe("NOT_FOUND");
  });

  test("a source or unit of another workspace is NOT_FOUND, never detached", async () => {
    const mine = await freshUnits();
    const theirs = await freshUnits("Elsewhere", team.outsider.ownWorkspaceId, team.outsider.userId);
    const { sourceId: theirSource } = await attach(theirs.units[0]!.id, { title: "Their source" }, "SUPPORTS", team.outsider.userId);
    // Their unit, their source: the owner of the team workspace cannot reach either.
    expect(await codeOf(detachSource({ userId: ownerId, input: { unitId: theirs.units[0]!.id, sourceId: theirSource } }))).toBe("NOT_FOUND");
    // Our unit with their source id: there is no such link here.
    expect(await codeOf(detachSource({ userId: ownerId, input: { unitId: mine.units[0]!.id, sourceId: theirSource } }))).toBe("NOT_FOUND");
    expect(await db.evidence.count({ where: { sourceId: theirSource } })).toBe(1);
  });

  test.each([[{ unitId: "u" }], [{ sourceId: "s" }], [{ unitId: "", sourceId: "s" }], [{}]])("refuses the input %j (400)", async (input) => {
    expect(await codeOf(detachSource({ userId: ownerId, input }))).toBe("VALIDATION");
  });
});

describe("searchSources", () => {
  test("matches the title or the URL, whatever the case, newest first, at most 8, as suggestions", async () => {
    const { units } = await freshUnits();
    const [a, b] = units;
    await attach(a!.id, { title: "Quarterly Zephyr report", url: "https://stats.example.org/q1", publisher: "Statistics Office", publishedAt: "2024-03-01" });
    await attach(a!.id, { title: "Press release", url: "https://zephyr.example.org/press" });
    await attach(b!.id, { title: "Unrelated memo" });
    const hits = await searchSources({ userId: team.members.VIEWER.userId, input: { unitId: b!.id, q: "ZEPHYR" } });
    // Newest first: the press release was attached (and so updated) last.
    expect(hits.map((h) => h.title)).toEqual(["Press release", "Quarterly Zephyr report"]);
    expect(hits[1]).toEqual({
      id: expect.any(String),
      url: "https://stats.example.org/q1",
      title: "Quarterly Zephyr report",
      publisher: "Statistics Office",
      publishedAt: "2024-03-01",
    });

    for (let i = 0; i < 9; i++) await attach(b!.id, { title: `Plentiful source ${i}` });
    const many = await searchSources({ userId: ownerId, input: { unitId: a!.id, q: "plentiful" } });
    expect(many).toHaveLength(8);
    expect(many.map((h) => h.title)).toEqual([8, 7, 6, 5, 4, 3, 2, 1].map((i) => `Plentiful source ${i}`));
  });

  test("searches only the unit's workspace", async () => {
    const mine = await freshUnits();
    const theirs = await freshUnits("Elsewhere", team.outsider.ownWorkspaceId, team.outsider.userId);
    await attach(theirs.units[0]!.id, { title: "Gazebo census (theirs)" }, "SUPPORTS", team.outsider.userId);
    await attach(mine.units[0]!.id, { title: "Gazebo census (ours)" });
    expect((await searchSources({ userId: ownerId, input: { unitId: mine.units[1]!.id, q: "gazebo" } })).map((h) => h.title)).toEqual(["Gazebo census (ours)"]);
    expect((await searchSources({ userId: team.outsider.userId, input: { unitId: theirs.units[1]!.id, q: "gazebo" } })).map((h) => h.title)).toEqual([
      "Gazebo census (theirs)",
    ]);
    // Someone else's unit does not exist for the caller.
    expect(await codeOf(searchSources({ userId: team.outsider.userId, input: { unitId: mine.units[0]!.id, q: "gazebo" } }))).toBe("NOT_FOUND");
  });

  test("fewer than two characters (after trimming) ask nothing; surrounding spaces are ignored", async () => {
    const { units } = await freshUnits();
    await attach(units[0]!.id, { title: "Xylophone survey" });
    expect(await searchSources({ userId: ownerId, input: { unitId: units[0]!.id, q: "x" } })).toEqual([]);
    expect(await searchSources({ userId: ownerId, input: { unitId: units[0]!.id, q: "   x  " } })).toEqual([]);
    expect(await searchSources({ userId: ownerId, input: { unitId: units[0]!.id } })).toEqual([]);
    expect((await searchSources({ userId: ownerId, input: { unitId: units[0]!.id, q: "  xylophone  " } })).map((h) => h.title)).toEqual(["Xylophone survey"]);
    expect(await codeOf(searchSources({ userId: ownerId, input: { unitId: units[0]!.id, q: "y".repeat(1001) } }))).toBe("VALIDATION");
  });
});

describe("listUnits", () => {
  test("all the document's units in reading order, as views", async () => {
    const { documentId, units } = await freshUnits();
    const listed = await listUnits({ userId: team.members.VIEWER.userId, input: { documentId } });
    expect(listed.map((u) => u.id)).toEqual(units.map((u) => u.id));
    for (let i = 1; i < listed.length; i++) expect(listed[i]!.start).toBeGreaterThanOrEqual(listed[i - 1]!.start);
    expect(listed[0]).toMatchObject({ documentId, verdict: "UNREVIEWED", status: "OPEN", assigneeId: null, sourceCount: 0 });
  });

  test("filters by verdict, status, assignee, sources and kind, all together", async () => {
    const { documentId, units } = await freshUnits();
    const [a, b, c] = units;
    const reviewer = team.members.REVIEWER.userId;
    await setVerdict({ userId: ownerId, input: { unitId: a!.id, version: a!.version, verdict: "DISPUTED", rationale: "Wrong year." } });
    await assignClaims({ userId: ownerId, input: { documentId, unitIds: [b!.id], reviewerIds: [reviewer] } });
    await attach(c!.id, { title: "Trade figures" });
    const ids = async (query: Record<string, string>) => (await listUnits({ userId: ownerId, input: { documentId, query } })).map((u) => u.id);

    expect(await ids({ verdict: "disputed" })).toEqual([a!.id]);
    expect(await ids({ status: "REVIEWED,IN_REVIEW" })).toEqual([a!.id, b!.id]);
    expect(await ids({ assignee: reviewer })).toEqual([b!.id]);
    expect(await ids({ assignee: "none" })).toEqual(units.filter((u) => u.id !== b!.id).map((u) => u.id));
    expect(await ids({ sources: "with" })).toEqual([c!.id]);
    expect(await ids({ sources: "without" })).not.toContain(c!.id);
    expect(await ids({ kind: a!.kind, verdict: "UNREVIEWED", sources: "without" })).toEqual(
      units.filter((u) => u.kind === a!.kind && u.id !== a!.id && u.id !== c!.id).map((u) => u.id),
    );
    expect(await ids({ minCheckworthy: "1.01" }).catch(() => "refused")).toBe("refused");
    expect(await ids({})).toEqual(units.map((u) => u.id));
  });

  test("another workspace's document is NOT_FOUND; a bad filter is a 400", async () => {
    const { documentId } = await freshUnits();
    expect(await codeOf(listUnits({ userId: team.outsider.userId, input: { documentId } }))).toBe("NOT_FOUND");
    expect(await codeOf(listUnits({ userId: ownerId, input: { documentId: "no-such-document" } }))).toBe("NOT_FOUND");
    const bad = await errorOf(listUnits({ userId: ownerId, input: { documentId, query: { verdict: "MAYBE" } } }));
    expect(bad).toMatchObject({ status: 400, code: "VALIDATION" });
    expect(bad.message).toContain("verdict is one of");
  });
});
