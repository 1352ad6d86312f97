// GraphML (http://graphml.graphdrawing.org/), read by yEd, Gephi, Cytoscape and networkx: one
// node per unit and one directed edge per relation, with the unit's words (label: the document's
// exact words; checked: the normalised wording, when given), kind and verdict as data keys
// declared up front as the format requires. Reconstructed arguments (argument-graph.ts) are
// nodes of their own, told apart by `nodeType` (unit, argument, statement, objection): an
// argument carries its title (label), scheme, AIF scheme name and status; edges carry their
// `type` (a relation of units, PREMISE/INTERMEDIATE/CONCLUSION within an argument, or SUPPORTS,
// ATTACKS, UNDERCUTS, UNDERMINES between arguments, statements and units) and `question`.
import type { ArgumentMap } from "@/lib/domain/argument-map";
import { argumentGraph } from "./argument-graph";

/** XML 1.0 forbids most control characters even when escaped: drop them, escape the rest. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);
}

const NODE_KEYS = ["nodeType", "label", "checked", "kind", "verdict", "rationale", "speaker", "start", "end", "scheme", "aif", "status"] as const;

export function toGraphml(map: ArgumentMap): string {
  const data = (key: string, value: unknown) => (value === null || value === undefined ? "" : `<data key="${key}">${escapeXml(String(value))}</data>`);
  const keys = [
    ...NODE_KEYS.map((k) => `  <key id="${k}" for="node" attr.name="${k}" attr.type="${k === "start" || k === "end" ? "int" : "string"}"/>`),
    `  <key id="type" for="edge" attr.name="type" attr.type="string"/>`,
    `  <key id="question" for="edge" attr.name="question" attr.type="string"/>`,
    `  <key id="title" for="graph" attr.name="title" attr.type="string"/>`,
  ];
  const nodes = map.nodes.map(
    (n) =>
      `    <node id="${escapeXml(n.id)}">${data("nodeType", "unit")}${data("label", n.exact)}${data("checked", n.checked)}${data("kind", n.kind)}${data("verdict", n.verdict)}${data("rationale", n.rationale)}${data("speaker", n.speaker)}${data("start", n.start)}${data("end", n.end)}</node>`,
  );
  const edges = map.edges.map(
    (e) => `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.from)}" target="${escapeXml(e.to)}">${data("type", e.type)}</edge>`,
  );
  const args = argumentGraph(map);
  for (const n of args.nodes)
    nodes.push(
      `    <node id="${escapeXml(n.id)}">${data("nodeType", n.kind)}${data("label", n.label)}${data("scheme", n.scheme)}${data("aif", n.aif)}${data("status", n.status)}</node>`,
    );
  for (const e of args.edges)
    edges.push(
      `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.from)}" target="${escapeXml(e.to)}">${data("type", e.type)}${data("question", e.questionId)}</edge>`,
    );
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    ...keys,
    `  <graph id="${escapeXml(map.document.id)}" edgedefault="directed">`,
    `    ${data("title", map.document.title)}`,
    ...nodes,
    ...edges,
    `  </graph>`,
    `</graphml>`,
    "",
  ].join("\n");
}
