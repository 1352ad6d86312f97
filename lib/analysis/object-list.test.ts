import { describe, expect, it } from "vitest";
import { analyze } from "./index";
import { objectList } from "./object-list";

describe("objectList", () => {
  it("returns a new empty array each time, so nothing carries over from one analysis to the next", () => {
    const a = objectList<{ n: number }>();
    a.push({ n: 1 });
    const b = objectList<{ n: number }>();
    expect(b).toEqual([]);
    expect(b).not.toBe(a);
    expect(a).toEqual([{ n: 1 }]);
  });

  it("leaves the analysis of a text the same when it is analysed again", () => {
    const text = "“We will not retreat,” said Anna Petrova, the mayor. She added: “The budget grew by 12% in 2024.”\n\nThe council disagreed.";
    const first = analyze(text);
    expect(first.quotes.length).toBe(2);
    expect(analyze(text)).toEqual(first);
  });
});
