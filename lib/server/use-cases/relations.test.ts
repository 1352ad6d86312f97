import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { describeError } from "../errors";
import { installTestDb } from "../testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { signUpUser } = await import("./sign-up-user");
const { seedDemoWorkspace } = await import("./seed-demo-workspace");
const { createRelation } = await import("./create-relation");
const { updateRelation } = await import("./update-relation");
const { deleteRelation } = await import("./delete-relation");
const { saveMapLayout } = await import("./save-map-layout");
const { getArgumentMap } = await import("./get-argument-map");
const { joinByInvitation } = await import("../testing/fixtures");

const password = "correct horse battery";
let alice: Awaited<ReturnType<typeof signUpUser>>;
let bob: Awaited<ReturnType<typeof signUpUser>>;
let viewer: Awaited<ReturnType<typeof signUpUser>>;
let doc: { id: string; units: { id: string }[] };
let bobDoc: { id: string; units: { id: string }[] };

beforeAll(async () => {
  await seedDemoWorkspace();
  alice = await signUpUser({ input: { name: "Alice", email: "alice@example.org", password } });
  bob = await signUpUser({ input: { name: "Bob", email: "bob@example.org", password } });
  viewer = await signUpUser({ input: { name: "Vera", email: "vera@example.org", password } });
  await joinByInvitation({ userId: alice.user.id }, alice.workspace.id, { userId: viewer.user.id, email: "vera@example.org" }, "VIEWER");
  const load = (workspaceId: string) =>
    db.document.findFirstOrThrow({ where: { workspaceId }, include: { units: { orderBy: { start: "asc" }, select: { id: true } } } });
  doc = await load(alice.workspace.id);
  bobDoc = await load(bob.workspace.id);
});
afterAll(() => testDb.close());

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    return describeError(e).body.error.code;
  }
}
const statusOf = async (p: Promise<unknown>) =>
  p.then(
    () => 200,
    (e: unknown) => describeError(e).status,
  );

describe("createRelation", () => {
  test("creates a manual relation with its Activity row", async () => {
    const [a, b] = [doc.units[1]!.id, doc.units[2]!.id];
    const r = await createRelation({ userId: alice.user.id, input: { documentId: doc.id, fromId: a, toId: b, type: "ATTACKS" } });
    expect(r).toMatchObject({ fromId: a, toId: b, type: "ATTACKS", origin: "MANUAL" });
    expect(await db.relation.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({ documentId: doc.id });
    const activity = await db.activity.findFirstOrThrow({ where: { entityId: r.id, action: "relation.create" } });
    expect(activity).toMatchObject({ actorId: alice.user.id, documentId: doc.id, after: { fromId: a, toId: b, type: "ATTACKS" } });
    // The same edge twice is a conflict, and nothing more is written.
    const activities = await db.activity.count();
    expect(await statusOf(createRelation({ userId: alice.user.id, input: { documentId: doc.id, fromId: a, toId: b, type: "ATTACKS" } }))).toBe(409);
    expect(await db.activity.count()).toBe(activities);
  });

  test.each([
    ["a self-loop", () => ({ fromId: doc.units[3]!.id, toId: doc.units[3]!.id, type: "SUPPORTS" }), 400],
    ["a unit of another document", () => ({ fromId: doc.units[3]!.id, toId: bobDoc.units[0]!.id, type: "SUPPORTS" }), 400],
    ["a unit that does not exist", () => ({ fromId: doc.units[3]!.id, toId: "nope", type: "SUPPORTS" }), 400],
    ["an unknown type", () => ({ fromId: doc.units[3]!.id, toId: doc.units[4]!.id, type: "LIKES" }), 400],
    ["missing ends", () => ({ type: "SUPPORTS" }), 400],
  ])("refuses %s", async (_name, input, status) => {
    const before = await db.relation.count();
    expect(await statusOf(createRelation({ userId: alice.user.id, input: { ...input(), documentId: doc.id } }))).toBe(status);
    expect(await db.relation.count()).toBe(before);
  });

  test("another workspace's document is NOT_FOUND; a viewer is FORBIDDEN", async () => {
    const input = { fromId: doc.units[5]!.id, toId: doc.units[6]!.id, type: "SUPPORTS" as const };
    expect(await codeOf(createRelation({ userId: bob.user.id, input: { ...input, documentId: doc.id } }))).toBe("NOT_FOUND");
    expect(await codeOf(createRelation({ userId: viewer.user.id, input: { ...input, documentId: doc.id } }))).toBe("FORBIDDEN");
  });
});

describe("updateRelation and deleteRelation", () => {
  async function fresh() {
    return createRelation({ userId: alice.user.id, input: { documentId: doc.id, fromId: doc.units[7]!.id, toId: doc.units[8]!.id, type: "SUPPORTS" } });
  }

  test("changes the type, refuses a stale expected type and a clash with an existing edge", async () => {
    const r = await fresh();
    const updated = await updateRelation({ userId: alice.user.id, input: { relationId: r.id, type: "ATTACKS", expectedType: "SUPPORTS" } });
    expect(updated.type).toBe("ATTACKS");
    expect(await db.activity.findFirst({ where: { entityId: r.id, action: "relation.update" } })).toMatchObject({
      before: { type: "SUPPORTS" },
      after: { type: "ATTACKS" },
    });
    expect(await codeOf(updateRelation({ userId: alice.user.id, input: { relationId: r.id, type: "CITES", expectedType: "SUPPORTS" } }))).toBe(
      "VERSION_CONFLICT",
    );
    const other = await fresh();
    expect(await codeOf(updateRelation({ userId: alice.user.id, input: { relationId: other.id, type: "ATTACKS" } }))).toBe("CONFLICT");
    await deleteRelation({ userId: alice.user.id, input: { relationId: r.id } });
    await deleteRelation({ userId: alice.user.id, input: { relationId: other.id } });
  });

  test("deletes with an Activity row that remembers the edge; a second delete is NOT_FOUND", async () => {
    const r = await fresh();
    expect(await codeOf(deleteRelation({ userId: bob.user.id, input: { relationId: r.id } }))).toBe("NOT_FOUND");
    expect(await codeOf(deleteRelation({ userId: viewer.user.id, input: { relationId: r.id } }))).toBe("FORBIDDEN");
    expect(await codeOf(updateRelation({ userId: bob.user.id, input: { relationId: r.id, type: "CITES" } }))).toBe("NOT_FOUND");
    await deleteRelation({ userId: alice.user.id, input: { relationId: r.id } });
    expect(await db.relation.findUnique({ where: { id: r.id } })).toBeNull();
    expect(await db.activity.findFirst({ where: { entityId: r.id, action: "relation.delete" } })).toMatchObject({ before: { type: "SUPPORTS" } });
    expect(await codeOf(deleteRelation({ userId: alice.user.id, input: { relationId: r.id } }))).toBe("NOT_FOUND");
  });
});

describe("saveMapLayout and getArgumentMap", () => {
  test("merges dragged positions, drops foreign ids, replaces on reset; the map reads them back", async () => {
    const [a, b] = [doc.units[0]!.id, doc.units[1]!.id];
    await saveMapLayout({ userId: alice.user.id, input: { documentId: doc.id, positions: { [a]: { x: 10.4, y: 20 } } } });
    const merged = await saveMapLayout({
      userId: alice.user.id,
      input: { documentId: doc.id, positions: { [b]: { x: 1, y: 2 }, [bobDoc.units[0]!.id]: { x: 3, y: 4 } } },
    });
    expect(merged).toEqual({ [a]: { x: 10, y: 20 }, [b]: { x: 1, y: 2 } });
    expect((await getArgumentMap({ userId: alice.user.id, input: { documentId: doc.id } })).positions).toEqual(merged);
    expect(await saveMapLayout({ userId: alice.user.id, input: { documentId: doc.id, positions: {}, replace: true } })).toEqual({});
    expect(await db.activity.count({ where: { entityId: doc.id, action: { startsWith: "document.map-layout" } } })).toBe(3);
  });

  test("keeps positions of the document's arguments, their statements and objections; drops other documents' and unknown ones", async () => {
    const { createArgument } = await import("./create-argument");
    const mine = await createArgument({
      userId: alice.user.id,
      input: { documentId: doc.id, statements: [{ unitId: doc.units[2]!.id }, { text: "An unstated premise." }, { unitId: doc.units[3]!.id }] },
    });
    const theirs = await createArgument({
      userId: bob.user.id,
      input: { documentId: bobDoc.id, statements: [{ unitId: bobDoc.units[0]!.id }, { unitId: bobDoc.units[1]!.id }] },
    });
    const implicit = mine.statements.find((s) => !s.unitId)!;
    const p = { x: 5, y: 6 };
    const saved = await saveMapLayout({
      userId: alice.user.id,
      input: {
        documentId: doc.id,
        replace: true,
        positions: {
          [`arg:${mine.id}`]: p,
          [`arg:${mine.id}:1`]: p,
          [`stmt:${implicit.id}`]: p,
          [`arg:${theirs.id}`]: p,
          [`stmt:${theirs.statements[0]!.id}`]: p,
          [`obj:${theirs.id}`]: p,
          "arg:": p,
        },
      },
    });
    expect(Object.keys(saved).sort()).toEqual([`arg:${mine.id}`, `arg:${mine.id}:1`, `stmt:${implicit.id}`].sort());
    await saveMapLayout({ userId: alice.user.id, input: { documentId: doc.id, positions: {}, replace: true } });
  });

  test.each([[{ positions: { x: { x: Infinity, y: 0 } } }], [{ positions: { x: { x: "1", y: 0 } } }], [{ positions: "nope" }]])(
    "refuses bad positions %j",
    async (input) => {
      expect(await codeOf(saveMapLayout({ userId: alice.user.id, input: { ...(input as object), documentId: doc.id } }))).toBe("VALIDATION");
    },
  );

  test("the map is the shared ArgumentMap model; outsiders get NOT_FOUND, viewers may read but not arrange", async () => {
    await createRelation({ userId: alice.user.id, input: { documentId: doc.id, fromId: doc.units[9]!.id, toId: doc.units[10]!.id, type: "ATTACKS" } });
    const { map, role } = await getArgumentMap({ userId: viewer.user.id, input: { documentId: doc.id } });
    expect(role).toBe("VIEWER");
    expect(map.format).toBe("warrant.argument-map");
    expect(map.nodes.length).toBeGreaterThan(10);
    expect(map.edges.some((e) => e.type === "ATTACKS" && e.origin === "MANUAL")).toBe(true);
    expect(await codeOf(getArgumentMap({ userId: bob.user.id, input: { documentId: doc.id } }))).toBe("NOT_FOUND");
    expect(await codeOf(saveMapLayout({ userId: viewer.user.id, input: { documentId: doc.id, positions: {} } }))).toBe("FORBIDDEN");
    expect(await codeOf(saveMapLayout({ userId: bob.user.id, input: { documentId: doc.id, positions: {} } }))).toBe("NOT_FOUND");
  });
});
