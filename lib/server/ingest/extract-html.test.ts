// HTML files: the title comes from the page's <title> or its <h1>, and no tag reaches the analyser.
import { describe, expect, test } from "vitest";
import { extractFile, extractHtml } from "./extract";

const BODY =
  "<p>The chair said the budget rose by <b>12 percent</b> in 2024, and critics disputed the figure at length in the meeting.</p>" +
  "<p>The minutes record <a href='https://minutes.example.org'>8 percent</a>, a figure <em>different</em> from the chair's.</p>" +
  "<script>document.write('<p>injected</p>')</script><style>p { color: red }</style>";
const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body><article>${body}</article></body></html>`;

describe("extractHtml", () => {
  test.each([
    ["the <title>", page("<title>Budget row</title>", BODY), "Budget row"],
    ["the <h1> when there is no <title>", page("", `<h1>Budget row over <i>12</i> percent</h1>${BODY}`), "Budget row over 12 percent"],
    ["the <h1> when the <title> is it plus the site's name", page("<title>Budget row | The Paper</title>", `<h1>Budget row</h1>${BODY}`), "Budget row"],
    ["the <title> when the <h1> says something else", page("<title>Budget row</title>", `<h1>The Paper</h1>${BODY}`), "Budget row"],
    ["the <h1> of a fragment without <html>", `<h1>Fragment heading</h1>${BODY}`, "Fragment heading"],
    ["the <title> of a fragment", `<title>Fragment title</title>${BODY}`, "Fragment title"],
    [
      "og:title first",
      page('<title>Budget row | The Paper</title><meta property="og:title" content="Open Graph title">', `<h1>Budget row</h1>${BODY}`),
      "Open Graph title",
    ],
  ])("title: %s", (_, html, title) => {
    const extracted = extractHtml(html);
    expect(extracted.title).toBe(title);
    expect(extracted.text).toContain("The chair said the budget rose by 12 percent in 2024");
  });

  test("no tag, script or style reaches the text; paragraphs are blocks", () => {
    const { text } = extractHtml(page("<title>T</title>", BODY));
    expect(text).not.toMatch(/[<>]|injected|color/);
    expect(text.split("\n\n")).toEqual([
      "The chair said the budget rose by 12 percent in 2024, and critics disputed the figure at length in the meeting.",
      "The minutes record 8 percent, a figure different from the chair's.",
    ]);
  });

  test("an uploaded .html file goes the same way", async () => {
    const extracted = await extractFile("saved.html", "text/html", new TextEncoder().encode(page("", `<h1>Saved page</h1>${BODY}`)));
    expect(extracted.title).toBe("Saved page");
    expect(extracted.text).not.toMatch(/[<>]/);
  });
});

describe("broken page structure", () => {
  test("a page whose <head> is not closed properly is still read (found by the import property test)", () => {
    const html = "<html><head><title>T</title></head<body><article><p>The budget rose by 12 percent in 2024, the minister said.</p></article></body></html>";
    const out = extractHtml(html);
    expect(out.text).toContain("The budget rose by 12 percent in 2024");
    expect(out.text).not.toMatch(/[<>]/);
  });
});
