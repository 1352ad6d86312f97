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
