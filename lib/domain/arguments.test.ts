import { describe, expect, test } from "vitest";
import { attackForQuestion, defaultRoles, reviewBlocker, structureProblems, unansweredQuestions, type StatementDraft } from "./arguments";
import { getScheme } from "./schemes";

const P = (text = "a premise"): StatementDraft => ({ role: "PREMISE", text });
const C: StatementDraft = { role: "CONCLUSION", unitId: "u1" };

describe("structureProblems", () => {
  test.each<[string, StatementDraft[], string[]]>([
    ["premise then conclusion", [P(), C], []],
    ["with an intermediate conclusion", [P(), { role: "INTERMEDIATE", text: "so" }, P(), C], []],
    ["no conclusion", [P(), P()], ["Pick the conclusion of the argument."]],
    ["two conclusions", [P(), C, C], ["An argument has exactly one conclusion."]],
    ["conclusion first", [C, P()], ["The conclusion comes last, after the premises."]],
    ["no premise", [C], ["An argument needs at least one premise."]],
    ["empty implicit premise", [P("  "), C], ["Each statement is a unit of the text or words you write."]],
    ["intermediate first", [{ role: "INTERMEDIATE", text: "x" }, P(), C], ["An intermediate conclusion follows at least one premise."]],
  ])("%s", (_name, statements, problems) => {
    expect(structureProblems(statements)).toEqual(problems);
  });
});

test("defaultRoles: the last unit picked is the conclusion", () => {
  expect(defaultRoles(3)).toEqual(["PREMISE", "PREMISE", "CONCLUSION"]);
});

describe("reviewing needs every critical question answered", () => {
  const expert = getScheme("expert-opinion")!;
  const all = expert.criticalQuestions.map((q) => ({ questionId: q.id }));

  test("unanswered questions are those without any answer", () => {
    expect(unansweredQuestions("expert-opinion", all.slice(1)).map((q) => q.id)).toEqual([expert.criticalQuestions[0]!.id]);
    expect(unansweredQuestions(null, [])).toEqual([]);
  });

  test("reviewBlocker names what is missing", () => {
    expect(reviewBlocker({ schemeId: "expert-opinion", statements: [P(), C], answers: all })).toBeNull();
    expect(reviewBlocker({ schemeId: "expert-opinion", statements: [P(), C], answers: all.slice(2) })).toBe(
      "Answer every critical question first (2 unanswered).",
    );
    expect(reviewBlocker({ schemeId: null, statements: [C], answers: [] })).toBe("An argument needs at least one premise.");
  });
});

describe("attackForQuestion", () => {
  const statements = [
    { id: "s1", role: "PREMISE" as const },
    { id: "s2", role: "PREMISE" as const },
    { id: "s3", role: "CONCLUSION" as const },
  ];
  test("a question on a premise undermines that premise", () => {
    expect(attackForQuestion("expert-opinion", "opinion", statements)).toEqual({ type: "UNDERMINES", statementId: "s2" });
  });
  test("a question on the inference undercuts", () => {
    expect(attackForQuestion("expert-opinion", "backup-evidence", statements)).toEqual({ type: "UNDERCUTS" });
  });
  test("a premise the reconstruction lacks: an undercut; an unknown question: nothing", () => {
    expect(attackForQuestion("expert-opinion", "opinion", statements.slice(1))).toEqual({ type: "UNDERCUTS" });
    expect(attackForQuestion("expert-opinion", "nope", statements)).toBeNull();
  });
});
