// Publishing a report: the snapshot is frozen, drafts never reach it, versions are kept, the
// options decide what is published, and an unpublished report is gone. Against a real PGlite.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { installTestDb } from "../testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { importText, seedTeam } = await import("../testing/fixtures");
const { setVerdict } = await import("./set-verdict");
const { transitionUnit } = await import("./transition-unit");
const { attachSource } = await import("./attach-source");
const { publishDocument } = await import("./publish-document");
const { unpublishDocument } = await import("./unpublish-document");
const { getPublication } = await import("./get-publication");
const { readReport, readReportArchive } = await import("./read-report");
const { updateWorkspace } = await import("./update-workspace");
const { exportDocument } = await import("./export-document");
type Team = import("../testing/fixtures").Team;

const LINKS = { baseUrl: "https://reports.example.org" };
let t: Team;
const owner = () => t.members.OWNER.userId;
const units = (documentId: string) => db.unit.findMany({ where: { documentId }, orderBy: { start: "asc" } });
async function review(unitId: string, verdict: "SUPPORTED" | "DISPUTED" | "OPINION", rationale: string) {
  const u = await db.unit.findUniqueOrThrow({ where: { id: unitId } });
  return setVerdict({ userId: owner(), input: { unitId, version: u.version, verdict, rationale } });
}
async function approve(unitId: string) {
  const u = await db.unit.findUniqueOrThrow({ where: { id: unitId } });
  return transitionUnit({ userId: owner(), input: { unitId, version: u.version, to: "APPROVED" } });
}
async function published(slug: string) {
  const page = await readReport({ input: { slug } });
  if (page?.status !== "published") throw new Error(`report ${slug} is ${page?.status ?? "missing"}`);
  return page;
}

beforeAll(async () => {
  t = await seedTeam("Publish");
  await updateWorkspace({ userId: owner(), input: { workspaceId: t.workspaceId, methodology: "We read the primary source." } });
});
afterAll(() => testDb.close());

describe("publish", () => {
  test("freezes the reviewed claims at an unguessable URL; later reviews and sources do not leak", async () => {
    const documentId = await importText(owner(), t.workspaceId, "Frozen");
    const [a, b, c] = await units(documentId);
    await review(a!.id, "DISPUTED", "The budget rose by 8 percent.");
    await attachSource({
      userId: owner(),
      input: { unitId: a!.id, url: "https://stats.example.org/budget", title: "Budget statistics", stance: "REFUTES", excerpt: "8.0%" },
    });
    const result = await publishDocument({ userId: owner(), input: { documentId } }, LINKS);
    expect(result.version).toBe(1);
    expect(result.slug).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(result.url).toBe(`https://reports.example.org/r/${result.slug}`);
    expect(result.slug).not.toContain(documentId.slice(0, 8));

    // After publishing: another claim reviewed, a source added, b left unreviewed.
    await review(c!.id, "SUPPORTED", "SECRET-LATER-RATIONALE");
    await attachSource({ userId: owner(), input: { unitId: a!.id, url: "https://late.example.org/x", title: "SECRET-LATER-SOURCE", stance: "SUPPORTS" } });
    const page = await published(result.slug);
    const json = JSON.stringify(page);
    expect(page.snapshot.claims.map((x) => [x.n, x.verdict])).toEqual([[1, "DISPUTED"]]);
    expect(page.snapshot.claims[0]!.sources.map((s) => s.title)).toEqual(["Budget statistics"]);
    expect(page.snapshot.methodology).toBe("We read the primary source.");
    for (const secret of ["SECRET-LATER-RATIONALE", "SECRET-LATER-SOURCE", "late.example.org", b!.id, c!.id]) expect(json).not.toContain(secret);
    expect(page.changes).toBeNull();
  });

  test("republishing adds a version at the same URL and says what changed since the last one", async () => {
    const documentId = await importText(owner(), t.workspaceId, "Versions");
    const [a, b] = await units(documentId);
    await review(a!.id, "SUPPORTED", "The minutes say so.");
    const first = await publishDocument({ userId: owner(), input: { documentId } }, LINKS);
    await review(a!.id, "DISPUTED", "The corrected minutes say otherwise.");
    await review(b!.id, "OPINION", "A value judgement.");
    const second = await publishDocument({ userId: owner(), input: { documentId } }, LINKS);
    expect([second.slug, second.version]).toEqual([first.slug, 2]);
    const page = await published(second.slug);
    expect(page.version).toBe(2);
    expect(page.changes?.since).toBe(1);
    expect(page.changes?.items.map((c) => c.type)).toEqual(["verdict", "added"]);
    expect(await db.publicationVersion.count({ where: { publication: { documentId } } })).toBe(2);
  });

  test("only approved claims by default once the document uses approval; reviewer names only when asked", async () => {
    const documentId = await importText(owner(), t.workspaceId, "Approval");
    const [a, b] = await units(documentId);
    await review(a!.id, "SUPPORTED", "Checked.");
    await review(b!.id, "DISPUTED", "Wrong.");
    await approve(a!.id);
    const state = await getPublication({ userId: t.members.VIEWER.userId, input: { documentId } }, LINKS);
    expect(state).toMatchObject({ publication: null, defaults: { onlyApproved: true, showReviewers: false }, counts: { approved: 1, reviewed: 2 } });
    const { slug } = await publishDocument({ userId: t.members.EDITOR.userId, input: { documentId } }, LINKS);
    expect((await published(slug)).snapshot.claims.map((c) => [c.unitId, c.reviewers])).toEqual([[a!.id, []]]);
    await publishDocument({ userId: owner(), input: { documentId, onlyApproved: false, showReviewers: true } }, LINKS);
    const page = await published(slug);
    expect(page.snapshot.claims.map((c) => [c.unitId, c.reviewers])).toEqual([
      [a!.id, [t.members.OWNER.name]],
      [b!.id, [t.members.OWNER.name]],
    ]);
    const view = await getPublication({ userId: owner(), input: { documentId } }, LINKS);
    expect(view.publication).toMatchObject({ slug, version: 2, onlyApproved: false, showReviewers: true, claimCount: 2, unpublishedAt: null });
  });

  test("unpublish: the report is gone (410), twice is harmless, republishing brings it back as the next version", async () => {
    const documentId = await importText(owner(), t.workspaceId, "Withdrawn");
    const [a] = await units(documentId);
    await review(a!.id, "SUPPORTED", "Checked.");
    const { slug } = await publishDocument({ userId: owner(), input: { documentId } }, LINKS);
    await unpublishDocument({ userId: t.members.EDITOR.userId, input: { documentId } });
    await unpublishDocument({ userId: owner(), input: { documentId } });
    expect(await readReport({ input: { slug } })).toMatchObject({ status: "gone", title: "Withdrawn" });
    expect(await db.activity.count({ where: { documentId, action: "document.unpublish" } })).toBe(1);
    const again = await publishDocument({ userId: owner(), input: { documentId } }, LINKS);
    expect([again.slug, again.version]).toEqual([slug, 2]);
    expect((await readReport({ input: { slug } }))?.status).toBe("published");
  });

  test("the ClaimReview export follows the report: its url is the report's while it is published", async () => {
    const documentId = await importText(owner(), t.workspaceId, "Exported");
    const [a] = await units(documentId);
    await review(a!.id, "DISPUTED", "Wrong figure.");
    const claimReview = async () =>
      JSON.parse((await exportDocument({ userId: owner(), input: { documentId, format: "claimreview" } }, LINKS)).body) as { "@graph": { url: string }[] };
    expect((await claimReview())["@graph"][0]!.url).toBe(`https://reports.example.org/documents/${documentId}?unit=${a!.id}`);
    const { url } = await publishDocument({ userId: owner(), input: { documentId } }, LINKS);
    expect((await claimReview())["@graph"][0]!.url).toBe(`${url}#claim-1`);
    await unpublishDocument({ userId: owner(), input: { documentId } });
    expect((await claimReview())["@graph"][0]!.url).toBe(`https://reports.example.org/documents/${documentId}?unit=${a!.id}`);
  });

  test("the report's archived copies: only the sources it cites, only the copy it recorded, gone with the report", async () => {
    const documentId = await importText(owner(), t.workspaceId, "Archives");
    const [a, b] = await units(documentId);
    await review(a!.id, "DISPUTED", "The minutes say 8.");
    const attach = (unitId: string, host: string) =>
      attachSource({ userId: owner(), input: { unitId, url: `https://${host}.example.org/`, title: host, stance: "REFUTES" } });
    const archived = async (host: string, text: string, sha256: string) => {
      const source = await db.source.findFirstOrThrow({ where: { workspaceId: t.workspaceId, url: `https://${host}.example.org/` } });
      await db.source.update({
        where: { id: source.id },
        data: { archiveState: "done", snapshotText: text, snapshotSha256: sha256, archivedAt: new Date("2026-12-01T10:00:00Z"), archiveType: "text/html" },
      });
      return source.id;
    };
    await attach(a!.id, "minutes");
    await attach(a!.id, "pending");
    await attach(b!.id, "uncited");
    const minutes = await archived("minutes", "The council recorded 8 percent.", "1".repeat(64));
    await archived("uncited", "SECRET-UNCITED-ARCHIVE", "2".repeat(64));
    const { slug } = await publishDocument({ userId: owner(), input: { documentId } }, LINKS);

    const sources = (await published(slug)).snapshot.claims[0]!.sources;
    expect(sources.map((s) => [s.title, s.archive?.n ?? null])).toEqual([
      ["minutes", 1],
      ["pending", null],
    ]);
    const copy = await readReportArchive({ input: { slug, n: "1" } });
    expect(copy).toMatchObject({
      slug,
      reportTitle: "Archives",
      archive: { n: 1, sha256: "1".repeat(64), text: "The council recorded 8 percent.", contentType: "text/html" },
    });
    expect(JSON.stringify(copy)).not.toContain(minutes);
    for (const n of ["2", "0", "01x", "../1"]) expect(await readReportArchive({ input: { slug, n } })).toEqual({ status: "missing" });

    // Archived again later with other bytes: not the copy the report recorded.
    await db.source.update({ where: { id: minutes }, data: { snapshotSha256: "3".repeat(64), snapshotText: "Rewritten." } });
    expect(await readReportArchive({ input: { slug, n: "1" } })).toEqual({ status: "missing" });
    await unpublishDocument({ userId: owner(), input: { documentId } });
    expect(await readReportArchive({ input: { slug, n: "1" } })).toMatchObject({ status: "gone" });
    expect(await readReportArchive({ input: { slug: "A".repeat(22), n: "1" } })).toEqual({ status: "missing" });
  });

  test("a document never published cannot be unpublished; an unknown or malformed slug is no report", async () => {
    const documentId = await importText(owner(), t.workspaceId, "Never");
    await expect(unpublishDocument({ userId: owner(), input: { documentId } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await readReport({ input: { slug: "A".repeat(22) } })).toBeNull();
    expect(await readReport({ input: { slug: "../etc" } })).toBeNull();
    expect(await readReport({ input: { slug: { toString: 1 } } })).toBeNull();
  });
});
