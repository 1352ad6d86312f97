// Graphviz DOT (https://graphviz.org/doc/info/lang.html): a digraph, one box per unit coloured
// by verdict, edges styled by relation type. IDs and labels are double-quoted strings, where only
// `"` and `\` need escaping; line breaks become `\n` (centred line breaks in a label).
import type { ArgumentMap } from "@/lib/domain/argument-map";
import { VERDICT_LABEL } from "@/lib/domain/verdict";

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

const FILL = { UNREVIEWED: "#f5f5f4", SUPPORTED: "#dcfce7", DISPUTED: "#fee2e2", OPINION: "#e0e7ff" } as const;
const EDGE = {
  SUPPORTS: 'color="#15803d", label="supports"',
  ATTACKS: 'color="#b91c1c", label="attacks", arrowhead="tee"',
  CITES: 'color="#57534e", label="cites", style="dashed"',
  REPHRASES: 'color="#4338ca", label="rephrases", style="dotted", arrowhead="none"',
} as const;

export function toDot(map: ArgumentMap): string {
  const lines = [`digraph ${dotString(map.document.title)} {`, "  rankdir=BT;", '  node [shape=box, style="rounded,filled", fontname="Helvetica"];'];
  for (const n of map.nodes) {
    const label = `${n.kind.toLowerCase()} · ${VERDICT_LABEL[n.verdict]}\n${wrap(n.text)}`;
    lines.push(`  ${dotString(n.id)} [label=${dotString(label)}, fillcolor="${FILL[n.verdict]}"];`);
  }
  for (const e of map.edges) lines.push(`  ${dotString(e.from)} -> ${dotString(e.to)} [${EDGE[e.type]}];`);
  lines.push("}", "");
  return lines.join("\n");
}
