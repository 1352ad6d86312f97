// Arguments (issue 16) against a real PGlite: reconstruction from units, structure rules, scoping
// to the document, versioned writes, the critical-question checklist gating "reviewed", and a
// failed question becoming an undercut or undermine, each write with its Activity row.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getScheme } from "@/lib/domain/schemes";
import { installTestDb } from "../testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { errorOf, importText, seedTeam } = await import("../testing/fixtures");
const { createArgument } = await import("./create-argument");
const { updateArgument } = await import("./update-argument");
const { deleteArgument } = await import("./delete-argument");
const { getArgument } = await import("./get-argument");
const { listArguments } = await import("./list-arguments");
const { answerCriticalQuestion } = await import("./answer-critical-question");
const { raiseObjection } = await import("./raise-objection");
const { deleteArgumentRelation } = await import("./delete-argument-relation");
const { deleteUnit } = await import("./delete-unit");

type Team = import("../testing/fixtures").Team;
let team: Team;
let other: Team;
let units: { id: string; quoteExact: string; version: number }[];
const owner = () => team.members.OWNER.userId;
const reviewer = () => team.members.REVIEWER.userId;

beforeAll(async () => {
  [team, other] = await Promise.all([seedTeam("Args"), seedTeam("Elsewhere")]);
  units = await db.unit.findMany({ where: { documentId: team.documentId }, orderBy: { start: "asc" } });
  expect(units.length).toBeGreaterThanOrEqual(3);
});
afterAll(() => testDb.close());

const reconstruct = (schemeId: string | null = "expert-opinion") =>
  createArgument({
    userId: owner(),
    input: {
      documentId: team.documentId,
      schemeId,
      statements: [{ unitId: units[0]!.id }, { text: "The minister knows the budget." }, { unitId: units[1]!.id }],
    },
  });

describe("reconstructing an argument", () => {
  test("units in order become premises and the last the conclusion; written words are implicit premises", async () => {
    const a = await reconstruct();
    expect(a.title).toMatch(/^Argument \d+$/);
    expect(a.version).toBe(1);
    expect(a.statements.map((s) => [s.role, s.implicit, s.unitId])).toEqual([
      ["PREMISE", false, units[0]!.id],
      ["PREMISE", true, null],
      ["CONCLUSION", false, units[1]!.id],
    ]);
    expect(a.statements[0]!.text).toBe(units[0]!.quoteExact);
    const row = await db.activity.findFirstOrThrow({ where: { entityId: a.id, action: "argument.create" } });
    expect(row.after).toMatchObject({ statements: 3, schemeId: "expert-opinion" });
    const listed = await listArguments({ userId: team.members.VIEWER.userId, input: { documentId: team.documentId } });
    expect(listed.arguments.map((x) => x.id)).toContain(a.id);
  });

  test.each([
    ["a unit id that names nothing", () => [{ unitId: "x" }, { unitId: units[1]!.id }], "Every statement's unit must be a unit of this document."],
    ["two conclusions", () => [{ unitId: units[0]!.id, role: "CONCLUSION" }, { unitId: units[1]!.id }], "An argument has exactly one conclusion."],
    [
      "both a unit and words",
      () => [{ unitId: units[0]!.id, text: "x" }, { unitId: units[1]!.id }],
      "A statement is either a unit of the text or words you write, not both.",
    ],
  ] as const)("refuses %s with a 400", async (_name, statements, message) => {
    const e = await errorOf(createArgument({ userId: owner(), input: { documentId: team.documentId, statements: statements() as never } }));
    expect(e).toMatchObject({ status: 400, message });
  });

  test("a unit of another document is refused like a unit that does not exist", async () => {
    const foreign = await db.unit.findFirstOrThrow({ where: { documentId: other.documentId } });
    const e = await errorOf(
      createArgument({ userId: owner(), input: { documentId: team.documentId, statements: [{ unitId: foreign.id }, { unitId: units[1]!.id }] } }),
    );
    expect(e).toMatchObject({ status: 400, message: "Every statement's unit must be a unit of this document." });
  });

  test("an unknown scheme is refused", async () => {
    const e = await errorOf(
      createArgument({ userId: owner(), input: { documentId: team.documentId, schemeId: "made-up", statements: [{ text: "p" }, { text: "c" }] } }),
    );
    expect(e).toMatchObject({ status: 400 });
  });

  test("a statement keeps its words when its unit is deleted", async () => {
    const docId = await importText(owner(), team.workspaceId, "Short-lived", "The minister said taxes fell. Critics disagreed strongly.");
    const [u1, u2] = await db.unit.findMany({ where: { documentId: docId }, orderBy: { start: "asc" } });
    const a = await createArgument({ userId: owner(), input: { documentId: docId, statements: [{ unitId: u1!.id }, { unitId: u2!.id }] } });
    await deleteUnit({ userId: owner(), input: { unitId: u1!.id, version: u1!.version } });
    const after = await getArgument({ userId: owner(), input: { argumentId: a.id } });
    expect(after.statements[0]).toMatchObject({ unitId: null, text: u1!.quoteExact });
  });
});

describe("versioned edits", () => {
  test("a stale version is a 409 with the current argument; nothing is overwritten", async () => {
    const a = await reconstruct();
    const moved = await updateArgument({
      userId: owner(),
      input: {
        argumentId: a.id,
        version: 1,
        statements: [a.statements[1]!, a.statements[0]!, a.statements[2]!].map(({ id, role, unitId, text, implicit }) => ({
          id,
          role,
          ...(implicit ? { text } : { unitId }),
        })),
      },
    });
    expect(moved.version).toBe(2);
    expect(moved.statements.map((s) => s.id)).toEqual([a.statements[1]!.id, a.statements[0]!.id, a.statements[2]!.id]);
    const e = await errorOf(updateArgument({ userId: owner(), input: { argumentId: a.id, version: 1, title: "Mine" } }));
    expect(e.status).toBe(409);
    expect((await getArgument({ userId: owner(), input: { argumentId: a.id } })).title).toBe(a.title);
    const stale = await errorOf(deleteArgument({ userId: owner(), input: { argumentId: a.id, version: 1 } }));
    expect(stale.status).toBe(409);
    await deleteArgument({ userId: owner(), input: { argumentId: a.id, version: 2 } });
    expect((await errorOf(getArgument({ userId: owner(), input: { argumentId: a.id } }))).status).toBe(404);
  });

  test("another workspace's member gets 404, a viewer 403", async () => {
    const a = await reconstruct();
    expect((await errorOf(getArgument({ userId: other.members.OWNER.userId, input: { argumentId: a.id } }))).status).toBe(404);
    expect((await errorOf(updateArgument({ userId: team.members.VIEWER.userId, input: { argumentId: a.id, version: 1, title: "x" } }))).status).toBe(403);
  });
});

describe("critical questions", () => {
  test("an argument with unanswered questions cannot be marked reviewed; answered, it can", async () => {
    const a = await reconstruct();
    const questions = getScheme("expert-opinion")!.criticalQuestions;
    const blocked = await errorOf(updateArgument({ userId: reviewer(), input: { argumentId: a.id, version: 1, status: "REVIEWED" } }));
    expect(blocked).toMatchObject({
      status: 400,
      message: `This argument cannot be marked reviewed yet: Answer every critical question first (${questions.length} unanswered).`,
    });
    let version = a.version;
    for (const q of questions) {
      const answered = await answerCriticalQuestion({
        userId: reviewer(),
        input: { argumentId: a.id, version, questionId: q.id, answer: "HOLDS", note: `Checked ${q.id}.` },
      });
      version = answered.version;
    }
    const reviewed = await updateArgument({ userId: reviewer(), input: { argumentId: a.id, version, status: "REVIEWED" } });
    expect(reviewed.status).toBe("REVIEWED");
    expect(reviewed.answers).toHaveLength(questions.length);
    // A new answer that is not "holds" takes the review back.
    const reopened = await answerCriticalQuestion({
      userId: reviewer(),
      input: { argumentId: a.id, version: reviewed.version, questionId: "field", answer: "UNKNOWN" },
    });
    expect(reopened.status).toBe("DRAFT");
  });

  test("a question of another scheme, or on an argument without a scheme, is refused", async () => {
    const a = await reconstruct();
    expect(
      await errorOf(answerCriticalQuestion({ userId: reviewer(), input: { argumentId: a.id, version: 1, questionId: "nope", answer: "HOLDS" } })),
    ).toMatchObject({ status: 400 });
    const bare = await reconstruct(null);
    expect(
      await errorOf(answerCriticalQuestion({ userId: reviewer(), input: { argumentId: bare.id, version: 1, questionId: "field", answer: "HOLDS" } })),
    ).toMatchObject({ status: 400 });
  });

  test("a failed question on the inference becomes an undercut, on a premise an undermine of that premise", async () => {
    const a = await reconstruct();
    const failed = await answerCriticalQuestion({
      userId: reviewer(),
      input: { argumentId: a.id, version: 1, questionId: "backup-evidence", answer: "FAILS", note: "No figures given." },
    });
    const { argument, relation } = await raiseObjection({
      userId: reviewer(),
      input: { argumentId: a.id, version: failed.version, questionId: "backup-evidence" },
    });
    expect(relation).toMatchObject({ type: "UNDERCUTS", to: { argumentId: a.id }, from: { text: "No figures given." }, questionId: "backup-evidence" });
    const undermine = await raiseObjection({
      userId: reviewer(),
      input: { argumentId: a.id, version: argument.version, questionId: "opinion", text: "He said no such thing." },
    });
    expect(undermine.relation).toMatchObject({ type: "UNDERMINES", to: { statementId: a.statements[1]!.id } });
    expect(undermine.argument.answers.find((x) => x.questionId === "opinion")?.answer).toBe("FAILS");
    expect(undermine.argument.relations.map((r) => r.type).sort()).toEqual(["UNDERCUTS", "UNDERMINES"]);
    const again = await errorOf(
      raiseObjection({ userId: reviewer(), input: { argumentId: a.id, version: undermine.argument.version, questionId: "opinion" } }),
    );
    expect(again.status).toBe(409);
    await deleteArgumentRelation({ userId: reviewer(), input: { relationId: relation.id } });
    expect((await getArgument({ userId: owner(), input: { argumentId: a.id } })).relations.map((r) => r.type)).toEqual(["UNDERMINES"]);
    const actions = (await db.activity.findMany({ where: { entityId: a.id }, orderBy: { createdAt: "asc" } })).map((r) => r.action);
    expect(actions).toEqual(["argument.create", "argument.answer", "argument.objection", "argument.objection", "argument.relation.delete"]);
  });
});
