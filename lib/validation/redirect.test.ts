import { expect, test } from "vitest";
import { safeReturnPath } from "./redirect";

test.each([
  ["/documents/abc", "/documents/abc"],
  ["/documents?x=1", "/documents?x=1"],
  ["https://evil.example/", "/documents"],
  ["//evil.example/", "/documents"],
  ["/\\evil.example", "/documents"],
  ["javascript:alert(1)", "/documents"],
  [null, "/documents"],
])("%j -> %s", (input, expected) => {
  expect(safeReturnPath(input)).toBe(expected);
});
