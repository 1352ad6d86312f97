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
  // Browsers drop TAB and newlines from URLs and read a backslash as "/": each of these would leave the site.
  ["/\t/evil.example/", "/documents"],
  ["/\n/evil.example/", "/documents"],
  ["/\r\n/evil.example/", "/documents"],
  ["/\u0000/evil.example/", "/documents"],
  ["/%09/evil.example/", "/documents"],
  ["/%5c/evil.example", "/documents"],
  ["/documents\\..\\\\evil.example", "/documents"],
  // Resolved against this site's origin: still a path here, normalised.
  ["/documents/../settings/tokens", "/settings/tokens"],
  ["/documents/abc?unit=1#note", "/documents/abc?unit=1#note"],
])("%j -> %s", (input, expected) => {
  expect(safeReturnPath(input)).toBe(expected);
});
