import { describe, expect, test } from "vitest";
import { quotedSnippet, truncate } from "./snippet";

describe("snippets", () => {
  test("truncate cuts with an ellipsis", () => {
    expect(truncate("abcdef", 4)).toBe("abc…");
    expect(truncate("abc", 4)).toBe("abc");
  });

  test.each([
    ["The budget rose by 12 percent.", "“The budget rose by 12 percent.”"],
    ["“It is simply wrong,” said one member.", "“It is simply wrong,” said one member."],
    ['"It is simply wrong," said one member.', '"It is simply wrong," said one member.'],
    ["«Это неправда», сказал он.", "«Это неправда», сказал он."],
    ["  padded  ", "“padded”"],
  ])("quotedSnippet(%j) never doubles quotation marks", (text, shown) => {
    expect(quotedSnippet(text, 90)).toBe(shown);
  });
});
