import { expect, test } from "vitest";
import { toGraphNode } from "@/lib/domain/map-graph";
import { clipToBox, escapeXml, renderMapSvg } from "./map-svg";

test.each([
  ["plain", "plain"],
  ['<script>alert("x")</script>', "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"],
  ["Tom & Jerry's", "Tom &amp; Jerry&apos;s"],
  ["bell\u0007 tab\t", "bell tab\t"],
])("escapeXml(%j)", (input, out) => {
  expect(escapeXml(input)).toBe(out);
});

test.each([
  [
    { x: 0, y: 0 },
    { x: 0, y: 100 },
    { x: 0, y: 20 },
  ],
  [
    { x: 0, y: 0 },
    { x: 200, y: 0 },
    { x: 50, y: 0 },
  ],
  [
    { x: 0, y: 0 },
    { x: 10, y: 10 },
    { x: 10, y: 10 },
  ],
])("clipToBox from %j towards %j (50 × 20 half-size)", (from, to, out) => {
  expect(clipToBox(from, to, 50, 20)).toEqual(out);
});

test("the SVG holds every node's text, escaped, and every relation", () => {
  const nodes = [
    toGraphNode({ id: "a", kind: "CLAIM", text: "NATO <expanded> & grew", speaker: "Lin Jian", verdict: "DISPUTED", start: 0 }),
    toGraphNode({ id: "b", kind: "EVIDENCE", text: "A quotation", speaker: null, verdict: "UNREVIEWED", start: 5 }),
  ];
  const svg = renderMapSvg({ nodes, edges: [{ id: "r", from: "b", to: "a", type: "ATTACKS" }] }, { a: { x: 0, y: 0 }, b: { x: 0, y: 200 } }, "T & T");
  expect(svg).toMatch(/^<\?xml/);
  expect(svg).toContain("NATO &lt;expanded&gt; &amp; grew");
  expect(svg).toContain("A quotation");
  expect(svg).toContain("Claim — Lin Jian");
  const long = renderMapSvg(
    { nodes: [{ ...nodes[0]!, speaker: "official representative of the Russian Foreign Ministry" }], edges: [] },
    { a: { x: 0, y: 0 } },
    "T",
  );
  expect(long).toContain("Claim — official represe…");
  expect(svg).toContain('data-relation-type="ATTACKS"');
  expect(svg).toContain(">Disputed<");
  expect(svg).not.toContain("<expanded>");
  expect(svg).toMatch(/width="304" height="\d+"/);
});
