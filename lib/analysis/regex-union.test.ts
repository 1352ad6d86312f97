import { expect, test } from "vitest";
import * as argument from "./lexicon-argument";
import { anyOf } from "./regex-union";

const SAMPLES = [
  "It is obvious that the plan failed.",
  "Of course, we must not give up.",
  "According to the ministry, examples of this abound, e.g. in Oslo.",
  "as shown by the figures",
  "nothing to see here",
  "",
];

test.each([
  ["evaluative phrases", argument.EVALUATIVE_PHRASES],
  ["evidence phrases", argument.EVIDENCE_PHRASES],
  ["boilerplate patterns", argument.BOILERPLATE_PATTERNS],
])("anyOf(%s) matches exactly where one of them does", (_, list) => {
  const patterns = list.map(([, re]) => re);
  const union = anyOf(patterns);
  expect(union).not.toBeNull();
  for (const s of SAMPLES) expect([s, union!.test(s)]).toEqual([s, patterns.some((re) => re.test(s))]);
});

test("anyOf refuses patterns it cannot join without changing them", () => {
  expect(anyOf([])).toBeNull();
  expect(anyOf([/a/i, /b/])).toBeNull();
  expect(anyOf([/a/g, /b/g])).toBeNull();
  expect(anyOf([/(a)\1/, /b/])).toBeNull();
  expect(anyOf([/(?<x>a)/, /b/])).toBeNull();
  expect(anyOf([/(?<!x)a/u, /^b$/u])?.source).toBe("(?:(?<!x)a)|(?:^b$)");
});
