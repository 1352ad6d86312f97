import { describe, expect, test } from "vitest";
import { groupSearchRows, highlightPieces, highlightRanges, MAX_SIMILAR, queryWords, snippetAround, type SearchRow } from "./search";

describe("highlightRanges", () => {
  test.each([
    ["The budget rose by 12 percent.", ["budg"], [[4, 10]]],
    [
      "Budget, budgets and BUDGETING",
      ["budget"],
      [
        [0, 6],
        [8, 15],
        [20, 29],
      ],
    ],
    [
      "The minister met the ministry",
      ["minist", "met"],
      [
        [4, 12],
        [13, 16],
        [21, 29],
      ],
    ],
    ["rebudget is not a prefix match", ["budget"], []],
    ["Árvíztűrő tükörfúrógép", ["árvíz"], [[0, 9]]],
    ["12 percent in 2023", ["20"], [[14, 18]]],
    ["nothing to see", [], []],
  ] as const)("%s / %j", (text, words, expected) => {
    expect(highlightRanges(text, words)).toEqual(expected);
  });

  test("queryWords keeps letters and digits only, lower-cased, once", () => {
    expect(queryWords("Budget & budget:* 'rose'!")).toEqual(["budget", "rose"]);
    expect(queryWords("'&|!:*")).toEqual([]);
  });
});

describe("snippetAround", () => {
  test("a short text is kept whole, ranges unchanged", () => {
    expect(snippetAround("The budget rose.", [[4, 10]])).toEqual({ snippet: "The budget rose.", highlights: [[4, 10]] });
  });

  test("a long text is cut around the first match, ranges moved, with ellipses", () => {
    const text = `${"word ".repeat(100)}budget ${"tail ".repeat(100)}`;
    const ranges = highlightRanges(text, ["budget"]);
    const { snippet, highlights } = snippetAround(text, ranges, 120);
    expect(snippet.startsWith("…")).toBe(true);
    expect(snippet.endsWith("…")).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(122);
    expect(highlights).toHaveLength(1);
    const [a, b] = highlights[0]!;
    expect(snippet.slice(a, b)).toBe("budget");
  });

  test("matches outside the window are dropped", () => {
    const text = `budget ${"x ".repeat(300)}budget`;
    const { snippet, highlights } = snippetAround(text, highlightRanges(text, ["budget"]), 100);
    expect(highlights.map(([a, b]) => snippet.slice(a, b))).toEqual(["budget"]);
  });
});

describe("highlightPieces", () => {
  test("splits text into marked and plain pieces that join back to the text", () => {
    const text = "The budget rose by 12 percent";
    const pieces = highlightPieces(text, [
      [4, 10],
      [19, 21],
    ]);
    expect(pieces).toEqual([
      { text: "The ", marked: false },
      { text: "budget", marked: true },
      { text: " rose by ", marked: false },
      { text: "12", marked: true },
      { text: " percent", marked: false },
    ]);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
  });

  test("ignores overlapping, empty and out-of-range ranges", () => {
    expect(
      highlightPieces("abcdef", [
        [0, 3],
        [2, 4],
        [4, 4],
        [5, 99],
      ]),
    ).toEqual([
      { text: "abc", marked: true },
      { text: "def", marked: false },
    ]);
  });

  test("markup in the text stays text", () => {
    expect(highlightPieces("<b>budget</b>", [[3, 9]]).map((p) => p.text)).toEqual(["<b>", "budget", "</b>"]);
  });
});

describe("groupSearchRows", () => {
  const row = (groupKey: string, groupSize: number, documentId: string, extra: Partial<SearchRow> = {}): SearchRow => ({
    groupKey,
    groupSize,
    kind: "unit",
    documentId,
    documentTitle: `Doc ${documentId}`,
    unitId: `${documentId}-u`,
    unitKind: "CLAIM",
    text: "The budget rose by 12 percent.",
    verdict: "UNREVIEWED",
    rank: 0.5,
    ...extra,
  });

  test("the first row of a group is the result; the rest are its near-duplicates", () => {
    const results = groupSearchRows(
      [
        row("u:the budget", 3, "a", { verdict: "DISPUTED" }),
        row("u:the budget", 3, "b"),
        row("u:the budget", 3, "c"),
        row("u:other", 1, "d", { text: "Other budget" }),
      ],
      ["budget"],
    );
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ documentId: "a", verdict: "DISPUTED", similarCount: 2, highlights: [[4, 10]] });
    expect(results[0]!.similar.map((s) => s.documentId)).toEqual(["b", "c"]);
    expect(results[1]).toMatchObject({ documentId: "d", similarCount: 0, similar: [], snippet: "Other budget", highlights: [[6, 12]] });
    expect(results[0]).not.toHaveProperty("groupKey");
  });

  test("the count of near-duplicates stays exact when only some are listed", () => {
    const rows = Array.from({ length: MAX_SIMILAR + 1 }, (_, i) => row("u:same", 120, `d${i}`));
    const [only] = groupSearchRows(rows, ["budget"]);
    expect(only!.similarCount).toBe(119);
    expect(only!.similar).toHaveLength(MAX_SIMILAR);
  });
});
