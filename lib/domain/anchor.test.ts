import { describe, expect, test } from "vitest";
import { findQuote, textQuote } from "./anchor";

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
