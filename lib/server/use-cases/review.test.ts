import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { describeError } from "../errors";
import { installTestDb } from "../testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { signUpUser } = await import("./sign-up-user");
const { importDocument } = await import("./import-document");
const { createUnit } = await import("./create-unit");
const { splitUnit } = await import("./split-unit");
const { mergeUnits } = await import("./merge-units");
const { deleteUnit } = await import("./delete-unit");
const { updateUnit } = await import("./update-unit");
const { attachSource } = await import("./attach-source");
const { addComment } = await import("./add-comment");
const { editComment } = await import("./edit-comment");
const { resolveComment } = await import("./resolve-comment");
const { getUnitDetails } = await import("./get-unit-details");
const { findSimilarClaims } = await import("./find-similar-claims");
const { reuseSources } = await import("./reuse-sources");
const { searchWorkspace } = await import("./search-workspace");
const { demoArticle } = await import("../demo");

const TEXT = "The minister said the budget rose by 12 percent in 2023. Critics disputed the figure. Parliament will vote in June.";
let ann: { userId: string; workspaceId: string };
let ben: { userId: string; workspaceId: string };
let documentId: string;

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: unknown) => describeError(e).body.error.code,
  );
const unitsOf = (id: string) => db.unit.findMany({ where: { documentId: id }, orderBy: { start: "asc" } });

beforeAll(async () => {
  const a = await signUpUser({ input: { name: "Ann", email: "ann@example.org", password: "password-1" } });
  const b = await signUpUser({ input: { name: "Ben", email: "ben@example.org", password: "password-2" } });
  ann = { userId: a.user.id, workspaceId: a.workspace.id };
  ben = { userId: b.user.id, workspaceId: b.workspace.id };
});
// A fresh document per test: each test passes alone, whatever ran before it.
beforeEach(async () => {
  documentId = (await importDocument({ userId: ann.userId, input: { source: "paste", workspaceId: ann.workspaceId, title: "Budget", text: TEXT } })).id;
});
afterAll(() => testDb.close());

describe("re-segmentation", () => {
  test("create a unit from a selection, trimmed, anchored, manual", async () => {
    const start = TEXT.indexOf("the budget") - 1;
    const unit = await createUnit({ userId: ann.userId, input: { documentId, start, end: start + 12, kind: "PREMISE" } });
    expect(unit).toMatchObject({ exact: "the budget", kind: "PREMISE", origin: "MANUAL", start: start + 1 });
    await deleteUnit({ userId: ann.userId, input: { unitId: unit.id, version: 1 } });
  });

  test.each([
    [{ start: 5, end: 5 }, "VALIDATION"],
    [{ start: 0, end: TEXT.length + 5 }, "VALIDATION"],
    [{ start: 56, end: 57 }, "VALIDATION"],
  ])("refuses a bad selection %j", async (span, code) => {
    expect(await codeOf(createUnit({ userId: ann.userId, input: { documentId, ...span, kind: "CLAIM" } }))).toBe(code);
  });

  test("split at a point, then merge back: spans, versions and attachments follow", async () => {
    const [first] = await unitsOf(documentId);
    const at = TEXT.indexOf(" in 2023");
    await attachSource({
      userId: ann.userId,
      input: { unitId: first!.id, url: "https://stats.example.org/budget", title: "Budget statistics", stance: "REFUTES" },
    });
    const { first: left, second: right } = await splitUnit({ userId: ann.userId, input: { unitId: first!.id, version: first!.version, at } });
    expect(left.exact).toBe("The minister said the budget rose by 12 percent");
    expect(right.exact).toBe("in 2023.");
    expect(left.version).toBe(first!.version + 1);
    expect(left.sourceCount).toBe(1);
    await addComment({ userId: ann.userId, input: { unitId: right.id, body: "Which year exactly?" } });

    expect(await codeOf(mergeUnits({ userId: ann.userId, input: { unitId: left.id, version: left.version - 1, nextId: right.id, nextVersion: 1 } }))).toBe(
      "VERSION_CONFLICT",
    );
    const merged = await mergeUnits({ userId: ann.userId, input: { unitId: left.id, version: left.version, nextId: right.id, nextVersion: right.version } });
    expect(merged.unit.exact).toBe("The minister said the budget rose by 12 percent in 2023.");
    expect(merged.unit.openComments).toBe(1);
    expect(await db.unit.findUnique({ where: { id: right.id } })).toBeNull();
    const details = await getUnitDetails({ userId: ann.userId, input: { unitId: left.id } });
    expect(details.history.map((h) => h.action)).toEqual(expect.arrayContaining(["unit.split", "unit.merge", "unit.source.attach"]));
  });

  test("only a unit and the next one merge", async () => {
    const [a, , c] = await unitsOf(documentId);
    expect(await codeOf(mergeUnits({ userId: ann.userId, input: { unitId: a!.id, version: a!.version, nextId: c!.id, nextVersion: c!.version } }))).toBe(
      "VALIDATION",
    );
  });

  test("kind and normalised wording change with the version; the anchor stays", async () => {
    const [, b] = await unitsOf(documentId);
    const updated = await updateUnit({
      userId: ann.userId,
      input: { unitId: b!.id, version: b!.version, kind: "PREMISE", text: "Critics dispute the 12 percent figure" },
    });
    expect(updated).toMatchObject({
      kind: "PREMISE",
      text: "Critics dispute the 12 percent figure",
      exact: "Critics disputed the figure.",
      version: b!.version + 1,
    });
    const reset = await updateUnit({ userId: ann.userId, input: { unitId: b!.id, version: updated.version, text: "" } });
    expect(reset.text).toBeNull();
  });
});

describe("sources", () => {
  test("a source with the same URL is reused across claims, and cannot be attached twice", async () => {
    const [, b, c] = await unitsOf(documentId);
    const url = "https://parliament.example.org/agenda";
    const first = await attachSource({ userId: ann.userId, input: { unitId: b!.id, url, title: "Agenda", stance: "CONTEXT" } });
    const second = await attachSource({ userId: ann.userId, input: { unitId: c!.id, url, title: "Agenda (copy)", stance: "SUPPORTS", excerpt: "Vote: June" } });
    expect(second.sourceId).toBe(first.sourceId);
    expect(await codeOf(attachSource({ userId: ann.userId, input: { unitId: c!.id, sourceId: first.sourceId, stance: "SUPPORTS" } }))).toBe("CONFLICT");
    expect(await codeOf(attachSource({ userId: ann.userId, input: { unitId: c!.id, url: "javascript:alert(1)", title: "x", stance: "SUPPORTS" } }))).toBe(
      "VALIDATION",
    );
  });

  test("another workspace's source id is not found", async () => {
    const [a, b] = await unitsOf(documentId);
    const { sourceId } = await attachSource({ userId: ann.userId, input: { unitId: a!.id, title: "Ann's minutes", stance: "SUPPORTS" } });
    const source = await db.source.findUniqueOrThrow({ where: { id: sourceId } });
    const [benUnit] = await db.unit.findMany({ where: { document: { workspaceId: ben.workspaceId } }, take: 1 });
    expect(await codeOf(attachSource({ userId: ben.userId, input: { unitId: benUnit!.id, sourceId: source.id, stance: "SUPPORTS" } }))).toBe("NOT_FOUND");
    expect(await codeOf(attachSource({ userId: ben.userId, input: { unitId: b!.id, title: "x", stance: "SUPPORTS" } }))).toBe("NOT_FOUND");
  });
});

describe("comments", () => {
  test("edit own, not others'; resolve and reopen", async () => {
    const [a] = await unitsOf(documentId);
    const comment = await addComment({ userId: ann.userId, input: { unitId: a!.id, body: "Check the 2023 report." } });
    expect((await editComment({ userId: ann.userId, input: { commentId: comment.id, body: "Check the 2023 annual report." } })).body).toBe(
      "Check the 2023 annual report.",
    );
    expect(await codeOf(editComment({ userId: ben.userId, input: { commentId: comment.id, body: "hijack" } }))).toBe("NOT_FOUND");
    expect(await codeOf(addComment({ userId: ann.userId, input: { unitId: a!.id, body: "   " } }))).toBe("VALIDATION");
    expect((await resolveComment({ userId: ann.userId, input: { commentId: comment.id, resolved: true } })).resolvedAt).not.toBeNull();
    expect((await resolveComment({ userId: ann.userId, input: { commentId: comment.id, resolved: false } })).resolvedAt).toBeNull();
  });

  test("resolving is not editing: only a change of text marks a comment edited", async () => {
    const [a] = await unitsOf(documentId);
    const comment = await addComment({ userId: ann.userId, input: { unitId: a!.id, body: "Is this the 2022 figure?" } });
    // Long after posting, as in a real review.
    await db.comment.update({ where: { id: comment.id }, data: { createdAt: new Date(Date.now() - 3_600_000) } });
    expect((await resolveComment({ userId: ann.userId, input: { commentId: comment.id, resolved: true } })).edited).toBe(false);
    expect((await resolveComment({ userId: ann.userId, input: { commentId: comment.id, resolved: false } })).edited).toBe(false);
    expect((await editComment({ userId: ann.userId, input: { commentId: comment.id, body: "Is this the 2023 figure?" } })).edited).toBe(true);
  });
});

describe("search and claim matching", () => {
  test("search finds units and titles by word prefix, only in the caller's workspaces", async () => {
    const hits = (await searchWorkspace({ userId: ann.userId, input: { q: "parliam" } })).results;
    expect(hits.some((h) => h.kind === "unit" && h.text.includes("Parliament will vote"))).toBe(true);
    expect(
      (await searchWorkspace({ userId: ann.userId, input: { q: "Budg" } })).results.some((h) => h.kind === "document" && h.documentTitle === "Budget"),
    ).toBe(true);
    expect((await searchWorkspace({ userId: ben.userId, input: { q: "parliament" } })).results).toEqual([]);
    expect(await codeOf(searchWorkspace({ userId: ann.userId, input: { q: "x" } }))).toBe("VALIDATION");
    expect((await searchWorkspace({ userId: ann.userId, input: { q: "'&|!:*" } })).results).toEqual([]);
  });

  test("a reviewed claim is suggested for a similar claim in another document, with its sources", async () => {
    const [a] = await unitsOf(documentId);
    await updateUnit({ userId: ann.userId, input: { unitId: a!.id, version: a!.version, verdict: "DISPUTED", rationale: "The report says 9 percent." } });
    await attachSource({
      userId: ann.userId,
      input: { unitId: a!.id, url: "https://stats.example.org/budget", title: "Budget statistics", stance: "REFUTES" },
    });
    const other = await importDocument({
      userId: ann.userId,
      input: {
        source: "paste",
        workspaceId: ann.workspaceId,
        title: "Follow-up",
        text: "Yesterday the minister said the budget rose by 12 percent in 2023. Nobody else agreed.",
      },
    });
    const [b] = await unitsOf(other.id);
    const similar = await findSimilarClaims({ userId: ann.userId, input: { unitId: b!.id } });
    expect(similar[0]).toMatchObject({ id: a!.id, verdict: "DISPUTED", rationale: "The report says 9 percent.", documentTitle: "Budget" });
    expect(similar[0]!.score).toBeGreaterThan(0.5);
    expect(similar[0]!.sources.length).toBeGreaterThan(0);
  });

  test("the demo article's quote of the Washington Declaration, quoted again in a second article, finds the first", async () => {
    const demo = await importDocument({ userId: ann.userId, input: { source: "paste", workspaceId: ann.workspaceId, ...demoArticle() } });
    const quoteUnit = (await unitsOf(demo.id)).find((u) => u.quoteExact.includes("Russia remains the most significant and direct threat"));
    expect(quoteUnit).toBeDefined();
    await updateUnit({
      userId: ann.userId,
      input: {
        unitId: quoteUnit!.id,
        version: quoteUnit!.version,
        verdict: "SUPPORTED",
        rationale: "Paragraph 8 of the Washington Summit Declaration says so.",
      },
    });
    const second = await importDocument({
      userId: ann.userId,
      input: {
        source: "paste",
        workspaceId: ann.workspaceId,
        title: "Another view of the summit",
        text: "NATO leaders met in July. Their declaration stated: “Russia remains the most significant and direct threat to Allies’ security.” Moscow rejected it.",
      },
    });
    const secondQuote = (await unitsOf(second.id)).find((u) => u.quoteExact.includes("Russia remains"));
    const similar = await findSimilarClaims({ userId: ann.userId, input: { unitId: secondQuote!.id } });
    expect(similar.map((c) => c.id)).toContain(quoteUnit!.id);
    expect(similar.find((c) => c.id === quoteUnit!.id)).toMatchObject({ verdict: "SUPPORTED", documentTitle: demoArticle().title });
  });
});

describe("reuseSources", () => {
  test("attaches every source of the reviewed claim in one transaction, keeps those already attached, and hands back its verdict", async () => {
    const first = await importDocument({
      userId: ann.userId,
      input: { source: "paste", workspaceId: ann.workspaceId, title: "Reviewed", text: "The port handled 4 million containers in 2022." },
    });
    const second = await importDocument({
      userId: ann.userId,
      input: { source: "paste", workspaceId: ann.workspaceId, title: "Again", text: "The port handled 4 million containers in 2022, officials said." },
    });
    const [from] = await unitsOf(first.id);
    const [to] = await unitsOf(second.id);
    await updateUnit({
      userId: ann.userId,
      input: { unitId: from!.id, version: from!.version, verdict: "SUPPORTED", rationale: "Port authority annual report." },
    });
    for (const [url, stance] of [
      ["https://port.example.org/report", "SUPPORTS"],
      ["https://news.example.org/port", "CONTEXT"],
    ] as const) {
      await attachSource({ userId: ann.userId, input: { unitId: from!.id, url, title: url, stance } });
    }
    await attachSource({ userId: ann.userId, input: { unitId: to!.id, url: "https://port.example.org/report", title: "Report", stance: "REFUTES" } });

    const result = await reuseSources({ userId: ann.userId, input: { unitId: to!.id, fromUnitId: from!.id } });
    expect(result).toMatchObject({ attached: 1, verdict: "SUPPORTED", rationale: "Port authority annual report." });
    expect(result.sources.map((s) => [s.source.url, s.stance])).toEqual([
      ["https://port.example.org/report", "REFUTES"],
      ["https://news.example.org/port", "CONTEXT"],
    ]);
    expect(await db.activity.count({ where: { entityId: to!.id, action: "unit.source.reuse" } })).toBe(1);
    // The verdict is for the reviewer's draft: the unit itself is unchanged.
    expect(await db.unit.findUniqueOrThrow({ where: { id: to!.id } })).toMatchObject({ verdict: "UNREVIEWED", version: to!.version });
  });

  test("a claim of another workspace is not found, and nothing is attached", async () => {
    const theirs = await importDocument({
      userId: ben.userId,
      input: { source: "paste", workspaceId: ben.workspaceId, title: "Theirs", text: "The port handled 4 million containers in 2022." },
    });
    const [foreign] = await unitsOf(theirs.id);
    await attachSource({ userId: ben.userId, input: { unitId: foreign!.id, url: "https://ben.example.org", title: "Ben's", stance: "SUPPORTS" } });
    const [mine] = await unitsOf(documentId);
    const before = await db.evidence.count({ where: { unitId: mine!.id } });
    expect(await codeOf(reuseSources({ userId: ann.userId, input: { unitId: mine!.id, fromUnitId: foreign!.id } }))).toBe("NOT_FOUND");
    expect(await db.evidence.count({ where: { unitId: mine!.id } })).toBe(before);
  });
});
