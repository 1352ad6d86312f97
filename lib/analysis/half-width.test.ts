import { describe, expect, test } from "vitest";
import { analyze } from "./index";

describe("half-width corner brackets ｢｣", () => {
  const text = "市長黃偉哲表示：｢我們會持續努力｣。他也說，「謝謝大家」。";
  const a = analyze(text, { language: "zh" });

  test("are quotation marks, with their speaker, at the offsets of the text as written", () => {
    const q = a.quotes.find((x) => text.slice(x.start, x.end) === "｢我們會持續努力｣");
    expect(q).toBeDefined();
    expect(q!.text).toBe("我們會持續努力");
    expect(q!.kind).toBe("speech");
    expect(q!.speaker?.name).toBe("市長黃偉哲");
  });

  test("the units quote the text as written, not as read", () => {
    expect(a.units.map((u) => u.text)).toContain("市長黃偉哲表示：｢我們會持續努力｣。");
    for (const u of a.units) expect(u.text).toBe(text.slice(u.start, u.end));
  });

  test("text without them is analysed exactly as before", () => {
    const plain = "市長黃偉哲表示：「我們會持續努力」。";
    expect(analyze(plain, { language: "zh" }).units[0]!.text).toBe(plain);
  });
});

describe("the text's string", () => {
  const base = "The minister said: “We will build 40 schools by 2026.”\nCritics called it “a fantasy”.\n\nShe replied on 3 May.";

  test("gives the same result whether the text is a string of its own, a slice of a longer one or a concatenation", () => {
    const sliced = `${base}\n${base}`.slice(0, base.length);
    const joined = base.slice(0, 20) + base.slice(20);
    const expected = JSON.stringify(analyze(JSON.parse(JSON.stringify(base)) as string));
    expect(JSON.stringify(analyze(sliced))).toBe(expected);
    expect(JSON.stringify(analyze(joined))).toBe(expected);
    expect(analyze(sliced).quotes.length).toBeGreaterThan(0);
  });
});
