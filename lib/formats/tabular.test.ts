// CSV, Markdown, GraphML and DOT, each read back by a parser: linkedom's XML DOMParser for
// GraphML, and small RFC 4180 / DOT tokenizers here (no CSV or Graphviz package is installed).
import { DOMParser } from "linkedom";
import { describe, expect, test } from "vitest";
import { CSV_COLUMNS, csvCell, toCsv } from "./csv";
import { dotString, toDot } from "./dot";
import { OPTIONS, sampleMap } from "./fixtures/sample-map";
import { toGraphml } from "./graphml";
import { escapeMarkdown, toMarkdown } from "./markdown";

/** RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = "",
    quoted = false;
  const endField = () => {
    rows.at(-1)!.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) field += c;
    else if (c === '"') quoted = true;
    else if (c === ",") endField();
    else if (c === "\r" && text[i + 1] === "\n") {
      endField();
      rows.push([]);
      i++;
    } else field += c;
  }
  return rows.filter((r) => r.length > 0);
}

/** DOT tokens: quoted strings (with \" and \\ escapes), identifiers, `->`, punctuation. */
function dotTokens(src: string): string[] {
  const tokens: string[] = [];
  for (let i = 0; i < src.length;) {
    const c = src[i]!;
    if (/\s/.test(c)) i++;
    else if (c === '"') {
      let s = "";
      for (i++; src[i] !== '"'; i++) {
        if (src[i] === "\\" && (src[i + 1] === '"' || src[i + 1] === "\\")) i++;
        s += src[i];
      }
      tokens.push(`"${s}`);
      i++;
    } else if (src.startsWith("->", i)) {
      tokens.push("->");
      i += 2;
    } else if ("{}[];,=".includes(c)) tokens.push(src[i++]!);
    else {
      let s = "";
      while (i < src.length && /[\w.#]/.test(src[i]!)) s += src[i++];
      if (!s) throw new Error(`unexpected ${c} at ${i}`);
      tokens.push(s);
    }
  }
  return tokens;
}

const map = sampleMap();

describe("CSV", () => {
  const rows = parseCsv(toCsv(map, OPTIONS).replace(/^\uFEFF/, ""));
  test("a header and one row per unit, every field intact", () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(map.nodes.length + 1);
    expect(rows[2]![CSV_COLUMNS.indexOf("exact")]).toBe(map.nodes[1]!.exact);
    expect(rows[2]![CSV_COLUMNS.indexOf("rationale")]).toBe(map.nodes[1]!.rationale);
    expect(rows[4]![CSV_COLUMNS.indexOf("attacks")]).toBe("u-2");
    expect(rows[3]![CSV_COLUMNS.indexOf("supports")]).toBe("u-4");
  });
  test.each([
    ["=SUM(A1)", `"'=SUM(A1)"`],
    ["+1", `"'+1"`],
    ["-1", `"'-1"`],
    ["@x", `"'@x"`],
    ["\tx", `"'\tx"`],
    ['say "hi"', `"say ""hi"""`],
    [null, `""`],
    [12, `"12"`],
  ])("cell %j -> %s (no formula runs in a spreadsheet)", (input, expected) => expect(csvCell(input)).toBe(expected));
  test("the formula-looking claim is neutralised", () => {
    expect(rows[3]![CSV_COLUMNS.indexOf("exact")]).toBe("'=SUM(A1:A9) was the figure cited by critics.");
  });
  test("the exact words and the normalised wording are separate columns (empty: none given)", () => {
    expect(rows[2]![CSV_COLUMNS.indexOf("exact")]).toBe('Its chair said "the budget rose by 12% <net> & more".');
    expect(rows[2]![CSV_COLUMNS.indexOf("checked")]).toBe(map.nodes[1]!.checked);
    expect(rows[1]![CSV_COLUMNS.indexOf("checked")]).toBe("");
    expect(rows.flat()).not.toContain("text");
  });
});

describe("Markdown", () => {
  const md = toMarkdown(map, OPTIONS);
  test("the summary, then a section per reviewed finding, then the unreviewed units in one list; text escaped", () => {
    expect(md).toContain("**3 claims checked: 1 supported, 1 disputed, 1 opinion**");
    expect(md.match(/^### /gm)).toHaveLength(3);
    expect(md).toContain("### 1. Disputed — claim");
    expect(md).toContain("### 2. Supported — evidence");
    expect(md).toContain("[Minutes: p\\. 4](<https://minutes.example.org/p4#x>) — “rose by 8%”");
    expect(md).toContain("## Not yet reviewed (2)\n\n1 premise, 1 context\n");
    expect(md).toContain("- Premise: “Critics disputed the figure\\.”");
    expect(md).toContain("- cites “Its chair said");
    expect(md).not.toMatch(/<net>/);
    expect(md).not.toContain("Unreviewed");
  });
  test("reviewers are named; once published, a finding on the report links there", () => {
    const report = { url: "https://reports.example.org/r/AbCdEfGhIjKlMnOpQrStUv", claims: { "u-2": 1 } };
    const out = toMarkdown(map, { ...OPTIONS, report, reviewers: { "u-2": ["Cleo <x>"] } });
    expect(out).toContain("- Published report: <https://reports.example.org/r/AbCdEfGhIjKlMnOpQrStUv>");
    expect(out).toContain("- Reviewed by: Cleo \\<x\\>");
    expect(out).toContain("- [In the published report](<https://reports.example.org/r/AbCdEfGhIjKlMnOpQrStUv#claim-1>)");
  });
  test("a source's archived copy: its hash and date, or its public page once the report links it", () => {
    const archived = structuredClone(map);
    const source = archived.nodes.find((n) => n.id === "u-2")!.sources[0]!;
    source.archive = { state: "done", archivedAt: "2024-03-06T10:00:00.000Z", sha256: "ab".repeat(32), finalUrl: null, error: null };
    expect(toMarkdown(archived, OPTIONS)).toContain(
      `[Minutes: p\\. 4](<https://minutes.example.org/p4#x>) (archived 2024-03-06, SHA-256 ${"ab".repeat(32)}) — “rose by 8%”`,
    );
    const report = { url: "https://reports.example.org/r/AbCdEfGhIjKlMnOpQrStUv", claims: { "u-2": 1 }, archives: { "s-1": 1 } };
    expect(toMarkdown(archived, { ...OPTIONS, report })).toContain(
      "[Minutes: p\\. 4](<https://minutes.example.org/p4#x>) ([archived copy](<https://reports.example.org/r/AbCdEfGhIjKlMnOpQrStUv/sources/1>)) — “rose by 8%”",
    );
  });
  test("the blockquote is the author's words; the normalised wording is its own line", () => {
    const claim = md.slice(md.indexOf("### 1."), md.indexOf("### 2."));
    expect(claim).toContain(`> ${escapeMarkdown(map.nodes[1]!.exact)}\n`);
    expect(claim).toContain(`- Checked as: ${escapeMarkdown(map.nodes[1]!.checked!)}\n`);
    expect(claim.match(/^> .*$/gm)).toEqual([`> ${escapeMarkdown(map.nodes[1]!.exact)}`]);
    expect(md.match(/Checked as:/g)).toHaveLength(1);
  });
  test.each([
    ["<script>", "\\<script\\>"],
    ["[x](y)", "\\[x\\]\\(y\\)"],
    ["# h", "\\# h"],
    ["a\nb", "a b"],
  ])("escapes %j", (input, out) => {
    expect(escapeMarkdown(input)).toBe(out);
  });
});

describe("GraphML, read by an XML parser", () => {
  const xml = new DOMParser().parseFromString(toGraphml(map), "text/xml");
  test("one node per unit, one edge per relation, data keys declared", () => {
    expect(xml.querySelectorAll("node")).toHaveLength(map.nodes.length);
    const edges = [...xml.querySelectorAll("edge")].map((e) => `${e.getAttribute("source")} ${e.textContent} ${e.getAttribute("target")}`);
    expect(edges).toEqual(map.edges.map((e) => `${e.from} ${e.type} ${e.to}`));
    const keys = new Set([...xml.querySelectorAll("key")].map((k) => k.getAttribute("id")));
    for (const d of xml.querySelectorAll("data")) expect(keys.has(d.getAttribute("key"))).toBe(true);
  });
  test("text with markup characters survives as text", () => {
    const label = xml.querySelector('node[id="u-2"] data[key="label"]');
    expect(label?.textContent).toBe(map.nodes[1]!.exact);
  });
  test("the label is the exact words; the normalised wording is the checked key, only where given", () => {
    expect(xml.querySelector('node[id="u-2"] data[key="checked"]')?.textContent).toBe(map.nodes[1]!.checked);
    expect(xml.querySelectorAll('data[key="checked"]')).toHaveLength(1);
  });
});

describe("DOT", () => {
  const tokens = dotTokens(toDot(map));
  test("a digraph whose statements give back the nodes and edges", () => {
    expect(tokens.slice(0, 3)).toEqual(["digraph", `"${map.document.title}`, "{"]);
    expect(tokens.at(-1)).toBe("}");
    const edges: string[] = [];
    const nodes: string[] = [];
    tokens.forEach((t, i) => {
      if (t === "->") edges.push(`${tokens[i - 1]!.slice(1)} ${tokens[i + 1]!.slice(1)}`);
      else if (t.startsWith('"') && tokens[i + 1] === "[" && tokens[i - 1] === ";" && tokens[i + 2] === "label") nodes.push(t.slice(1));
    });
    expect(nodes).toEqual(map.nodes.map((n) => n.id));
    expect(edges).toEqual(map.edges.map((e) => `${e.from} ${e.to}`));
    let depth = 0;
    for (const t of tokens) depth += t === "[" || t === "{" ? 1 : t === "]" || t === "}" ? -1 : 0;
    expect(depth).toBe(0);
  });
  test("a box shows the exact words, then what it was checked as", () => {
    const label = tokens[tokens.indexOf('"u-2') + 4]!.slice(1);
    expect(label.startsWith("claim · Disputed\\nIts chair said")).toBe(true);
    expect(label).toContain("\\n\\nchecked as: The budget rose by 12%");
  });
  test.each([
    ['a "b"', '"a \\"b\\""'],
    ["c:\\x", '"c:\\\\x"'],
    ["1\n2", '"1\\n2"'],
  ])("dotString(%j)", (input, out) => expect(dotString(input)).toBe(out));
});
