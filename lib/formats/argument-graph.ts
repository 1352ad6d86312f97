// The map's arguments as extra nodes and edges for the graph formats (GraphML, DOT), beside the
// unit nodes: one node per argument (its title and scheme), one per reconstructed (implicit)
// premise and one per objection's words; edges from each premise to its argument and from the
// argument to its intermediate and main conclusions; relations of arguments from their source
// (unit, argument or objection) to their target: the argument itself for an undercut (the
// inference), the statement for an undermine, the argument or unit for support and attack.
import type { ArgumentMap } from "@/lib/domain/argument-map";
import type { ArgumentRelationType, ArgumentStatus } from "@/lib/domain/argument-vocabulary";
import { getScheme } from "@/lib/domain/schemes";

export type ArgumentGraphEdgeType = ArgumentRelationType | "PREMISE" | "INTERMEDIATE" | "CONCLUSION";

export interface ArgumentGraphNode {
  id: string;
  kind: "argument" | "statement" | "objection";
  label: string;
  /** For an argument: the catalogue's name of its scheme and its AIF name (null without a scheme). */
  scheme: string | null;
  aif: string | null;
  status: ArgumentStatus | null;
}

export interface ArgumentGraphEdge {
  id: string;
  from: string;
  to: string;
  type: ArgumentGraphEdgeType;
  questionId: string | null;
}

/** Node ids are prefixed ("argument:", "statement:", "objection:") so they never meet a unit's id. */
export function argumentGraph(map: ArgumentMap): { nodes: ArgumentGraphNode[]; edges: ArgumentGraphEdge[] } {
  const units = new Set(map.nodes.map((n) => n.id));
  const nodes: ArgumentGraphNode[] = [];
  const edges: ArgumentGraphEdge[] = [];
  const edge = (from: string, to: string, type: ArgumentGraphEdgeType, questionId: string | null = null) =>
    edges.push({ id: `argument-edge:${edges.length + 1}`, from, to, type, questionId });
  const argumentNode = new Map<string, string>();
  const statementNode = new Map<string, string>();
  for (const a of map.arguments ?? []) {
    const id = `argument:${a.id}`;
    const scheme = getScheme(a.schemeId);
    argumentNode.set(a.id, id);
    nodes.push({ id, kind: "argument", label: a.title, scheme: scheme?.name ?? null, aif: scheme?.aif ?? null, status: a.status });
    for (const s of a.statements) {
      let node = s.unitId && units.has(s.unitId) ? s.unitId : null;
      if (!node) {
        node = `statement:${s.id}`;
        nodes.push({ id: node, kind: "statement", label: s.text, scheme: null, aif: null, status: null });
      }
      statementNode.set(s.id, node);
      if (s.role === "PREMISE") edge(node, id, "PREMISE");
      else edge(id, node, s.role);
    }
  }
  for (const r of map.argumentRelations ?? []) {
    const to = r.to.argumentId
      ? argumentNode.get(r.to.argumentId)
      : r.to.statementId
        ? statementNode.get(r.to.statementId)
        : r.to.unitId && units.has(r.to.unitId)
          ? r.to.unitId
          : undefined;
    if (!to) continue; // a target outside the map would dangle
    let from: string | undefined;
    if (r.from.argumentId) from = argumentNode.get(r.from.argumentId);
    else if (r.from.unitId) from = units.has(r.from.unitId) ? r.from.unitId : undefined;
    else if (r.from.text) {
      from = `objection:${r.id}`;
      nodes.push({ id: from, kind: "objection", label: r.from.text, scheme: null, aif: null, status: null });
    }
    if (from) edge(from, to, r.type, r.questionId);
  }
  return { nodes, edges };
}
