import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { analyze, type DocumentAnalysis } from "./index";

// The result is handed to client components and stored as JSON: plain objects, arrays and primitives only (internal objects
// may be class instances for speed; none of them may leak into the result).
function plainData(v: unknown, path = "result"): void {
  if (v === null || typeof v !== "object") return;
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== Array.prototype) throw new Error(`${path} is not a plain object or array`);
  for (const [k, x] of Object.entries(v)) plainData(x, `${path}.${k}`);
}

function checkInvariants(text: string, a: DocumentAnalysis): void {
  plainData(a);
  const inBounds = (s: { start: number; end: number }) => 0 <= s.start && s.start < s.end && s.end <= text.length;
  for (const list of [a.paragraphs, a.sentences, a.quotes, a.units]) {
    for (let i = 0; i < list.length; i++) {
      expect(inBounds(list[i]!)).toBe(true);
      if (i > 0) expect(list[i]!.start).toBeGreaterThanOrEqual(list[i - 1]!.end);
    }
  }
  a.quotes.forEach((q) => expect(q.text).toBe(text.slice(q.start + 1, q.end - 1)));
  a.units.forEach((u, i) => {
    expect(u.id).toBe(`u${i + 1}`);
    expect(u.text).toBe(text.slice(u.start, u.end));
    expect(u.checkworthy).toBeGreaterThanOrEqual(0);
    expect(u.checkworthy).toBeLessThanOrEqual(1);
    expect(u.opinion).toBeGreaterThanOrEqual(0);
    expect(u.opinion).toBeLessThanOrEqual(1);
    if (u.speaker) expect(text.slice(u.speaker.start, u.speaker.end)).toBe(u.speaker.name);
  });
  const ids = new Set(a.units.map((u) => u.id));
  for (const r of a.relations) {
    expect(ids.has(r.from) && ids.has(r.to) && r.from !== r.to).toBe(true);
  }
  for (const q of a.quotes) if (q.speaker) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.name);
}

// Text built from the characters the rules care about: quote marks, terminal punctuation,
// line breaks, capitals, abbreviations, Cyrillic and CJK.
const piece = fc.constantFrom(
  "“",
  "”",
  '"',
  "«",
  "»",
  "„",
  "「",
  "」",
  "‘",
  "’",
  "'",
  ".",
  "…",
  "..",
  "?",
  "!",
  ":",
  ",",
  " — ",
  "\n",
  "\n\n",
  " ",
  "Mr.",
  "U.S.",
  "Sept. 11, 2001",
  "He said",
  "the Ministry",
  "Jane Doe",
  "because",
  "However,",
  "rightly",
  "Since",
  "Привет",
  "。",
  "你好",
  "a",
  "B",
  "\r\n",
  "\t",
  "🙂",
  "сказал он",
  "— отметила",
  "Петрова",
  "9 июля 2024 года",
  "am 2. Oktober",
  "l'Union",
  "qu'Edgars",
  "selon",
  "según",
  "他表示：",
  "2024年7月9日",
  "三成",
  "10 %",
  "sie sagte",
);
const messy = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(""));

describe("analyze", () => {
  test.each([[""], [" "], ["\n\n\n"], ["“"], ["”"], ["...."], ["a"], ["“”"], ["\u0000\uFFFF"], ["🙂🙂"], ["Mr."], ["x".repeat(20000)]])(
    "handles the odd input %#",
    (text) => {
      const a = analyze(text);
      checkInvariants(text, a);
    },
  );

  test("never throws and keeps offsets in bounds, ordered and non-overlapping (property)", () => {
    fc.assert(
      fc.property(fc.oneof(messy, fc.string({ maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 100 })), (text) => {
        checkInvariants(text, analyze(text));
      }),
      { numRuns: 400, seed: 20261128 }, // reproducible in CI
    );
  });

  test.each(["ru", "de", "fr", "es", "zh"])("never throws and keeps offsets valid with the %s lexicons (property)", (language) => {
    fc.assert(
      fc.property(fc.oneof(messy, fc.string({ maxLength: 200 })), (text) => {
        checkInvariants(text, analyze(text, { language }));
      }),
      { numRuns: 150, seed: 20261201 }, // reproducible in CI
    );
  });

  test("accepts a language tag, including an invalid one", () => {
    expect(analyze("Hello there.", { language: "en-GB" }).language).toBe("en-GB");
    expect(analyze("Hello there.", { language: "%%" }).language).toBe("en");
  });
});

// The demo article ships with the repo (seed data) and its gold annotations as a fixture
// (a copy of shared/corpus), so this always runs, in CI too.
const demo = resolve(__dirname, "../../prisma/seed-data/valdai-nato-east-asia.txt");
describe("the demo article", () => {
  const text = readFileSync(demo, "utf8");
  const a = analyze(text);
  const gold = JSON.parse(readFileSync(resolve(__dirname, "fixtures/valdai-nato-east-asia.gold.json"), "utf8"));

  test("keeps the invariants", () => checkInvariants(text, a));

  test("finds every gold quotation with its kind", () => {
    expect(a.quotes.map((q) => [q.start, q.end, q.kind])).toEqual(
      gold.quotes.map((q: { start: number; end: number; kind: string }) => [q.start, q.end, q.kind]),
    );
  });

  test("joins the sentence broken by a stray line break", () => {
    const s = a.sentences.find((x) => text.slice(x.start, x.end).startsWith("Beijing also strongly condemned"));
    expect(text.slice(s!.start, s!.end)).toContain("\nthe authors of the statement");
  });

  test("marks the repeated lede and the publisher footer as CONTEXT", () => {
    expect(a.units[0]!.kind).toBe("CONTEXT");
    expect(a.units.at(-1)!.kind).toBe("CONTEXT");
  });
});
