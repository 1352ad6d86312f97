import { describe, expect, test } from "vitest";
import { balanceAssignments } from "./assignment";

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
