// Merge then split (issue 13 bug 2): relations follow the words they were drawn to, and the
// Activity rows say which relations moved where; the claim card's history tells it in words
// (bug 3). Against PGlite, through the use cases.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { describeActivity, peopleMap, unitsMap } from "@/lib/domain/activity";
import { installTestDb } from "../testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { signUpUser } = await import("./sign-up-user");
const { importDocument } = await import("./import-document");
const { createRelation } = await import("./create-relation");
const { mergeUnits } = await import("./merge-units");
const { splitUnit } = await import("./split-unit");
const { updateRelation } = await import("./update-relation");
const { getUnitDetails } = await import("./get-unit-details");

const TEXT = "The minister said the budget rose by 12 percent. Critics disputed the figure. Parliament will vote in June.";
let userId: string;
let workspaceId: string;
let documentId: string;
let units: { id: string; version: number; start: number; end: number }[];

beforeAll(async () => {
  const ann = await signUpUser({ input: { name: "Ann", email: "ann@example.org", password: "password-1" } });
  userId = ann.user.id;
  workspaceId = ann.workspace.id;
});
beforeEach(async () => {
  documentId = (await importDocument({ userId, input: { source: "paste", workspaceId, title: "Budget", text: TEXT } })).id;
  await db.relation.deleteMany({ where: { documentId } });
  units = await db.unit.findMany({ where: { documentId }, orderBy: { start: "asc" } });
  expect(units).toHaveLength(3);
});
afterAll(() => testDb.close());

const relationsOf = () => db.relation.findMany({ where: { documentId }, orderBy: { createdAt: "asc" } });

describe("merge then split", () => {
  test("at the old boundary: each relation goes back to the half holding its words; the Activity rows say which", async () => {
    const [minister, critics, parliament] = units as [(typeof units)[0], (typeof units)[0], (typeof units)[0]];
    const toMinister = await createRelation({ userId, input: { documentId, fromId: parliament.id, toId: minister.id, type: "SUPPORTS" } });
    const fromCritics = await createRelation({ userId, input: { documentId, fromId: critics.id, toId: parliament.id, type: "ATTACKS" } });
    const toCritics = await createRelation({ userId, input: { documentId, fromId: parliament.id, toId: critics.id, type: "CITES" } });

    const merged = await mergeUnits({
      userId,
      input: { unitId: minister.id, version: minister.version, nextId: critics.id, nextVersion: critics.version },
    });
    expect((await relationsOf()).map((r) => [r.id, r.fromId, r.toId])).toEqual([
      [toMinister.id, parliament.id, minister.id],
      [fromCritics.id, minister.id, parliament.id],
      [toCritics.id, parliament.id, minister.id],
    ]);
    const mergeRow = await db.activity.findFirstOrThrow({ where: { action: "unit.merge", entityId: minister.id } });
    expect(mergeRow.before).toMatchObject({ exact: "The minister said the budget rose by 12 percent.", mergedExact: "Critics disputed the figure." });
    expect(mergeRow.after).toMatchObject({ movedRelationIds: [fromCritics.id, toCritics.id], droppedRelationIds: [] });

    const { first, second } = await splitUnit({ userId, input: { unitId: minister.id, version: merged.unit.version, at: critics.start } });
    expect([first.exact, second.exact]).toEqual(["The minister said the budget rose by 12 percent.", "Critics disputed the figure."]);
    expect((await relationsOf()).map((r) => [r.id, r.fromId, r.toId, r.fromAnchorStart, r.toAnchorStart])).toEqual([
      [toMinister.id, parliament.id, minister.id, null, null],
      [fromCritics.id, second.id, parliament.id, null, null],
      [toCritics.id, parliament.id, second.id, null, null],
    ]);
    const splitRow = await db.activity.findFirstOrThrow({ where: { action: "unit.split", entityId: minister.id } });
    expect(splitRow.after).toMatchObject({
      newUnitId: second.id,
      newExact: "Critics disputed the figure.",
      firstRelationIds: [toMinister.id],
      secondRelationIds: [fromCritics.id, toCritics.id],
    });
  });

  test("a relation between the merged units is dropped and recorded; a split without a merge keeps relations on the first half", async () => {
    const [minister, critics, parliament] = units as [(typeof units)[0], (typeof units)[0], (typeof units)[0]];
    const between = await createRelation({ userId, input: { documentId, fromId: critics.id, toId: minister.id, type: "ATTACKS" } });
    const kept = await createRelation({ userId, input: { documentId, fromId: parliament.id, toId: critics.id, type: "SUPPORTS" } });
    const merged = await mergeUnits({
      userId,
      input: { unitId: minister.id, version: minister.version, nextId: critics.id, nextVersion: critics.version },
    });
    expect((await relationsOf()).map((r) => r.id)).toEqual([kept.id]);
    const mergeRow = await db.activity.findFirstOrThrow({ where: { action: "unit.merge", entityId: minister.id } });
    expect(mergeRow.after).toMatchObject({ droppedRelationIds: [between.id] });

    // Parliament's unit was never merged: its relation is drawn to all of it and stays with the first half.
    const at = parliament.start + "Parliament will".length;
    const { second } = await splitUnit({ userId, input: { unitId: parliament.id, version: parliament.version, at } });
    expect(second.exact).toBe("vote in June.");
    expect(await db.relation.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({ fromId: parliament.id, toId: merged.unit.id });
  });
});

describe("the claim card's history", () => {
  test("holds the relations drawn to the claim and the merge and split, in words, with no ids", async () => {
    const [minister, critics, parliament] = units as [(typeof units)[0], (typeof units)[0], (typeof units)[0]];
    const r = await createRelation({ userId, input: { documentId, fromId: parliament.id, toId: critics.id, type: "SUPPORTS" } });
    await updateRelation({ userId, input: { relationId: r.id, type: "ATTACKS" } });
    await createRelation({ userId, input: { documentId, fromId: parliament.id, toId: minister.id, type: "CITES" } });
    const merged = await mergeUnits({
      userId,
      input: { unitId: minister.id, version: minister.version, nextId: critics.id, nextVersion: critics.version },
    });
    const { second } = await splitUnit({ userId, input: { unitId: minister.id, version: merged.unit.version, at: critics.start } });

    const details = await getUnitDetails({ userId, input: { unitId: minister.id } });
    const said = details.history.map(
      (h) => describeActivity(h, peopleMap(details.people), { units: unitsMap(details.units), subjectId: minister.id }).sentence,
    );
    expect(said).toEqual([
      "Ann split the claim in two: “The minister said the budget rose by 12 percent.” and “Critics disputed the figure.”; 1 relation went with “Critics disputed the figure.”",
      "Ann merged the next unit “Critics disputed the figure.” into the claim (1 relation came with it)",
      "Ann drew a relation: “Parliament will vote in June.” cites the claim",
    ]);
    expect(said.join("\n")).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);

    // The second half's history starts with the split that made it.
    const half = await getUnitDetails({ userId, input: { unitId: second.id } });
    expect(half.history.map((h) => describeActivity(h, peopleMap(half.people), { subjectId: second.id }).sentence)).toEqual([
      "Ann made the claim by splitting “The minister said the budget rose by 12 percent. Critics…” in two; 1 relation came with it",
    ]);

    // The other end's history has the relation rows too, named by the words of the claims.
    const other = await getUnitDetails({ userId, input: { unitId: parliament.id } });
    const theirs = other.history.map((h) => describeActivity(h, peopleMap(other.people), { units: unitsMap(other.units), subjectId: parliament.id }).sentence);
    expect(theirs).toEqual([
      "Ann drew a relation: the claim cites “The minister said the budget rose by 12 percent.”",
      "Ann changed the relation the claim supports a unit: supports → attacks",
      "Ann drew a relation: the claim supports a unit",
    ]);
  });
});
