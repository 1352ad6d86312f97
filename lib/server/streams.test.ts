// Event streams against a real (PGlite) database: the access re-check (removed member, revoked
// token), the per-person cap counted in the database (so every process sees the same count),
// a removed member's open stream ending, and the replay of missed changes after a reconnect.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { describeError } from "./errors";
import { installTestDb } from "./testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { signUpUser } = await import("./use-cases/sign-up-user");
const { importDocument } = await import("./use-cases/import-document");
const { createInvitation } = await import("./use-cases/create-invitation");
const { acceptInvitation } = await import("./use-cases/accept-invitation");
const { removeMember } = await import("./use-cases/remove-member");
const { createApiToken } = await import("./use-cases/create-api-token");
const { revokeApiToken } = await import("./use-cases/revoke-api-token");
const { setVerdict } = await import("./use-cases/set-verdict");
const { MAX_STREAMS_PER_USER, STREAM_TTL_MS, closeStreamSlot, openStreamSlot, streamStillAllowed } = await import("./streams");
const { stopRealtime } = await import("./realtime");
const { openDocumentEvents, replayDocumentChanges } = await import("./event-streams");

const TEXT = "The minister said the budget rose by 12 percent in 2023. Critics disputed the figure. Unemployment fell to 4 percent last year.";
const people = {} as Record<"ann" | "ben" | "cat", { userId: string; workspaceId: string }>;
let documentId: string;
const decoder = new TextDecoder();

const join = async (who: "ben" | "cat") => {
  const { url } = await createInvitation(
    { userId: people.ann.userId, input: { workspaceId: people.ann.workspaceId, email: `${who}@streams.example.org`, role: "REVIEWER" } },
    { baseUrl: "http://x", mailer: null },
  );
  await acceptInvitation({ userId: people[who].userId, input: { token: url } });
};
const support = async (unitId: string, rationale: string) => {
  const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId } });
  await setVerdict({ userId: people.ann.userId, input: { unitId, version: unit.version, verdict: "SUPPORTED", rationale } });
};

beforeAll(async () => {
  for (const name of ["ann", "ben", "cat"] as const) {
    const r = await signUpUser({ input: { name, email: `${name}@streams.example.org`, password: "password-123" } });
    people[name] = { userId: r.user.id, workspaceId: r.workspace.id };
  }
  await join("ben");
  await join("cat");
  documentId = (
    await importDocument({ userId: people.ann.userId, input: { source: "paste", workspaceId: people.ann.workspaceId, title: "Budget", text: TEXT } })
  ).id;
});
afterAll(async () => {
  await stopRealtime();
  await testDb.close();
});

describe("streamStillAllowed", () => {
  test("a member may read; once removed from the workspace, no longer", async () => {
    const access = { userId: people.cat.userId, documentId };
    expect(await streamStillAllowed(db, access)).toBe(true);
    await removeMember({ userId: people.ann.userId, input: { workspaceId: people.ann.workspaceId, memberId: people.cat.userId } });
    expect(await streamStillAllowed(db, access)).toBe(false);
    // Their own stream (no document) is still theirs.
    expect(await streamStillAllowed(db, { userId: people.cat.userId })).toBe(true);
  });

  test("a stream opened with a token ends with the token", async () => {
    const token = await createApiToken({ userId: people.ann.userId, input: { name: "script" } });
    const access = { userId: people.ann.userId, tokenId: token.id, documentId };
    expect(await streamStillAllowed(db, access)).toBe(true);
    await revokeApiToken({ userId: people.ann.userId, input: { tokenId: token.id } });
    expect(await streamStillAllowed(db, access)).toBe(false);
    // Another person's token id does not stand in for one's own.
    expect(await streamStillAllowed(db, { userId: people.ben.userId, tokenId: token.id })).toBe(false);
  });

  test("an account that no longer exists may read nothing", async () => {
    expect(await streamStillAllowed(db, { userId: "no-such-user" })).toBe(false);
  });
});

describe("the open-stream cap", () => {
  test(`${MAX_STREAMS_PER_USER} streams per person, the next is 429; closing one frees a slot; other people are not affected`, async () => {
    const slots = await Promise.all(Array.from({ length: MAX_STREAMS_PER_USER }, () => openStreamSlot(people.ben.userId)));
    const refused = await openStreamSlot(people.ben.userId).catch((e: unknown) => describeError(e));
    expect(refused).toMatchObject({ status: 429, body: { error: { code: "RATE_LIMITED" } } });
    const annSlot = await openStreamSlot(people.ann.userId);
    await closeStreamSlot(slots[0]!);
    const again = await openStreamSlot(people.ben.userId);
    await Promise.all([...slots.slice(1), again, annSlot].map(closeStreamSlot));
    expect(await db.eventStream.count()).toBe(0);
  });

  test("slots of a dead process (not renewed for the TTL) stop counting and are pruned", async () => {
    const now = new Date();
    const stale = new Date(now.getTime() - STREAM_TTL_MS - 1);
    await db.eventStream.createMany({ data: Array.from({ length: MAX_STREAMS_PER_USER }, () => ({ userId: people.ben.userId, heartbeatAt: stale })) });
    const slot = await openStreamSlot(people.ben.userId, now);
    expect(await db.eventStream.count({ where: { userId: people.ben.userId } })).toBe(1);
    await closeStreamSlot(slot);
  });

  test("an over-the-cap document stream is refused before it starts", async () => {
    const slots = await Promise.all(Array.from({ length: MAX_STREAMS_PER_USER }, () => openStreamSlot(people.ben.userId)));
    await expect(openDocumentEvents({ userId: people.ben.userId, documentId, signal: new AbortController().signal })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await Promise.all(slots.map(closeStreamSlot));
  });
});

describe("an open stream", () => {
  test("ends with `event: revoked` within seconds of its reader leaving the workspace, and frees its slot", { timeout: 20_000 }, async () => {
    const abort = new AbortController();
    const reader = (await openDocumentEvents({ userId: people.ben.userId, documentId, signal: abort.signal })).getReader();
    expect(decoder.decode((await reader.read()).value)).toContain("event: ready");
    expect(await db.eventStream.count({ where: { userId: people.ben.userId } })).toBe(1);
    await removeMember({ userId: people.ann.userId, input: { workspaceId: people.ann.workspaceId, memberId: people.ben.userId } });
    const started = Date.now();
    let text = "";
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += decoder.decode(chunk.value);
    expect(text).toContain("event: revoked");
    expect(Date.now() - started).toBeLessThan(7_000);
    await new Promise((r) => setTimeout(r, 100));
    expect(await db.eventStream.count({ where: { userId: people.ben.userId } })).toBe(0);
  });

  test("after a reconnect, Last-Event-ID replays the changes missed, in order; an unknown id asks for a full re-read", async () => {
    const units = await db.unit.findMany({ where: { documentId }, orderBy: { start: "asc" } });
    await support(units[0]!.id, "First.");
    const seen = await db.activity.findFirstOrThrow({ where: { documentId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    await support(units[1]!.id, "Second.");
    await support(units[2]!.id, "Third.");
    const frames = await replayDocumentChanges(documentId, seen.id);
    const entities = frames.map((f) => JSON.parse(/data: (.+)\n/.exec(f)![1]!) as { entityId: string; activityId: string });
    expect(entities.map((e) => e.entityId)).toEqual([units[1]!.id, units[2]!.id]);
    expect(frames[0]).toMatch(new RegExp(`^id: ${entities[0]!.activityId}\nevent: change\n`));
    expect(await replayDocumentChanges(documentId, "not-an-activity")).toEqual(["event: reset\ndata: {}\n\n"]);

    // Through the stream: the replay follows `ready`.
    const abort = new AbortController();
    const reader = (await openDocumentEvents({ userId: people.ann.userId, documentId, signal: abort.signal, lastEventId: seen.id })).getReader();
    let text = "";
    while ((text.match(/event: change/g) ?? []).length < 2) text += decoder.decode((await reader.read()).value);
    expect(text.indexOf("event: ready")).toBeLessThan(text.indexOf("event: change"));
    abort.abort();
  });
});
