// Issue 13 bug 3: a claim's history reads as sentences with names, labels and quoted words — no
// ids, offsets or action codes. The rows below are shaped like those lib/server writes.
import { describe, expect, test } from "vitest";
import { ACTIVITY_PHRASES, describeActivity, peopleMap, unitsMap, type ActivityRow } from "./activity";

const ANN = "0b7e7c52-6f0a-4b8e-9a51-1c2d3e4f5a6b";
const CLEO = "7d1f0c3e-2a4b-4c5d-8e6f-7a8b9c0d1e2f";
const SUBJECT = "11111111-2222-4333-8444-555555555555";
const OTHER = "99999999-8888-4777-8666-555555555555";
const NEW_HALF = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";
const people = peopleMap([
  { id: ANN, name: "Ann Editor" },
  { id: CLEO, name: "Cleo Reviewer" },
]);
const units = unitsMap([{ id: OTHER, words: "Critics disputed the figure." }]);
const row = (action: string, before: unknown, after: unknown): ActivityRow => ({ action, actorId: ANN, before, after });
const say = (r: ActivityRow) => {
  const d = describeActivity(r, people, { units, subjectId: SUBJECT });
  return [d.sentence, ...d.lines.map((l) => `${l.field}: ${l.before} → ${l.after}`)].join("\n");
};

/** Every row a unit's history can hold, as the use cases write it, and what people read. */
const HISTORY: [string, ActivityRow, string][] = [
  [
    "verdict",
    row(
      "unit.verdict",
      { verdict: "UNREVIEWED", rationale: null, status: "OPEN", version: 1 },
      { verdict: "DISPUTED", rationale: "The minutes say 9%.", status: "REVIEWED", version: 2 },
    ),
    "Ann Editor set the verdict of the claim: Unreviewed → Disputed\nstatus: Open → Reviewed\nrationale: none → “The minutes say 9%.”",
  ],
  [
    "assign",
    row("unit.assign", { assigneeId: null, status: "OPEN", version: 2 }, { assigneeId: CLEO, status: "IN_REVIEW", version: 3 }),
    "Ann Editor assigned the claim to Cleo Reviewer\nstatus: Open → In review",
  ],
  [
    "second reviewer",
    row("unit.assign", { secondAssigneeId: null, status: "IN_REVIEW", version: 3 }, { secondAssigneeId: CLEO, status: "IN_REVIEW", version: 4 }),
    "Ann Editor assigned the claim to Cleo Reviewer as second reviewer",
  ],
  [
    "unassign",
    row("unit.unassign", { assigneeId: CLEO, status: "IN_REVIEW", version: 4 }, { assigneeId: null, status: "OPEN", version: 5 }),
    "Ann Editor unassigned the claim (was Cleo Reviewer)\nstatus: In review → Open",
  ],
  ["start", row("unit.start", { status: "OPEN", version: 1 }, { status: "IN_REVIEW", version: 2 }), "Ann Editor started reviewing the claim"],
  ["approve", row("unit.approve", { status: "REVIEWED", version: 1 }, { status: "APPROVED", version: 2 }), "Ann Editor approved the claim"],
  ["reopen", row("unit.reopen", { status: "APPROVED", version: 1 }, { status: "OPEN", version: 2 }), "Ann Editor reopened the claim (was approved)"],
  [
    "kind and wording",
    row("unit.update", { kind: "CLAIM", text: null, version: 1 }, { kind: "PREMISE", text: "Budget up 12%", version: 2 }),
    "Ann Editor edited the claim: kind Claim → Premise\nwording: the exact words → “Budget up 12%”",
  ],
  [
    "merge",
    row(
      "unit.merge",
      {
        start: 0,
        end: 48,
        exact: "The minister said the budget rose.",
        mergedUnitId: OTHER,
        mergedStart: 49,
        mergedEnd: 77,
        mergedExact: "Critics disputed the figure.",
        verdict: "UNREVIEWED",
        mergedVerdict: "UNREVIEWED",
      },
      { start: 0, end: 77, version: 3, movedRelationIds: [NEW_HALF], droppedRelationIds: [] },
    ),
    "Ann Editor merged the next unit “Critics disputed the figure.” into the claim (1 relation came with it)",
  ],
  [
    "split",
    row(
      "unit.split",
      { start: 0, end: 77, version: 3 },
      {
        start: 0,
        end: 48,
        exact: "The minister said the budget rose.",
        newUnitId: NEW_HALF,
        newStart: 49,
        newEnd: 77,
        newExact: "Critics disputed the figure.",
        firstRelationIds: [],
        secondRelationIds: [OTHER, ANN],
        version: 4,
      },
    ),
    "Ann Editor split the claim in two: “The minister said the budget rose.” and “Critics disputed the figure.”; 2 relations went with “Critics disputed the figure.”",
  ],
  [
    "relation drawn to it",
    row("relation.create", null, { fromId: OTHER, toId: SUBJECT, type: "ATTACKS" }),
    "Ann Editor drew a relation: “Critics disputed the figure.” attacks the claim",
  ],
  [
    "relation changed",
    row("relation.update", { fromId: SUBJECT, toId: OTHER, type: "SUPPORTS" }, { type: "CITES" }),
    "Ann Editor changed the relation the claim supports “Critics disputed the figure.”: supports → cites",
  ],
  [
    "relation deleted",
    row("relation.delete", { fromId: SUBJECT, toId: NEW_HALF, type: "CITES", origin: "AUTO" }, null),
    "Ann Editor deleted the relation: the claim cites a unit",
  ],
  [
    "source attached",
    row("unit.source.attach", null, { sourceId: OTHER, title: "Budget statistics", url: "https://stats.example.org", stance: "REFUTES", reused: false }),
    "Ann Editor attached the source “Budget statistics” to the claim (refutes)",
  ],
  [
    "source detached",
    row("unit.source.detach", { sourceId: OTHER, title: "Budget statistics", stance: "REFUTES" }, null),
    "Ann Editor removed the source “Budget statistics” from the claim",
  ],
  ["comment", row("unit.comment.add", null, { commentId: OTHER, body: "Which year?" }), "Ann Editor commented on the claim: “Which year?”"],
  [
    "comment edited",
    row("unit.comment.edit", { commentId: OTHER, body: "Which year?" }, { commentId: OTHER, body: "Which year exactly?" }),
    "Ann Editor edited a comment on the claim\ncomment: “Which year?” → “Which year exactly?”",
  ],
  [
    "comment resolved",
    row("unit.comment.resolve", null, { commentId: OTHER, body: "Which year exactly?" }),
    "Ann Editor resolved the comment “Which year exactly?” on the claim",
  ],
  [
    "comment reopened",
    row("unit.comment.reopen", null, { commentId: OTHER, body: "Which year exactly?" }),
    "Ann Editor reopened the comment “Which year exactly?” on the claim",
  ],
  [
    "created",
    row("unit.create", null, { kind: "EVIDENCE", start: 12, end: 40, exact: "rose by 12 percent" }),
    "Ann Editor marked a new evidence “rose by 12 percent”",
  ],
  [
    "deleted",
    row("unit.delete", { kind: "CLAIM", start: 12, end: 40, exact: "rose by 12 percent", verdict: "UNREVIEWED", rationale: null }, null),
    "Ann Editor deleted the claim “rose by 12 percent”",
  ],
];

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const CODE = /\b(unit|relation|document|member|workspace|invitation|token)\.[a-z]/;
const ENUM = /\b[A-Z]{2,}(_[A-Z]+)*\b/;

describe("a claim's history", () => {
  test.each(HISTORY)("%s", (_name, r, words) => expect(say(r)).toBe(words));

  test.each(HISTORY)("%s: no id, offset, action code or enum code", (_name, r) => {
    const words = say(r);
    expect(words).not.toMatch(UUID);
    expect(words).not.toMatch(CODE);
    expect(words).not.toMatch(ENUM);
    // Offsets (12, 40, 48, 49, 77) never show; only numbers that are counts of things.
    expect(words.replace(/\d+ relations?|\d+%|12 percent/g, "")).not.toMatch(/\d/);
  });

  test("every phrase, on every row above, stays free of ids and codes", () => {
    for (const code of Object.keys(ACTIVITY_PHRASES)) {
      for (const [, r] of HISTORY) {
        const words = say({ ...r, action: code });
        expect(words, code).not.toMatch(UUID);
        expect(words, code).not.toMatch(CODE);
      }
    }
  });

  test("the second half's history tells where it came from", () => {
    const split = row(
      "unit.split",
      { start: 0, end: 77, exact: "The minister said the budget rose. Critics disputed the figure.", version: 3 },
      { newUnitId: SUBJECT, secondRelationIds: [OTHER] },
    );
    expect(say(split)).toBe(
      "Ann Editor made the claim by splitting “The minister said the budget rose. Critics disputed the…” in two; 1 relation came with it",
    );
  });

  test("rows written before the words were recorded still read plainly", () => {
    expect(say(row("unit.merge", { start: 0, end: 5, mergedUnitId: OTHER }, { start: 0, end: 9, version: 2 }))).toBe(
      "Ann Editor merged the next unit into the claim",
    );
    expect(say(row("unit.comment.resolve", null, { commentId: OTHER }))).toBe("Ann Editor resolved a comment on the claim");
    expect(say(row("relation.update", { type: "SUPPORTS" }, { type: "ATTACKS" }))).toBe("Ann Editor changed a relation: supports → attacks");
  });
});
