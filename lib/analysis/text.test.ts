import { describe, expect, test } from "vitest";
import { rng } from "../../bench/rng";
import { capitalAfterWord, firstTokens, spaceSplitCount, tokens, withTokenCache } from "./text";

// The hand-written scanners must answer exactly as the expressions they replace, on any
// text: random strings over an alphabet of the awkward cases (line breaks, Unicode spaces,
// astral capitals, lone surrogates), cut at random offsets.
const ALPHABET = ["a", "Z", "1", " ", "\n", "\r", "\t", "É", "é", "ß", "\u00a0", "\u2028", "𝐀", "𝐚", "😀", "\ud835", "\udc00", "٣", ".", ",", "’", "-"];

function randomCases(seed: number, count: number): Array<[string, number, number]> {
  const r = rng(seed);
  const out: Array<[string, number, number]> = [];
  for (let n = 0; n < count; n++) {
    let s = "";
    const len = Math.floor(r() * 14);
    for (let i = 0; i < len; i++) s += ALPHABET[Math.floor(r() * ALPHABET.length)];
    const a = Math.floor(r() * (s.length + 1));
    const b = a + Math.floor(r() * (s.length - a + 1));
    out.push([s, a, b]);
  }
  return out;
}

describe("text scanners equal the expressions they replace", () => {
  test("capitalAfterWord", () => {
    const wrong = randomCases(1, 20_000).filter(([s, a, b]) => capitalAfterWord(s, a, b) !== /[\p{L}\p{N}][^\n]*?\s\p{Lu}/u.test(s.slice(a, b)));
    expect(wrong).toEqual([]);
    expect(capitalAfterWord("it said. Then Anna", 0, 18)).toBe(true);
    expect(capitalAfterWord(" Anna", 0, 5)).toBe(false);
    expect(capitalAfterWord("it\nAnna", 0, 7)).toBe(true);
    expect(capitalAfterWord("it\n Anna", 0, 8)).toBe(false);
  });

  test("spaceSplitCount", () => {
    const wrong = randomCases(2, 20_000).filter(([s, a, b]) => {
      const n = s.slice(a, b).split(/\s+/).length;
      return spaceSplitCount(s, a, b) !== n || Math.min(spaceSplitCount(s, a, b, 2), 3) !== Math.min(n, 3);
    });
    expect(wrong).toEqual([]);
  });

  test("firstTokens is the first words of tokens(), cached text or not", () => {
    const text = "On Jan. 5 the U.S. envoy said: “we’ll see”, and l’Union agreed. Then Kim Jong-un left.";
    const check = (): void => {
      for (let a = 0; a < text.length; a += 3) {
        for (let b = a; b <= text.length; b += 7) {
          for (const n of [0, 1, 3, 6]) expect(firstTokens(text, a, b, n)).toEqual(tokens(text, a, b).slice(0, n));
        }
      }
    };
    check();
    withTokenCache(text, check);
  });
});
