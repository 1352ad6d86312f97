import { expect, test } from "vitest";
import { argumentOverlay } from "@/lib/domain/map-arguments";
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

test("with the arguments' overlay, the picture draws argument boxes, implicit premises and undercuts as on screen", () => {
  const st = (id: string, position: number, role: "PREMISE" | "CONCLUSION", unitId: string | null, implicit = false) => ({
    id,
    position,
    role,
    unitId,
    text: unitId ? `words of ${unitId}` : "Spokespeople <know> what their government decided",
    implicit,
  });
  const args = [
    {
      id: "A",
      title: "Officials say NATO & Asia",
      schemeId: "position-to-know",
      status: "DRAFT" as const,
      statements: [st("s1", 0, "PREMISE", "a"), st("s2", 1, "PREMISE", null, true), st("s3", 2, "CONCLUSION", "b")],
      answers: [],
    },
  ];
  const undercut = {
    id: "R1",
    type: "UNDERCUTS" as const,
    from: { argumentId: null, unitId: null, text: "Spokespeople state the official line." },
    to: { argumentId: "A", statementId: null, unitId: null },
    questionId: null,
    createdAt: "2026-12-01T00:00:00.000Z",
  };
  const nodes = [
    toGraphNode({ id: "a", kind: "EVIDENCE", text: "A quotation", speaker: "Dmitry Peskov", verdict: "UNREVIEWED", start: 0 }),
    toGraphNode({ id: "b", kind: "CLAIM", text: "NATO expands to Asia", speaker: null, verdict: "DISPUTED", start: 50 }),
  ];
  const graph = { nodes, edges: [] };
  const collapsed = argumentOverlay(args, [undercut], new Map(nodes.map((n) => [n.id, n.start])), new Set());
  const place = (ids: string[]) => Object.fromEntries(ids.map((id, i) => [id, { x: (i % 2) * 400, y: Math.floor(i / 2) * 200 }]));
  const all = [...nodes, ...collapsed.nodes].map((n) => n.id);
  const svg = renderMapSvg(graph, place(all), "T", collapsed);
  // Without the overlay nothing of the arguments is drawn (the published report's map).
  expect(renderMapSvg(graph, place(all), "T")).not.toContain("data-argument-node");
  expect(svg).toContain('data-argument-node="arg:A" data-kind="argument"');
  expect(svg).toContain("Officials say NATO &amp; Asia");
  expect(svg).toContain("Argument from position to know");
  expect(svg).toContain("Draft · 3 questions open");
  expect(svg).toContain('data-argument-node="obj:R1" data-kind="objection"');
  expect(svg).toMatch(
    /data-argument-edge="UNDERCUTS" data-to-inference="true"><line [^>]*stroke="#7e22ce"[^>]*stroke-dasharray="7 4" marker-end="url\(#arg-UNDERCUTS\)"/,
  );
  expect(svg).toContain(">undercuts the inference<");
  expect(svg).toContain('<marker id="arg-UNDERCUTS"');
  expect(svg.match(/data-argument-edge="PREMISE"/g)).toHaveLength(1);
  expect(svg.match(/data-argument-edge="CONCLUSION"/g)).toHaveLength(1);

  // Expanded: the implicit premise gets its own dotted box, its words escaped; the picture grows to hold every box.
  const open = argumentOverlay(args, [undercut], new Map(nodes.map((n) => [n.id, n.start])), new Set(["A"]));
  const ids = [...nodes, ...open.nodes].map((n) => n.id);
  const expanded = renderMapSvg(graph, place(ids), "T", open);
  expect(expanded).toMatch(/data-argument-node="stmt:s2" data-kind="statement"><rect [^>]*stroke-dasharray="2 3"/);
  expect(expanded).toContain("Premise (implicit)");
  expect(expanded).toContain("Spokespeople &lt;know&gt;");
  expect(expanded).not.toContain("<know>");
  expect(expanded).toContain(">Inference<");
  expect(expanded.match(/data-argument-edge="PREMISE"/g)).toHaveLength(2);
  const height = (s: string) => Number(/height="(\d+)"/.exec(s)![1]);
  expect(height(expanded)).toBeGreaterThan(height(renderMapSvg(graph, place(ids), "T")));
});
