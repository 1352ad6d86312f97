// Presence against a real (PGlite) database: heartbeats per tab, expiry after the window (an
// injected `now`), the selected claim, leaving, and scoping (a non-member sees a 404).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PRESENCE_TTL_MS } from "@/lib/domain/presence";
import { describeError } from "../errors";
import { installTestDb } from "../testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { signUpUser } = await import("./sign-up-user");
const { importDocument } = await import("./import-document");
const { createInvitation } = await import("./create-invitation");
const { acceptInvitation } = await import("./accept-invitation");
const { heartbeatPresence } = await import("./heartbeat-presence");
const { leavePresence } = await import("./leave-presence");
const { listPresence } = await import("./list-presence");
const { subscribeToDocumentAndPresence, stopRealtime } = await import("../realtime");

const TEXT = "The minister said the budget rose by 12 percent in 2023. Critics disputed the figure.";
const people = {} as Record<"ann" | "ben" | "eve", { userId: string; workspaceId: string }>;
let documentId: string;
let unitIds: string[];
const t0 = new Date("2026-12-01T12:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const status = (p: Promise<unknown>) =>
  p.then(
    () => 200,
    (e: unknown) => describeError(e).status,
  );

beforeAll(async () => {
  for (const name of ["ann", "ben", "eve"] as const) {
    const r = await signUpUser({ input: { name: name === "ann" ? "Ann Lee" : name, email: `${name}@presence.example.org`, password: "password-123" } });
    people[name] = { userId: r.user.id, workspaceId: r.workspace.id };
  }
  const { url } = await createInvitation(
    { userId: people.ann.userId, input: { workspaceId: people.ann.workspaceId, email: "ben@presence.example.org", role: "VIEWER" } },
    { baseUrl: "http://x", mailer: null },
  );
  await acceptInvitation({ userId: people.ben.userId, input: { token: url } });
  documentId = (
    await importDocument({ userId: people.ann.userId, input: { source: "paste", workspaceId: people.ann.workspaceId, title: "Budget", text: TEXT } })
  ).id;
  unitIds = (await db.unit.findMany({ where: { documentId }, orderBy: { start: "asc" }, select: { id: true } })).map((u) => u.id);
});
afterAll(async () => {
  await stopRealtime();
  await testDb.close();
});

describe("presence", () => {
  test("a heartbeat puts the person on the document with their selected claim; the answer lists everyone there", async () => {
    const seenByAnn = await heartbeatPresence({ userId: people.ann.userId, input: { documentId, connectionId: "tab-ann-1", unitId: unitIds[0] } }, { now: t0 });
    expect(seenByAnn).toEqual([{ userId: people.ann.userId, name: "Ann Lee", initials: "AL", unitId: unitIds[0], seenAt: t0.toISOString() }]);
    const seenByBen = await heartbeatPresence({ userId: people.ben.userId, input: { documentId, connectionId: "tab-ben-1" } }, { now: at(1_000) });
    expect(seenByBen.map((p) => [p.name, p.unitId])).toEqual([
      ["Ann Lee", unitIds[0]],
      ["ben", null],
    ]);
  });

  test("two tabs of one person are one entry, with the latest tab's selection", async () => {
    await heartbeatPresence({ userId: people.ann.userId, input: { documentId, connectionId: "tab-ann-2", unitId: unitIds[1] } }, { now: at(2_000) });
    const list = await listPresence({ userId: people.ben.userId, input: { documentId } }, { now: at(2_000) });
    expect(list.filter((p) => p.userId === people.ann.userId)).toEqual([expect.objectContaining({ unitId: unitIds[1] })]);
  });

  test(`a tab silent for more than ${PRESENCE_TTL_MS / 1000} s is gone, and its row pruned by the next heartbeat`, async () => {
    // Ann's tabs beat at 0 s and 2 s; Ben keeps beating.
    const later = at(2_000 + PRESENCE_TTL_MS + 1);
    const list = await heartbeatPresence({ userId: people.ben.userId, input: { documentId, connectionId: "tab-ben-1" } }, { now: later });
    expect(list.map((p) => p.name)).toEqual(["ben"]);
    expect(await db.presence.count({ where: { documentId, userId: people.ann.userId } })).toBe(0);
  });

  test("leaving removes the tab at once and tells the document's streams", async () => {
    const events: unknown[] = [];
    const stop = await subscribeToDocumentAndPresence(documentId, (e) => events.push(e));
    await leavePresence({ userId: people.ben.userId, input: { documentId, connectionId: "tab-ben-1" } });
    await new Promise((r) => setTimeout(r, 200));
    stop();
    expect(await listPresence({ userId: people.ben.userId, input: { documentId } })).toEqual([]);
    expect(events).toEqual([{ type: "presence", documentId }]);
  });

  test("a non-member gets 404 for heartbeat, list and leave, and leaves no row", async () => {
    expect(await status(heartbeatPresence({ userId: people.eve.userId, input: { documentId, connectionId: "tab-eve-1" } }))).toBe(404);
    expect(await status(listPresence({ userId: people.eve.userId, input: { documentId } }))).toBe(404);
    expect(await status(leavePresence({ userId: people.eve.userId, input: { documentId, connectionId: "tab-eve-1" } }))).toBe(404);
    expect(await db.presence.count({ where: { userId: people.eve.userId } })).toBe(0);
  });

  test("a claim of another document is 404; a malformed connection id is 400", async () => {
    const other = await importDocument({
      userId: people.ann.userId,
      input: { source: "paste", workspaceId: people.ann.workspaceId, title: "Other", text: TEXT },
    });
    const foreignUnit = (await db.unit.findFirstOrThrow({ where: { documentId: other.id } })).id;
    expect(await status(heartbeatPresence({ userId: people.ann.userId, input: { documentId, connectionId: "tab-ann-3", unitId: foreignUnit } }))).toBe(404);
    expect(await status(heartbeatPresence({ userId: people.ann.userId, input: { documentId, connectionId: "bad id!" } }))).toBe(400);
  });
});
