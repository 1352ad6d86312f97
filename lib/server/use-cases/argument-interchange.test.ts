// Arguments through the database and back (issue 16): reconstructed, answered and objected to,
// exported as Warrant JSON (lossless), as Argdown and as AIF, re-imported into another workspace.
import { afterAll, beforeAll, expect, test } from "vitest";
import type { ArgumentView } from "@/lib/domain/arguments";
import { parseArgdownModel } from "@/lib/formats/argdown-import";
import { aifCounts } from "@/lib/formats/aif-round-trip";
import { installTestDb } from "../testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { seedTeam } = await import("../testing/fixtures");
const { createArgument } = await import("./create-argument");
const { answerCriticalQuestion } = await import("./answer-critical-question");
const { raiseObjection } = await import("./raise-objection");
const { exportDocument } = await import("./export-document");
const { importDocument } = await import("./import-document");
const { listArguments } = await import("./list-arguments");

type Team = import("../testing/fixtures").Team;
let team: Team;
let other: Team;
const baseUrl = "http://warrant.test";

beforeAll(async () => {
  [team, other] = await Promise.all([seedTeam("Export"), seedTeam("Import")]);
  const units = await db.unit.findMany({ where: { documentId: team.documentId }, orderBy: { start: "asc" } });
  const userId = team.members.OWNER.userId;
  const a = await createArgument({
    userId,
    input: {
      documentId: team.documentId,
      title: "The minister's figure",
      schemeId: "expert-opinion",
      statements: [{ unitId: units[0]!.id }, { text: "The minister knows the budget." }, { unitId: units[1]!.id }],
    },
  });
  const answered = await answerCriticalQuestion({ userId, input: { argumentId: a.id, version: 1, questionId: "field", answer: "HOLDS", note: "Finance." } });
  const undercut = await raiseObjection({
    userId,
    input: { argumentId: a.id, version: answered.version, questionId: "backup-evidence", text: "No table given." },
  });
  await raiseObjection({ userId, input: { argumentId: a.id, version: undercut.argument.version, questionId: "opinion", text: "He never said it." } });
});
afterAll(() => testDb.close());

/** What must survive a round trip: everything but ids and times. */
const essence = (list: ArgumentView[]) =>
  list.map((a) => ({
    title: a.title,
    schemeId: a.schemeId,
    status: a.status,
    statements: a.statements.map((s) => ({ role: s.role, text: s.text, implicit: s.implicit, anchored: s.unitId !== null })),
    answers: a.answers.map((x) => ({ questionId: x.questionId, answer: x.answer, note: x.note })).sort((x, y) => x.questionId.localeCompare(y.questionId)),
    relations: a.relations.map((r) => ({
      type: r.type,
      text: r.from.text,
      questionId: r.questionId,
      toPremise: r.to.statementId ? a.statements.findIndex((s) => s.id === r.to.statementId) : null,
    })),
  }));

async function roundTrip(format: "json" | "argdown" | "aif") {
  const { body } = await exportDocument({ userId: team.members.OWNER.userId, input: { documentId: team.documentId, format } }, { baseUrl });
  const imported = await importDocument({
    userId: other.members.OWNER.userId,
    input: { source: "argument", workspaceId: other.workspaceId, format, content: body },
  });
  const [before, after] = await Promise.all([
    listArguments({ userId: team.members.OWNER.userId, input: { documentId: team.documentId } }),
    listArguments({ userId: other.members.OWNER.userId, input: { documentId: imported.id } }),
  ]);
  return { body, before: before.arguments, after: after.arguments };
}

test("Warrant JSON keeps arguments whole: structure, scheme, answers, undercut and undermine with their words", async () => {
  const { before, after } = await roundTrip("json");
  expect(essence(after)).toEqual(essence(before));
  expect(
    essence(after)[0]!
      .relations.map((r) => r.type)
      .sort(),
  ).toEqual(["UNDERCUTS", "UNDERMINES"]);
});

test("Argdown keeps the argument, its scheme, structure and answers; @argdown/core reads the same counts again", async () => {
  const { body, before, after } = await roundTrip("argdown");
  const [b, a] = [essence(before)[0]!, essence(after)[0]!];
  expect({ ...a, relations: undefined }).toEqual({ ...b, relations: undefined });
  const count = (text: string) => {
    const m = parseArgdownModel(text);
    return [Object.keys(m.statements ?? {}).length, Object.keys(m.arguments ?? {}).length, (m.relations ?? []).length];
  };
  const again = await exportDocument({ userId: other.members.OWNER.userId, input: { documentId: after[0]!.documentId, format: "argdown" } }, { baseUrl });
  expect(count(again.body)).toEqual(count(body));
});

test("AIF keeps arguments whole through the database: the RA named by scheme, the undercut on the RA, the undermine on the premise", async () => {
  const { body, before, after } = await roundTrip("aif");
  expect(essence(after)).toEqual(essence(before));
  const aif = JSON.parse(body) as { nodes: { nodeID: string; type: string; text: string }[]; edges: { fromID: string; toID: string }[] };
  const ra = aif.nodes.find((n) => n.type === "RA" && n.text === "Expert Opinion")!;
  const cas = aif.edges.filter((e) => e.toID === ra.nodeID).map((e) => aif.nodes.find((n) => n.nodeID === e.fromID)!);
  expect(cas.map((n) => n.type).sort()).toEqual(["CA", "I", "I"]); // the undercut and two premises
  const again = await exportDocument({ userId: other.members.OWNER.userId, input: { documentId: after[0]!.documentId, format: "aif" } }, { baseUrl });
  expect(aifCounts(JSON.parse(again.body))).toEqual(aifCounts(aif));
});
