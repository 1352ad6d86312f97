// Reconstructed arguments on the argument map (issue 16). PURE: which boxes and arrows an
// argument adds to the units' graph (map-graph.ts), collapsed or expanded.
//
// Collapsed, an argument is one box: its premises (units of the text) → the argument → its
// conclusion. Expanded, the same box becomes the inference (labelled with the scheme), and the
// premise–conclusion structure is drawn: statements that are units stay the units' own boxes;
// statements that are not units of the text (implicit premises, reconstructed wording) get boxes
// of their own; each intermediate conclusion is reached by an inference step of its own. As in
// AIF: premise I-node → RA (inference) → conclusion I-node, and an undercut points at the RA.
// The argument's box keeps one id in both states, so its saved position, its selection and the
// undercuts drawn to it survive expanding and collapsing.
import type { MapArgument } from "./argument-map";
import { unansweredQuestions, type ArgumentRelationView } from "./arguments";
import { ARGUMENT_RELATION_LABEL, ARGUMENT_ROLE_LABEL, ARGUMENT_STATUS_LABEL } from "./argument-vocabulary";
import type { ArgumentRelationType, ArgumentRole, ArgumentStatus } from "./argument-vocabulary";
import { NODE_LINE_CHARS, NODE_MAX_LINES, NODE_WIDTH } from "./map-geometry";
import { nodeHeight, wrapText } from "./map-graph";
import { getScheme } from "./schemes";

/** Map node ids of what is not a unit; unit ids are bare UUIDs, so the prefixes cannot collide with them. */
export const argumentNodeId = (argumentId: string) => `arg:${argumentId}`;
export const stepNodeId = (argumentId: string, step: number) => `arg:${argumentId}:${step}`;
export const statementNodeId = (statementId: string) => `stmt:${statementId}`;
export const objectionNodeId = (relationId: string) => `obj:${relationId}`;

/** What a map node id names (for saving positions: each kind is checked against the document). */
export function parseMapNodeId(key: string): { kind: "unit" | "argument" | "statement" | "objection"; id: string } {
  const [prefix, id] = [key.slice(0, key.indexOf(":")), key.slice(key.indexOf(":") + 1)];
  if (prefix === "arg") return { kind: "argument", id: id.split(":")[0]! };
  if (prefix === "stmt") return { kind: "statement", id };
  if (prefix === "obj") return { kind: "objection", id };
  return { kind: "unit", id: key };
}

export interface ArgumentGraphNode {
  id: string;
  /** argument: the argument (collapsed) or its main inference (expanded); step: the inference to an intermediate conclusion. */
  kind: "argument" | "step" | "statement" | "objection";
  argumentId: string | null;
  /** The argument's title, or the statement's / objection's words. */
  text: string;
  lines: string[];
  schemeName: string | null;
  status: ArgumentStatus | null;
  /** The scheme's critical questions nobody has answered yet. */
  openQuestions: number;
  expanded: boolean;
  /** For a statement: its place in the structure, and whether the reviewer supplied it (an unstated premise). */
  role: ArgumentRole | null;
  implicit: boolean;
  /** Where it stands in reading order (the provisional grid). */
  start: number;
  width: number;
  height: number;
}

/** PREMISE: a statement into an inference; CONCLUSION: an inference to what it concludes; the rest are ArgumentRelations. */
export type ArgumentEdgeType = "PREMISE" | "CONCLUSION" | ArgumentRelationType;

export interface ArgumentGraphEdge {
  id: string;
  from: string;
  to: string;
  type: ArgumentEdgeType;
  /** An undercut ends at an inference (the argument's box), never at a statement. */
  toInference: boolean;
}

/** What a box says above its words: the argument (collapsed), the inference with its scheme (expanded), a statement's role. */
export function argumentHeading(n: ArgumentGraphNode): string {
  // Expanded, the box is the inference; its scheme is the line under the title.
  if (n.kind === "argument") return n.expanded ? "Inference" : "Argument";
  if (n.kind === "step") return "Inference";
  if (n.kind === "objection") return "Objection";
  const role = n.role ? ARGUMENT_ROLE_LABEL[n.role] : "Statement";
  return n.implicit ? `${role} (implicit)` : `${role} (reconstructed)`;
}

/** An argument box's facts line: its review status and the critical questions still open. */
export function argumentFacts(n: ArgumentGraphNode): string {
  const q = n.openQuestions === 0 ? "questions answered" : `${n.openQuestions} question${n.openQuestions === 1 ? "" : "s"} open`;
  return `${n.status ? ARGUMENT_STATUS_LABEL[n.status] : ""} · ${q}`;
}

/** The word on each kind of arrow (premise arrows are drawn without it on the map). */
export const ARGUMENT_EDGE_LABEL: Record<ArgumentEdgeType, string> = {
  PREMISE: "premise",
  CONCLUSION: "therefore",
  SUPPORTS: ARGUMENT_RELATION_LABEL.SUPPORTS,
  ATTACKS: "rebuts",
  UNDERCUTS: ARGUMENT_RELATION_LABEL.UNDERCUTS,
  UNDERMINES: ARGUMENT_RELATION_LABEL.UNDERMINES,
};

export interface ArgumentOverlay {
  nodes: ArgumentGraphNode[];
  edges: ArgumentGraphEdge[];
}

const box = (text: string, extraLines: number) => {
  const lines = wrapText(text, NODE_LINE_CHARS, NODE_MAX_LINES - extraLines);
  return { lines, width: NODE_WIDTH, height: nodeHeight(lines.length + extraLines) };
};

/**
 * The boxes and arrows the document's arguments add to a map whose unit nodes are `unitStart`
 * (id → position in the text). `expanded`: ids of the arguments drawn with their structure.
 * Statements and relation ends that are units not on the map are left out, never left dangling.
 */
export function argumentOverlay(
  args: readonly MapArgument[],
  relations: readonly ArgumentRelationView[],
  unitStart: ReadonlyMap<string, number>,
  expanded: ReadonlySet<string>,
): ArgumentOverlay {
  const nodes: ArgumentGraphNode[] = [];
  const edges: ArgumentGraphEdge[] = [];
  const ids = new Set<string>();
  const add = (n: ArgumentGraphNode) => {
    nodes.push(n);
    ids.add(n.id);
  };
  /** Where each statement is drawn (a unit's box, its own box, or — collapsed — nowhere). */
  const statementAt = new Map<string, string>();
  const conclusionOf = new Map<string, string>();
  const argumentOf = new Map<string, string>();

  for (const a of args) {
    const open = expanded.has(a.id);
    const statements = [...a.statements].sort((x, y) => x.position - y.position);
    const starts = statements.flatMap((s) => (s.unitId && unitStart.has(s.unitId) ? [unitStart.get(s.unitId)!] : []));
    // Just after its last anchored statement, so the provisional grid puts it among its words.
    const start = starts.length ? Math.max(...starts) + 0.5 : Number.MAX_SAFE_INTEGER;
    const scheme = getScheme(a.schemeId);
    const base = { argumentId: a.id, role: null, implicit: false, start, status: a.status, expanded: open };
    add({
      id: argumentNodeId(a.id),
      kind: "argument",
      text: a.title,
      schemeName: scheme?.name ?? null,
      openQuestions: unansweredQuestions(a.schemeId, a.answers).length,
      ...base,
      ...box(a.title || "Argument", 2),
    });
    for (const s of statements) {
      argumentOf.set(s.id, a.id);
      if (s.unitId && unitStart.has(s.unitId)) statementAt.set(s.id, s.unitId);
      else if (open) {
        statementAt.set(s.id, statementNodeId(s.id));
        add({
          ...base,
          id: statementNodeId(s.id),
          kind: "statement",
          text: s.text,
          schemeName: null,
          status: null,
          openQuestions: 0,
          expanded: false,
          role: s.role,
          implicit: s.implicit,
          ...box(s.text, 0),
        });
      }
    }
    const at = (s: { id: string }) => statementAt.get(s.id);
    const link = (from: string | undefined, to: string | undefined, type: "PREMISE" | "CONCLUSION", key: string) => {
      if (from && to) edges.push({ id: `arg:${a.id}:${type === "PREMISE" ? "p" : "c"}:${key}`, from, to, type, toInference: false });
    };
    const conclusion = statements.find((s) => s.role === "CONCLUSION");
    if (conclusion && at(conclusion)) conclusionOf.set(a.id, at(conclusion)!);

    if (!open) {
      // Collapsed: the text's premises → argument → conclusion; intermediate steps stay inside.
      for (const s of statements) if (s.role === "PREMISE") link(at(s), argumentNodeId(a.id), "PREMISE", s.id);
      if (conclusion) link(argumentNodeId(a.id), at(conclusion), "CONCLUSION", conclusion.id);
      continue;
    }
    // Expanded: each intermediate conclusion closes a step; it is a premise of the next one.
    let into: { id: string }[] = [];
    let step = 0;
    for (const s of statements) {
      if (s.role === "PREMISE") {
        into.push(s);
        continue;
      }
      const inference = s.role === "CONCLUSION" ? argumentNodeId(a.id) : stepNodeId(a.id, ++step);
      if (inference !== argumentNodeId(a.id)) {
        add({
          ...base,
          id: inference,
          kind: "step",
          text: "Inference",
          schemeName: null,
          openQuestions: 0,
          status: null,
          expanded: false,
          ...box("Inference", 0),
        });
      }
      for (const p of into) link(at(p), inference, "PREMISE", `${p.id}:${s.id}`);
      link(inference, at(s), "CONCLUSION", s.id);
      into = [s];
    }
    // A structure still being written may end on premises: they bear on the argument itself.
    if (into.length && statements.at(-1)?.role === "PREMISE") for (const p of into) link(at(p), argumentNodeId(a.id), "PREMISE", p.id);
  }

  for (const r of relations) {
    let from: string | undefined;
    if (r.from.argumentId) from = ids.has(argumentNodeId(r.from.argumentId)) ? argumentNodeId(r.from.argumentId) : undefined;
    else if (r.from.unitId) from = unitStart.has(r.from.unitId) ? r.from.unitId : undefined;
    else if (r.from.text) {
      from = objectionNodeId(r.id);
      add({
        id: from,
        kind: "objection",
        argumentId: null,
        text: r.from.text,
        schemeName: null,
        status: null,
        openQuestions: 0,
        expanded: false,
        role: null,
        implicit: false,
        start: Number.MAX_SAFE_INTEGER,
        ...box(r.from.text, 0),
      });
    }
    let to: string | undefined;
    let toInference = false;
    if (r.to.argumentId && ids.has(argumentNodeId(r.to.argumentId))) {
      // A rebuttal attacks the conclusion; support and undercut bear on the argument (its inference).
      const conclusion = expanded.has(r.to.argumentId) && r.type === "ATTACKS" ? conclusionOf.get(r.to.argumentId) : undefined;
      to = conclusion ?? argumentNodeId(r.to.argumentId);
      toInference = !conclusion;
    } else if (r.to.statementId) {
      // A premise hidden in a collapsed argument: the argument stands for it.
      const argumentId = argumentOf.get(r.to.statementId);
      to = statementAt.get(r.to.statementId) ?? (argumentId ? argumentNodeId(argumentId) : undefined);
    } else if (r.to.unitId && unitStart.has(r.to.unitId)) to = r.to.unitId;
    if (!from || !to) continue;
    edges.push({ id: `arel:${r.id}`, from, to, type: r.type, toInference: toInference && r.type === "UNDERCUTS" });
    const objection = nodes.find((n) => n.id === objectionNodeId(r.id));
    if (objection) objection.start = nodes.find((n) => n.id === to)?.start ?? unitStart.get(to) ?? objection.start;
  }
  // An objection whose target is gone would float alone.
  const used = new Set(edges.flatMap((e) => [e.from, e.to]));
  return { nodes: nodes.filter((n) => n.kind !== "objection" || used.has(n.id)), edges };
}
