import { describe, expect, test } from "vitest";
import { findQuote, splitsCharacter, textQuote } from "./anchor";

const text = "NATO met in July. Russia objected. Later, NATO met in July again.";

describe("textQuote", () => {
  test("takes the exact words with context on both sides", () => {
    expect(textQuote(text, 18, 34, 5)).toEqual({ exact: "Russia objected.", prefix: "uly. ", suffix: " Late" });
  });

  test("context is cut at the ends of the text", () => {
    expect(textQuote(text, 0, 4, 5)).toEqual({ exact: "NATO", prefix: "", suffix: " met " });
  });

  test.each([
    [-1, 3],
    [3, 3],
    [0, text.length + 1],
  ])("refuses span %i-%i", (start, end) => {
    expect(() => textQuote(text, start, end)).toThrow(RangeError);
  });
});

describe("findQuote", () => {
  test("tells repeated words apart by their context", () => {
    const second = text.lastIndexOf("NATO met in July");
    const q = textQuote(text, second, second + 16);
    expect(findQuote(text, q)).toEqual({ start: second, end: second + 16 });
  });

  test("re-anchors after text is inserted before the span", () => {
    const q = textQuote(text, 18, 34);
    const edited = "Breaking: " + text;
    expect(findQuote(edited, q)).toEqual({ start: 28, end: 44 });
  });

  test("returns null when the words are gone", () => {
    expect(findQuote(text, { exact: "China agreed.", prefix: "", suffix: "" })).toBeNull();
  });
});

describe("characters outside the Basic Multilingual Plane (surrogate pairs)", () => {
  const text = "Budget 😀 rose 𝔸 by 12 percent 🎉 in 2024.";
  test("the context never holds half a character, whatever the context length", () => {
    for (let context = 0; context < 12; context++) {
      for (let start = 0; start < text.length; start++) {
        for (let end = start + 1; end <= text.length; end++) {
          if (splitsCharacter(text, start) || splitsCharacter(text, end)) continue;
          const q = textQuote(text, start, end, context);
          for (const part of [q.prefix, q.exact, q.suffix]) expect(part.isWellFormed()).toBe(true);
          expect(text.slice(start - q.prefix.length, start)).toBe(q.prefix);
          expect(text.slice(end, end + q.suffix.length)).toBe(q.suffix);
        }
      }
    }
  });
  test("a span that cuts a character in two is refused with a clear message", () => {
    const inside = text.indexOf("😀") + 1;
    expect(() => textQuote(text, inside, inside + 4)).toThrow(/inside a character/);
    expect(() => textQuote(text, 0, inside)).toThrow(/inside a character/);
  });
});
