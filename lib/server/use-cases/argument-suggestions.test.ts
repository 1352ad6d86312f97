// Scheme suggestions on the argument read (issue 16) against a real PGlite: computed from the
// statements' units, the attribution each quotation cites and the document's language; a read
// applies nothing.
import { afterAll, beforeAll, expect, test } from "vitest";
import { installTestDb } from "../testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { importText, seedTeam } = await import("../testing/fixtures");
const { createArgument } = await import("./create-argument");
const { getArgument } = await import("./get-argument");

type Team = import("../testing/fixtures").Team;
let team: Team;
let documentId: string;
const owner = () => team.members.OWNER.userId;
const TEXT = [
  "The harbour will close next year.",
  "The official representative of the Transport Ministry, Paul Brandt, stated: “The harbour will close in May, because the quay walls are failing.”",
  "The town has seen many changes over the years.",
].join("\n\n");

const unitWith = async (words: string) =>
  (await db.unit.findMany({ where: { documentId }, orderBy: { start: "asc" } })).find((u) => (u.text ?? u.quoteExact).includes(words))!.id;

beforeAll(async () => {
  team = await seedTeam("Suggest");
  documentId = await importText(owner(), team.workspaceId, "Harbour", TEXT);
});
afterAll(() => testDb.close());

test("a quoted official's argument gets position to know, with the office from the attribution; nothing is applied", async () => {
  const quote = await unitWith("quay walls are failing");
  const conclusion = await unitWith("The harbour will close next year.");
  const a = await createArgument({ userId: owner(), input: { documentId, statements: [{ unitId: quote }, { unitId: conclusion }] } });
  const read = await getArgument({ userId: team.members.VIEWER.userId, input: { argumentId: a.id } });
  expect(read.schemeId).toBeNull();
  expect(read.suggestedSchemes[0]).toMatchObject({ schemeId: "position-to-know" });
  expect(read.suggestedSchemes[0]!.signals[0]).toBe("speaker: Paul Brandt, “official representative” (office) → position to know");
  expect(read.suggestedSchemes.every((s) => s.confidence > 0 && s.confidence <= 1)).toBe(true);
  expect((await db.argument.findUniqueOrThrow({ where: { id: a.id } })).schemeId).toBeNull();
});

test("statements without signals get no suggestion", async () => {
  const plain = await unitWith("many changes");
  const a = await createArgument({
    userId: owner(),
    input: { documentId, statements: [{ text: "Towns change." }, { unitId: plain }] },
  });
  expect((await getArgument({ userId: owner(), input: { argumentId: a.id } })).suggestedSchemes).toEqual([]);
});
