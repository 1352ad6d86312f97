import { describe, expect, test } from "vitest";
import { assignSecondReviewers, balanceAssignments, previewLoad, type SecondReviewUnit } from "./assignment";

const who = (units: string[], reviewers: string[], load?: Record<string, number>, current?: Record<string, string>) =>
  balanceAssignments(units, reviewers, load, current).map((a) => `${a.unitId}:${a.assigneeId}`);

describe("balanceAssignments", () => {
  test.each<[string, string[], string[], Record<string, number>, string[]]>([
    ["round robin from an empty start", ["u1", "u2", "u3", "u4"], ["ann", "ben"], {}, ["u1:ann", "u2:ben", "u3:ann", "u4:ben"]],
    ["ties go to the reviewer named first", ["u1"], ["ben", "ann"], {}, ["u1:ben"]],
    ["an odd count: the first reviewers get one more", ["u1", "u2", "u3"], ["ann", "ben"], {}, ["u1:ann", "u2:ben", "u3:ann"]],
    ["existing load is filled up first", ["u1", "u2", "u3"], ["ann", "ben"], { ann: 2 }, ["u1:ben", "u2:ben", "u3:ann"]],
    ["load of people not named is ignored", ["u1", "u2"], ["ann", "ben"], { cat: 9 }, ["u1:ann", "u2:ben"]],
    ["one reviewer takes everything", ["u1", "u2"], ["ann"], { ann: 5 }, ["u1:ann", "u2:ann"]],
    ["three reviewers, uneven load", ["u1", "u2", "u3", "u4"], ["ann", "ben", "cat"], { ann: 1, ben: 3 }, ["u1:cat", "u2:ann", "u3:cat", "u4:ann"]],
    ["no units, no assignments", [], ["ann"], {}, []],
    ["no reviewers, no assignments", ["u1"], [], {}, []],
    ["duplicate ids count once", ["u1", "u1", "u2"], ["ann", "ann", "ben"], {}, ["u1:ann", "u2:ben"]],
  ])("%s", (_name, units, reviewers, load, expected) => {
    expect(who(units, reviewers, load)).toEqual(expected);
  });

  test("re-assigning a unit a reviewer already holds relieves them first", () => {
    // ann holds u1 (counted in her load of 1): it may stay with her rather than tipping to ben.
    expect(who(["u1"], ["ann", "ben"], { ann: 1 }, { u1: "ann" })).toEqual(["u1:ann"]);
    expect(who(["u1", "u2"], ["ann", "ben"], { ann: 2 }, { u1: "ann" })).toEqual(["u1:ben", "u2:ann"]);
  });

  test.each([5, 17, 100])("%i units over 3 reviewers: counts differ by at most one, deterministic", (n) => {
    const units = Array.from({ length: n }, (_, i) => `u${i}`);
    const a = balanceAssignments(units, ["r1", "r2", "r3"]);
    expect(balanceAssignments(units, ["r1", "r2", "r3"])).toEqual(a);
    const counts = ["r1", "r2", "r3"].map((r) => a.filter((x) => x.assigneeId === r).length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    expect(a.map((x) => x.unitId)).toEqual(units);
  });
});

describe("assignSecondReviewers", () => {
  const u = (unitId: string, firstReviewerId: string | null, currentSecondId?: string): SecondReviewUnit => ({ unitId, firstReviewerId, currentSecondId });
  const who = (units: SecondReviewUnit[], reviewers: string[], load?: Record<string, number>) => {
    const { assignments, unassigned } = assignSecondReviewers(units, reviewers, load);
    return { second: assignments.map((a) => `${a.unitId}:${a.assigneeId}`), unassigned };
  };

  test.each<[string, SecondReviewUnit[], string[], Record<string, number>, string[], string[]]>([
    ["never the first reviewer, even when they are the least loaded", [u("u1", "ann")], ["ann", "ben"], { ben: 5 }, ["u1:ben"], []],
    ["the least loaded other reviewer", [u("u1", "ann")], ["ann", "ben", "cat"], { ben: 2, cat: 1 }, ["u1:cat"], []],
    ["ties go to the reviewer named first", [u("u1", "cat")], ["ben", "ann", "cat"], {}, ["u1:ben"], []],
    ["hand-outs here count towards the load", [u("u1", "ann"), u("u2", "ann"), u("u3", "ann")], ["ann", "ben", "cat"], {}, ["u1:ben", "u2:cat", "u3:ben"], []],
    ["first reviewers spread over the team", [u("u1", "ann"), u("u2", "ben"), u("u3", "cat")], ["ann", "ben", "cat"], {}, ["u1:ben", "u2:ann", "u3:ann"], []],
    ["only the first reviewer offered: left unassigned", [u("u1", "ann"), u("u2", "ben")], ["ann"], {}, ["u2:ann"], ["u1"]],
    ["no reviewers: all unassigned", [u("u1", "ann")], [], {}, [], ["u1"]],
    ["a unit without a first reviewer takes anyone", [u("u1", null)], ["ann", "ben"], { ann: 1 }, ["u1:ben"], []],
    ["a current second reviewer is relieved first and may keep it", [u("u1", "ann", "ben")], ["ben", "cat"], { ben: 1, cat: 0 }, ["u1:ben"], []],
    ["duplicate units count once", [u("u1", "ann"), u("u1", "ann")], ["ann", "ben"], {}, ["u1:ben"], []],
  ])("%s", (_name, units, reviewers, load, second, unassigned) => {
    expect(who(units, reviewers, load)).toEqual({ second, unassigned });
  });

  test.each([6, 31])("%i units, first and second balanced in two passes: nobody reviews a claim twice, loads differ by at most one", (n) => {
    const units = Array.from({ length: n }, (_, i) => `u${i}`);
    const team = ["r1", "r2", "r3", "r4"];
    const first = balanceAssignments(units, team);
    const afterFirst = Object.fromEntries(previewLoad(first, team).map((p) => [p.reviewerId, p.total]));
    const { assignments: second, unassigned } = assignSecondReviewers(
      first.map((a) => ({ unitId: a.unitId, firstReviewerId: a.assigneeId })),
      team,
      afterFirst,
    );
    expect(unassigned).toEqual([]);
    const firstOf = new Map(first.map((a) => [a.unitId, a.assigneeId]));
    for (const a of second) expect(a.assigneeId).not.toBe(firstOf.get(a.unitId));
    const totals = previewLoad(second, team, afterFirst).map((p) => p.total);
    expect(totals.reduce((x, y) => x + y, 0)).toBe(2 * n);
    expect(Math.max(...totals) - Math.min(...totals)).toBeLessThanOrEqual(1);
  });
});

describe("previewLoad", () => {
  test("counts per reviewer, in the order offered, before anything is applied", () => {
    const assignments = [
      { unitId: "u1", assigneeId: "ben" },
      { unitId: "u2", assigneeId: "ben" },
      { unitId: "u3", assigneeId: "ann" },
    ];
    expect(previewLoad(assignments, ["cat", "ann", "ben"], { ann: 2, ben: 1, dan: 4 })).toEqual([
      { reviewerId: "cat", current: 0, added: 0, removed: 0, total: 0 },
      { reviewerId: "ann", current: 2, added: 1, removed: 0, total: 3 },
      { reviewerId: "ben", current: 1, added: 2, removed: 0, total: 3 },
    ]);
  });

  test("a unit moving between reviewers is added to one and removed from the other; one staying is neither", () => {
    const assignments = [
      { unitId: "u1", assigneeId: "ben" },
      { unitId: "u2", assigneeId: "ann" },
    ];
    expect(previewLoad(assignments, ["ann", "ben"], { ann: 2, ben: 0 }, { u1: "ann", u2: "ann" })).toEqual([
      { reviewerId: "ann", current: 2, added: 0, removed: 1, total: 1 },
      { reviewerId: "ben", current: 0, added: 1, removed: 0, total: 1 },
    ]);
  });

  test("it agrees with what balanceAssignments would do", () => {
    const load = { ann: 3, ben: 1 };
    const a = balanceAssignments(["u1", "u2", "u3", "u4"], ["ann", "ben", "cat"], load);
    expect(previewLoad(a, ["ann", "ben", "cat"], load).map((p) => p.total)).toEqual([3, 3, 2]);
  });
});
