import { expect, test } from "vitest";
import { ZUnitQuery } from "./unit-query";

test.each([
  [{}, { kinds: undefined, verdicts: undefined, statuses: undefined, assignee: undefined, sources: undefined, minCheckworthy: undefined }],
  [
    { kind: "claim,premise", verdict: "disputed", minCheckworthy: "0.5", sources: "with" },
    { kinds: ["CLAIM", "PREMISE"], verdicts: ["DISPUTED"], statuses: undefined, assignee: undefined, sources: "with", minCheckworthy: 0.5 },
  ],
])("%j parses to filters", (query, filters) => {
  expect(ZUnitQuery.parse(query)).toEqual(filters);
});

test.each([{ kind: "THEORY" }, { verdict: "true" }, { minCheckworthy: "2" }, { sources: "some" }])("refuses %j", (query) => {
  expect(ZUnitQuery.safeParse(query).success).toBe(false);
});
