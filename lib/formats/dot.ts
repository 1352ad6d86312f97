// Graphviz DOT (https://graphviz.org/doc/info/lang.html): a digraph, one box per unit coloured
// by verdict, edges styled by relation type. IDs and labels are double-quoted strings, where only
// `"` and `\` need escaping; line breaks become `\n` (centred line breaks in a label). A box shows
// the document's exact words, and under them the normalised wording it was checked as.
// Reconstructed arguments (argument-graph.ts) are hexagons with their title and scheme, implicit
// premises dashed boxes, objections notes; premises point at their argument, the argument at its
// conclusion; an undercut (red, dashed, tee) meets the argument itself, an undermine (orange,
// dotted, tee) the premise it questions.
import type { ArgumentMap } from "@/lib/domain/argument-map";
import { ARGUMENT_RELATION_LABEL as ARL, ARGUMENT_STATUS_LABEL } from "@/lib/domain/argument-vocabulary";
import { argumentGraph, type ArgumentGraphEdgeType, type ArgumentGraphNode } from "./argument-graph";
import { RELATION_LABEL, UNIT_KIND_LABEL, VERDICT_LABEL, type RelationType, type Verdict } from "@/lib/domain/vocabulary";

export function dotString(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r?\n/g, "\\n")}"`;
}

/** Long statements wrap at about 40 characters so the boxes stay readable. */
function wrap(text: string, width = 40): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.replace(/\s+/g, " ").trim().split(" ")) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join("\n");
}

const FILL: Record<Verdict, string> = { UNREVIEWED: "#f5f5f4", SUPPORTED: "#dcfce7", DISPUTED: "#fee2e2", OPINION: "#e0e7ff" };
/** Colour, then the label from the vocabulary, then the rest: the attribute order exported files have always had. */
const EDGE_STYLE: Record<RelationType, { color: string; more: string[] }> = {
  SUPPORTS: { color: "#15803d", more: [] },
  ATTACKS: { color: "#b91c1c", more: ['arrowhead="tee"'] },
  CITES: { color: "#57534e", more: ['style="dashed"'] },
  REPHRASES: { color: "#4338ca", more: ['style="dotted"', 'arrowhead="none"'] },
};
const edgeAttributes = (type: RelationType) =>
  [`color="${EDGE_STYLE[type].color}"`, `label=${dotString(RELATION_LABEL[type].outgoing)}`, ...EDGE_STYLE[type].more].join(", ");

const ARGUMENT_EDGE: Record<ArgumentGraphEdgeType, string[]> = {
  PREMISE: ['color="#57534e"', 'label="premise"'],
  INTERMEDIATE: ['color="#57534e"', 'label="intermediate conclusion"', 'style="bold"'],
  CONCLUSION: ['color="#57534e"', 'label="conclusion"', 'style="bold"'],
  SUPPORTS: [`color="${EDGE_STYLE.SUPPORTS.color}"`, `label=${dotString(ARL.SUPPORTS)}`],
  ATTACKS: [`color="${EDGE_STYLE.ATTACKS.color}"`, `label=${dotString(ARL.ATTACKS)}`, 'arrowhead="tee"'],
  UNDERCUTS: ['color="#b91c1c"', `label=${dotString(ARL.UNDERCUTS)}`, 'style="dashed"', 'arrowhead="tee"'],
  UNDERMINES: ['color="#c2410c"', `label=${dotString(ARL.UNDERMINES)}`, 'style="dotted"', 'arrowhead="tee"'],
};

function argumentNodeAttributes(n: ArgumentGraphNode): string {
  if (n.kind === "argument") {
    const label = `argument · ${n.scheme ?? "no scheme"} · ${ARGUMENT_STATUS_LABEL[n.status ?? "DRAFT"]}\n${wrap(n.label)}`;
    return `label=${dotString(label)}, shape=hexagon, fillcolor="#fef3c7"`;
  }
  if (n.kind === "statement") return `label=${dotString(`implicit premise\n${wrap(n.label)}`)}, style="rounded,dashed,filled", fillcolor="#fafaf9"`;
  return `label=${dotString(`objection\n${wrap(n.label)}`)}, shape=note, fillcolor="#fff7ed"`;
}

export function toDot(map: ArgumentMap): string {
  const lines = [`digraph ${dotString(map.document.title)} {`, "  rankdir=BT;", '  node [shape=box, style="rounded,filled", fontname="Helvetica"];'];
  for (const n of map.nodes) {
    const checked = n.checked ? `\n\nchecked as: ${wrap(n.checked)}` : "";
    const label = `${UNIT_KIND_LABEL[n.kind].toLowerCase()} · ${VERDICT_LABEL[n.verdict]}\n${wrap(n.exact)}${checked}`;
    lines.push(`  ${dotString(n.id)} [label=${dotString(label)}, fillcolor="${FILL[n.verdict]}"];`);
  }
  for (const e of map.edges) lines.push(`  ${dotString(e.from)} -> ${dotString(e.to)} [${edgeAttributes(e.type)}];`);
  const args = argumentGraph(map);
  for (const n of args.nodes) lines.push(`  ${dotString(n.id)} [${argumentNodeAttributes(n)}];`);
  for (const e of args.edges) lines.push(`  ${dotString(e.from)} -> ${dotString(e.to)} [${ARGUMENT_EDGE[e.type].join(", ")}];`);
  lines.push("}", "");
  return lines.join("\n");
}
