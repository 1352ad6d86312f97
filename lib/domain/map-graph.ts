// The argument map as a graph: which units become nodes, their wrapped labels and box sizes.
// Derived from the ArgumentMap (lib/domain/argument-map.ts), never stored: text and graph
// are two views of the same units and relations.
import type { ArgumentMap, MapArgument, MapNode } from "./argument-map";
import type { ArgumentRelationView } from "./arguments";
import { NODE_HEADER, NODE_LINE_CHARS, NODE_LINE_HEIGHT, NODE_MAX_LINES, NODE_PADDING, NODE_WIDTH } from "./map-geometry";
import type { RelationType, UnitKind, Verdict } from "./vocabulary";

export interface GraphNode {
  id: string;
  kind: UnitKind;
  text: string;
  speaker: string | null;
  verdict: Verdict;
  start: number;
  /** The text wrapped for the box; the last line ends with … when cut. */
  lines: string[];
  width: number;
  height: number;
}

export interface GraphEdge {
  id: string;
  from: string;
  to: string;
  type: RelationType;
}

export interface MapGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/**
 * Claims, premises and evidence are nodes. Context units (background sentences) are left
 * out unless a relation or a reconstructed argument touches them, so the map shows the argument,
 * not the whole article. The arguments' own boxes are added by map-arguments.ts.
 */
export function toMapGraph(map: Pick<ArgumentMap, "nodes" | "edges" | "arguments" | "argumentRelations">): MapGraph {
  const connected = unitsInArguments(map.arguments ?? [], map.argumentRelations ?? []);
  for (const e of map.edges) {
    connected.add(e.from);
    connected.add(e.to);
  }
  const nodes = map.nodes.filter((n) => n.kind !== "CONTEXT" || connected.has(n.id)).map(toGraphNode);
  const ids = new Set(nodes.map((n) => n.id));
  const edges = map.edges.filter((e) => ids.has(e.from) && ids.has(e.to)).map(({ id, from, to, type }) => ({ id, from, to, type }));
  return { nodes, edges };
}

/** Units an argument or an argument relation touches: kept on the map even when they are background sentences. */
export function unitsInArguments(args: readonly MapArgument[], relations: readonly ArgumentRelationView[]): Set<string> {
  const out = new Set<string>();
  for (const a of args) for (const s of a.statements) if (s.unitId) out.add(s.unitId);
  for (const r of relations) {
    if (r.from.unitId) out.add(r.from.unitId);
    if (r.to.unitId) out.add(r.to.unitId);
  }
  return out;
}

export function toGraphNode(n: Pick<MapNode, "id" | "kind" | "text" | "speaker" | "verdict" | "start">): GraphNode {
  const lines = wrapText(n.text, NODE_LINE_CHARS, NODE_MAX_LINES);
  return {
    id: n.id,
    kind: n.kind,
    text: n.text,
    speaker: n.speaker,
    verdict: n.verdict,
    start: n.start,
    lines,
    width: NODE_WIDTH,
    height: nodeHeight(lines.length),
  };
}

export function nodeHeight(lineCount: number): number {
  return NODE_PADDING * 2 + NODE_HEADER + Math.max(1, lineCount) * NODE_LINE_HEIGHT;
}

/** Greedy word wrap; words longer than a line are cut. At most `maxLines`, the last one marked … when text remains. */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const words = text.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  const lines: string[] = [];
  let line = "";
  let i = 0;
  for (; i < words.length && lines.length < maxLines; i++) {
    const word = words[i]!.length > width ? `${words[i]!.slice(0, width - 1)}…` : words[i]!;
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (lines.length < maxLines && line) lines.push(line);
  else if (line) i--; // the pending line did not fit: its words are "remaining"
  const truncated = i < words.length;
  if (truncated && lines.length > 0) {
    const last = lines[lines.length - 1]!;
    lines[lines.length - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  }
  return lines.length > 0 ? lines : [""];
}
