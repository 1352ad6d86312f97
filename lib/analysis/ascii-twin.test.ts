import { describe, expect, it } from "vitest";
import { asciiTwin } from "./ascii-twin";
import { lexiconFor } from "./lexicons";
import { isPlain } from "./text-index";

const PLAIN = [
  "Exports rose by 45% in 2023, to 3.5 million tonnes; the 21st summit took place on the 2nd of May.",
  "Twelve thousand dollars - “twenty years” - 7. Juni 2015, 15 de octubre de 2023, the 3rd time, 1er mai.",
  "Since 1999 about 80 people (2,5 per cent) came 10 times; 4th, 12th and 101st of 10.000 euros.",
];

const all = (re: RegExp, s: string): string[] =>
  [...s.matchAll(new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`))].map((m) => `${m.index}:${m[0]}`);

describe("asciiTwin", () => {
  it("matches what the u-flag pattern matches on plain text", () => {
    for (const lang of ["en", "de", "fr", "es", "ru"]) {
      const lex = lexiconFor(lang);
      for (const re of [lex.quantity, lex.ordinal, lex.date, lex.numberWord, lex.timeWord, lex.comparative]) {
        if (!re) continue;
        const twin = asciiTwin(re);
        if (!twin) continue;
        expect(twin.flags).not.toContain("u");
        for (const s of PLAIN) expect(all(twin, s), `${lang} ${re.source}`).toEqual(all(re, s));
      }
    }
  });

  it("has no twin for other Unicode-only syntax", () => {
    expect(asciiTwin(/\p{Script=Han}+/gu)).toBeNull();
    expect(asciiTwin(/\P{L}/u)).toBeNull();
    expect(asciiTwin(new RegExp("[\\p{L}]", "g"))).toBeNull();
    expect(asciiTwin(/(?<![\p{L}\p{N}])\d+(?![\p{L}])/giu)?.source).toBe("(?<![A-Za-z0-9])\\d+(?![A-Za-z])");
  });

  it("treats letters, numbers and cased characters beyond ASCII as not plain", () => {
    expect(isPlain("“45%” — €3", 0, 10)).toBe(true);
    for (const s of ["é", "\u212a", "\u017f", "²", "Ⓐ", "😀", "\u0301"]) expect(isPlain(s, 0, s.length), s).toBe(false);
  });
});
