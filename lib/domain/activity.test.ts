import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { ACTIVITY_PHRASES, activityFilterOptions, describeActivity, matchesActionFilter, snippet } from "./activity";
import { EXAMPLES, people, row } from "./activity-examples";

/** Every action code written by the server: the strings on `action:` / `action =` lines of lib/server (tests excluded). */
function actionCodesInServer(): string[] {
  const root = path.join(process.cwd(), "lib", "server");
  const files = (readdirSync(root, { recursive: true }) as string[]).filter(
    (f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.split(path.sep).includes("testing"),
  );
  const codes = new Set<string>();
  for (const file of files) {
    for (const line of readFileSync(path.join(root, file), "utf8").split("\n")) {
      if (!/\baction\s*[:=]/.test(line)) continue;
      for (const m of line.matchAll(/"([a-z][a-z-]*(?:\.[a-z-]+)+)"/g)) codes.add(m[1]!);
    }
  }
  return [...codes].sort();
}

describe("every action code the server writes", () => {
  const codes = actionCodesInServer();

  test("the scan finds the codes (a sanity check of the scan itself)", () => {
    expect(codes).toEqual(expect.arrayContaining(["unit.verdict", "unit.assign", "unit.comment.add", "document.import", "workspace.claim", "token.revoke"]));
  });

  test.each(codes)("%s has a phrase and an example (activity-examples.ts)", (code) => {
    expect(ACTIVITY_PHRASES[code], `add a phrase for "${code}" to lib/domain/activity-unit-phrases.ts or activity-team-phrases.ts`).toBeTypeOf("function");
    expect(
      EXAMPLES.some(([c]) => c === code),
      `add an example row for "${code}" to EXAMPLES`,
    ).toBe(true);
  });
});

describe("sentences", () => {
  test.each(EXAMPLES)("%s", (_code, r, sentence) => {
    const d = describeActivity(r, people);
    expect(d.sentence).toBe(sentence);
  });

  test.each<[string, unknown, unknown, string]>([
    ["reassigned", { assigneeId: "u-ben" }, { assigneeId: "u-cleo" }, "Ann reassigned the claim from Ben to Cleo"],
    ["unassigned", { assigneeId: "u-ben" }, { assigneeId: null }, "Ann unassigned the claim (was Ben)"],
    ["kept", { assigneeId: "u-ben" }, { assigneeId: "u-ben" }, "Ann kept the claim with Ben"],
    ["a member who left", { assigneeId: null }, { assigneeId: "u-gone" }, "Ann assigned the claim to a former member"],
  ])("assignments: %s", (_name, before, after, sentence) => {
    expect(describeActivity(row("unit.assign", before, after), people).sentence).toBe(sentence);
  });

  test("an assignment sent as a unit update reads as an assignment", () => {
    const d = describeActivity(row("unit.update", { assigneeId: null, version: 1 }, { assigneeId: "u-ben", version: 2 }), people);
    expect(d.sentence).toBe("Ann assigned the claim to Ben");
  });

  test("the status change of an assignment goes on a line", () => {
    const d = describeActivity(EXAMPLES.find(([c]) => c === "unit.assign")![1], people);
    expect(d.lines).toEqual([{ field: "status", before: "Open", after: "In review" }]);
  });

  test("long texts go on lines of their own, short changes into the sentence", () => {
    const d = describeActivity(
      row("unit.update", { kind: "CLAIM", text: null, status: "OPEN" }, { kind: "PREMISE", text: "Taxes rose by 12%.", status: "IN_REVIEW" }),
      people,
    );
    expect(d.sentence).toBe("Ann edited the claim: status Open → In review, kind Claim → Premise");
    expect(d.lines).toEqual([{ field: "wording", before: "the exact words", after: "“Taxes rose by 12%.”" }]);
  });

  test("a verdict keeps its rationale on a line; a rationale-only save says so", () => {
    expect(describeActivity(EXAMPLES.find(([c]) => c === "unit.verdict")![1], people).lines).toEqual([
      { field: "rationale", before: "none", after: "“The minutes say 9%.”" },
    ]);
    const d = describeActivity(row("unit.verdict", { verdict: "DISPUTED", rationale: "a" }, { verdict: "DISPUTED", rationale: "b" }), people);
    expect(d.text).toBe("edited the rationale of the claim");
  });

  test("the edited comment's old and new words are a line", () => {
    expect(describeActivity(row("unit.comment.edit", { body: "old" }, { body: "new" }), people).lines).toEqual([
      { field: "comment", before: "“old”", after: "“new”" },
    ]);
  });

  test("the claim's words name it when the feed knows them", () => {
    const d = describeActivity(row("unit.assign", { assigneeId: null }, { assigneeId: "u-cleo" }), people, {
      claim: "The budget rose by 12 percent in 2023, the minister told parliament on Tuesday.",
    });
    expect(d.sentence).toBe("Ann assigned “The budget rose by 12 percent in 2023, the minister told…” to Cleo");
  });

  test("the system, and people no longer known", () => {
    expect(describeActivity(row("workspace.create", null, { name: "Demo" }, null), people).actor).toBe("Warrant");
    expect(describeActivity(row("unit.split", null, null, "u-gone"), people).sentence).toBe("A former member split the claim in two");
  });

  test("codes no phrase knows still read: their changed fields, or that something changed", () => {
    expect(describeActivity(row("unit.escalate", { status: "REVIEWED" }, { status: "APPROVED" }), people).sentence).toBe(
      "Ann changed the claim: status Reviewed → Approved",
    );
    expect(describeActivity(row("invitation.resend", null, { email: "x@example.org" }), people).sentence).toBe("Ann made a change");
    expect(describeActivity(row("unit.escalate", { status: "REVIEWED" }, { status: "SECOND_LOOK" }), people).sentence).toContain("Reviewed → Second look");
  });

  test("malformed rows give plain sentences, never an exception", () => {
    for (const code of Object.keys(ACTIVITY_PHRASES)) {
      for (const junk of [null, "text", 42, [1, 2], { verdict: 7, assigneeId: {}, title: ["x"], units: "many" }]) {
        expect(describeActivity(row(code, junk, junk), people).sentence).toMatch(/^Ann \S/);
      }
    }
  });
});

describe("snippets", () => {
  test.each([
    ["short", "short"],
    ["  spaces\n\nand   lines ", "spaces and lines"],
    ["word ".repeat(30), `${"word ".repeat(15).trim()}…`],
    ["x".repeat(100), `${"x".repeat(79)}…`],
  ])("%j", (input, out) => {
    expect(snippet(input)).toBe(out);
    expect(snippet(input).length).toBeLessThanOrEqual(80);
  });
});

describe("action filters", () => {
  test.each<[string, string, boolean]>([
    ["unit.comment.add", "unit.comment", true],
    ["unit.comment", "unit.comment", true],
    ["unit.commentary", "unit.comment", false],
    ["unit.verdict", "unit.assign, unit.verdict", true],
    ["document.map-layout.reset", "document", true],
    ["unit.verdict", "", false],
  ])("%s matches %j: %s", (code, filter, matches) => {
    expect(matchesActionFilter(code, filter)).toBe(matches);
  });

  test("options: the families present, then codes outside every family", () => {
    expect(activityFilterOptions(["unit.verdict", "unit.comment.add", "unit.comment.edit", "unit.escalate"])).toEqual([
      { value: "unit.verdict", label: "Verdicts" },
      { value: "unit.comment", label: "Comments" },
      { value: "unit.escalate", label: "Unit escalate" },
    ]);
    expect(activityFilterOptions([])).toEqual([]);
  });
});
