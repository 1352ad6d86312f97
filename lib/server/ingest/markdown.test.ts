// Markdown -> text: blocks become paragraphs, markup never reaches the analyser, the title comes
// from the front matter or the first heading. Uploads (extractFile) lex in the worker: same text.
import { describe, expect, test } from "vitest";
import { AppError } from "@/lib/domain/errors";
import { argumentFormatOf } from "@/lib/formats";
import { extractFile } from "./extract";
import { extractInWorker } from "./extract-worker-pool";
import { markdownToText, splitFrontMatter } from "./markdown";

const ARTICLE = `# The **budget** report

The chair said the budget rose by **12 percent** in 2024.
Critics, quoted by [the *Gazette*](https://gazette.example.org "Gazette"), disputed it.

## What the minutes say

- The minutes record _8 percent_.
- A second item with \`inline code\`
  1. and a nested step

> "It is a disgrace," one member wrote.
> The second line of the quote.

\`\`\`text
raw = 12 * 1.0

done
\`\`\`

![A chart of spending](chart.png)

---

| Year | Rise |
| ---- | ---- |
| 2024 | 12 % |
`;

describe("markdownToText", () => {
  const { text, title } = markdownToText(ARTICLE);
  const blocks = text.split("\n\n");

  test("headings, paragraphs, list items, quotes, code and table cells are blocks separated by blank lines", () => {
    expect(blocks).toEqual([
      "The budget report",
      "The chair said the budget rose by 12 percent in 2024. Critics, quoted by the Gazette, disputed it.",
      "What the minutes say",
      "The minutes record 8 percent.",
      "A second item with inline code",
      "and a nested step",
      '"It is a disgrace," one member wrote. The second line of the quote.',
      "raw = 12 * 1.0\ndone",
      "Year",
      "Rise",
      "2024",
      "12 %",
    ]);
  });

  test("no markup reaches the analyser: no #, **, _, backticks, link targets or image alt text", () => {
    expect(text).not.toMatch(/[#`]|\*\*|\b_|\]\(|https?:|chart/);
    expect(title).toBe("The budget report");
  });

  test.each([
    ["Setext heading\n===============\n\nBody text.", "Setext heading"],
    ["Intro paragraph.\n\n## Later heading\n\nMore.", "Later heading"],
    ["---\ntitle: 'From the front matter'\nauthor: X\n---\n# Heading\n\nBody.", "From the front matter"],
    ['+++\ntitle = "TOML title"\n+++\nBody.', "TOML title"],
    ["Only a paragraph.", undefined],
  ])("title of %j", (md, expected) => {
    expect(markdownToText(md).title).toBe(expected);
  });

  test("front matter is not text", () => {
    expect(markdownToText("---\ntitle: T\ntags: [a, b]\n---\nThe body.\n").text).toBe("The body.");
    expect(splitFrontMatter("\uFEFF---\ntitle: T\n---\nx")).toEqual({ body: "x", title: "T" });
    // A thematic break later on is no front matter.
    expect(splitFrontMatter("Text\n---\nmore").body).toBe("Text\n---\nmore");
  });

  test.each([
    ["AT&amp;T &copy; 2024 &#169; &#x41;", "AT&T © 2024 © A"],
    ["Line one  \nline two\\\nthree", "Line one line two three"],
    ["An \\*escaped\\* star and a \\# hash.", "An *escaped* star and a # hash."],
    ["Inline <b>HTML</b> <span class='x'>tags</span> go.", "Inline HTML tags go."],
    ['<div class="box"><p>Words in an HTML block.</p><script>alert(1)</script></div>', "Words in an HTML block."],
    ["- [x] A done task\n- [ ] An open one", "A done task\n\nAn open one"],
    ["~~Struck~~ words and https://auto.example.org links.", "Struck words and https://auto.example.org links."],
    ["A claim.[^1]\n\n[^1]: The footnote's words.", "A claim.\n\nThe footnote's words."],
    ["Use [a reference][ref] link.\n\n[ref]: https://ref.example.org", "Use a reference link."],
  ])("%j -> %j", (md, expected) => {
    expect(markdownToText(md).text).toBe(expected);
  });

  test("nesting past what the parser's stack holds is a 400, not a crash", () => {
    const error = (() => {
      try {
        markdownToText(`${"> ".repeat(20000)}deep`);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("VALIDATION");
  });
});

describe("extractFile with Markdown (lexed in the extraction worker)", () => {
  const bytes = new TextEncoder().encode(ARTICLE);

  test.each([
    ["report.md", "text/markdown"],
    ["report.markdown", "application/octet-stream"],
    ["report.txt", "text/markdown; charset=utf-8"],
    ["report.md", ""],
  ])("%s (%s): the same text and title as in this thread", async (name, type) => {
    expect(await extractFile(name, type, bytes)).toEqual(markdownToText(ARTICLE));
  });

  test("input that keeps marked busy costs the worker, not the server: past the deadline a 413; too deep a 400", async () => {
    const busy = await extractInWorker("markdown", new TextEncoder().encode("*a".repeat(100_000)), { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(busy).toBeInstanceOf(AppError);
    expect((busy as AppError).code).toBe("PAYLOAD_TOO_LARGE");
    const deep = await extractFile("deep.md", "text/markdown", new TextEncoder().encode(`${"> ".repeat(20_000)}deep`)).catch((e: unknown) => e);
    expect(deep).toBeInstanceOf(AppError);
    expect((deep as AppError).code).toBe("VALIDATION");
  });

  test.each(["notes.md", "notes.markdown", "notes.mdown", "notes.mkd"])("%s with a link reference ([ref]: url, Argdown-like) is a document", (name) => {
    expect(argumentFormatOf(name, "Text with [a link][ref].\n\n[ref]: https://example.org\n")).toBeNull();
  });

  test("a .md file without a heading is titled after its name; a .txt file stays as written", async () => {
    expect(await extractFile("council-notes.md", "text/markdown", new TextEncoder().encode("Just **words**."))).toEqual({
      text: "Just words.",
      title: "council notes",
    });
    expect(await extractFile("notes.txt", "text/plain", new TextEncoder().encode("# Not a heading in plain text"))).toEqual({
      text: "# Not a heading in plain text",
      title: "notes",
    });
  });
});
