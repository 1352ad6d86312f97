// Live change events against a real in-process PGlite: NOTIFY is transactional, so only committed
// writes arrive, and each subscriber hears only its own document.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { installTestDb } from "./testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { signUpUser } = await import("./use-cases/sign-up-user");
const { importDocument } = await import("./use-cases/import-document");
const { setVerdict } = await import("./use-cases/set-verdict");
const { recordChange } = await import("./changes");
const { changeHub, stopRealtime, subscribeToDocument, subscribeToUser } = await import("./realtime");
const { openDocumentEvents } = await import("./event-streams");
const { publishToUsers } = await import("./changes");
type ChangeEvent = Parameters<Parameters<typeof subscribeToDocument>[1]>[0];

const TEXT = "The minister said the budget rose by 12 percent in 2023. Critics disputed the figure.";
let ann: { userId: string; workspaceId: string };
let ben: { userId: string; workspaceId: string };
let documentId: string;
let otherDocumentId: string;

const firstUnit = (id: string) => db.unit.findFirstOrThrow({ where: { documentId: id }, orderBy: { start: "asc" } });
const support = async (id: string) => {
  const unit = await firstUnit(id);
  await setVerdict({ userId: ann.userId, input: { unitId: unit.id, version: unit.version, verdict: "SUPPORTED", rationale: "The minutes confirm it." } });
  return unit.id;
};
/** Collects events until `n` have arrived (or the timeout passes), then unsubscribes. */
async function collect(id: string, n: number, write: () => Promise<unknown>, timeoutMs = 1500) {
  const got: ChangeEvent[] = [];
  let done = () => {};
  const enough = new Promise<void>((resolve) => (done = resolve));
  const unsubscribe = await subscribeToDocument(id, (e) => {
    got.push(e);
    if (got.length >= n) done();
  });
  await write();
  await Promise.race([enough, new Promise((r) => setTimeout(r, timeoutMs))]);
  unsubscribe();
  return got;
}

beforeAll(async () => {
  const a = await signUpUser({ input: { name: "Ann", email: "ann@example.org", password: "password-1" } });
  const b = await signUpUser({ input: { name: "Ben", email: "ben@example.org", password: "password-2" } });
  ann = { userId: a.user.id, workspaceId: a.workspace.id };
  ben = { userId: b.user.id, workspaceId: b.workspace.id };
  documentId = (await importDocument({ userId: ann.userId, input: { source: "paste", workspaceId: ann.workspaceId, title: "Budget", text: TEXT } })).id;
  otherDocumentId = (await importDocument({ userId: ann.userId, input: { source: "paste", workspaceId: ann.workspaceId, title: "Other", text: TEXT } })).id;
});
afterAll(async () => {
  await stopRealtime();
  await testDb.close();
});

describe("change events", () => {
  test("a committed verdict reaches the document's subscriber", async () => {
    let unitId = "";
    const got = await collect(documentId, 1, async () => (unitId = await support(documentId)));
    expect(got).toEqual([expect.objectContaining({ documentId, workspaceId: ann.workspaceId, action: "unit.verdict", entityType: "unit", entityId: unitId })]);
    const activity = await db.activity.findUniqueOrThrow({ where: { id: got[0]!.activityId } });
    expect(activity).toMatchObject({ action: "unit.verdict", documentId });
  });

  test("a rolled-back transaction delivers nothing", async () => {
    const unit = await firstUnit(documentId);
    const got = await collect(documentId, 2, async () => {
      await expect(
        db.$transaction(async (tx) => {
          await recordChange(tx, {
            workspaceId: ann.workspaceId,
            actorId: ann.userId,
            action: "unit.rolled-back",
            entityType: "unit",
            entityId: unit.id,
            documentId,
          });
          throw new Error("abort the write");
        }),
      ).rejects.toThrow("abort the write");
      // A committed write after it: its event arrives, the rolled-back one never does.
      await support(documentId);
    });
    expect(got.map((e) => e.action)).toEqual(["unit.verdict"]);
    expect(await db.activity.count({ where: { action: "unit.rolled-back" } })).toBe(0);
  });

  test("another document's changes are filtered out", async () => {
    let unitId = "";
    // Positive control: the same listener, after the other document's write, hears its own
    // document's; only that event arrives, so the filter (not a dead listener) kept the first out.
    const got = await collect(documentId, 2, async () => {
      await support(otherDocumentId);
      unitId = await support(documentId);
    });
    expect(got).toEqual([expect.objectContaining({ documentId, entityId: unitId, action: "unit.verdict" })]);
  });

  test("unsubscribing leaves no subscriber behind", async () => {
    const unsubscribe = await subscribeToDocument(documentId, () => {});
    expect(changeHub().subscriberCount()).toBe(1);
    unsubscribe();
    expect(changeHub().subscriberCount()).toBe(0);
  });
});

describe("the event stream", () => {
  const decoder = new TextDecoder();

  test("opens with ready, sends this document's changes, and unsubscribes on abort", async () => {
    const abort = new AbortController();
    const stream = await openDocumentEvents({ userId: ann.userId, documentId, signal: abort.signal });
    const reader = stream.getReader();
    expect(decoder.decode((await reader.read()).value)).toMatch(/^retry: \d+\nevent: ready\ndata: .+\n\n$/);
    expect(changeHub().subscriberCount()).toBe(1);

    const unitId = await support(documentId);
    const chunk = decoder.decode((await reader.read()).value);
    const [, id, data] = /^id: (\S+)\nevent: change\ndata: (.+)\n\n$/.exec(chunk) ?? [];
    expect(JSON.parse(data!)).toMatchObject({ activityId: id, action: "unit.verdict", entityId: unitId, documentId });

    abort.abort();
    expect((await reader.read()).done).toBe(true);
    expect(changeHub().subscriberCount()).toBe(0);
  });

  test("a document outside the caller's workspaces is NOT_FOUND, with nothing subscribed", async () => {
    await expect(openDocumentEvents({ userId: ben.userId, documentId, signal: new AbortController().signal })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(changeHub().subscriberCount()).toBe(0);
  });
});

describe("per-person events", () => {
  test("a committed event reaches only its person; a rolled-back one reaches nobody", async () => {
    const got: { who: string; unitId?: string | null }[] = [];
    const stops = await Promise.all([ann, ben].map((p) => subscribeToUser(p.userId, (e) => got.push({ who: p.userId, unitId: e.unitId }))));
    await db.$transaction((tx) => publishToUsers(tx, [ann.userId, ann.userId], { type: "queue", unitId: "u-1" }));
    await db
      .$transaction(async (tx) => {
        await publishToUsers(tx, [ben.userId], { type: "notification", unitId: "u-2" });
        throw new Error("roll back");
      })
      .catch(() => undefined);
    await db.$transaction((tx) => publishToUsers(tx, [ben.userId], { type: "notification", unitId: "u-3" }));
    await new Promise((r) => setTimeout(r, 300));
    stops.forEach((stop) => stop());
    expect(got).toEqual([
      { who: ann.userId, unitId: "u-1" },
      { who: ben.userId, unitId: "u-3" },
    ]);
  });
});
