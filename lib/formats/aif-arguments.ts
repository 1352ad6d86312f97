// Arguments in AIF (issue 16). Each reconstructed argument is one RA node named by its scheme in
// AIF's scheme ontology (the catalogue's `aif` name; "Default Inference" without a scheme):
//   premise I -> RA (scheme) -> conclusion I
// An intermediate conclusion gets an RA ("Default Inference") of its own from the statements
// before it, and is then a premise of the next step. A reconstructed (implicit) premise is an I
// node of its own; so is an objection's words. Relations of arguments:
//   undercut  : source I -> CA -> the argument's RA (the inference is attacked)
//   undermine : source I -> CA -> the premise's I node
//   attack    : source I -> CA -> the argument's conclusion I (a rebuttal)
//   support   : source I -> RA ("Default Inference") -> the conclusion I
// where the source is a unit's I node, the conclusion I node of the attacking argument, or the
// objection's I node. Titles, statuses, roles, answers and which I nodes are not units of the
// text go in the "warrant" key, so our importer restores them; other AIF readers see plain AIF.
import type { ArgumentMap, MapArgument } from "@/lib/domain/argument-map";
import type { ArgumentRelationView } from "@/lib/domain/arguments";
import { aifSchemeName } from "@/lib/domain/schemes";
import type { ArgumentRole, ArgumentRelationType, ArgumentStatus } from "@/lib/domain/argument-vocabulary";

export interface AifArgumentExtra {
  /** The argument's main RA node. */
  node: string;
  id: string;
  title: string;
  schemeId: string | null;
  status: ArgumentStatus;
  answers: MapArgument["answers"];
  /** In order; `node` is the statement's I node, `unit` whether that I node is a unit of the text. */
  statements: { node: string; role: ArgumentRole; unit: boolean; text: string }[];
  /** RA nodes of intermediate steps: part of this argument, not arguments of their own. */
  inferences: string[];
}

/** An end of a relation of arguments: an argument by its RA node, a statement by (RA node, index in `statements`), an I node. */
export interface AifRelationEnd {
  argument?: string;
  statement?: { argument: string; position: number };
  unit?: string;
  /** An objection's words: the I node that holds them (not a unit of the text). */
  text?: string;
}
export interface AifArgumentRelationExtra {
  /** The CA or RA node that carries the relation. */
  node: string;
  type: ArgumentRelationType;
  questionId: string | null;
  from: AifRelationEnd;
  to: AifRelationEnd;
}

export interface AifGraphWriter {
  iNode: ReadonlyMap<string, string>;
  newId: () => string;
  addNode: (type: "I" | "RA" | "CA", text: string) => string;
  edge: (fromID: string, toID: string) => void;
}

export const DEFAULT_INFERENCE = "Default Inference";
export const DEFAULT_CONFLICT = "Default Conflict";

/** Writes the map's arguments and their relations into the graph; returns what the "warrant" key keeps of them. */
export function argumentsToAif(map: ArgumentMap, w: AifGraphWriter): { arguments: AifArgumentExtra[]; argumentRelations: AifArgumentRelationExtra[] } {
  const extras: AifArgumentExtra[] = [];
  const raOf = new Map<string, string>();
  const conclusionOf = new Map<string, string>();
  const statementNode = new Map<string, { node: string; argument: string; position: number }>();
  for (const a of map.arguments ?? []) {
    const ra = w.addNode("RA", aifSchemeName(a.schemeId));
    raOf.set(a.id, ra);
    const statements = a.statements.map((s, position) => {
      const unitNode = s.unitId ? w.iNode.get(s.unitId) : undefined;
      const node = unitNode ?? w.addNode("I", s.text);
      statementNode.set(s.id, { node, argument: ra, position });
      return { node, role: s.role, unit: unitNode !== undefined, text: s.text };
    });
    // AIF: premises I -> RA -> conclusion I; an intermediate conclusion closes a step of its own.
    const inferences: string[] = [];
    let pending: string[] = [];
    for (const s of statements) {
      if (s.role === "PREMISE") {
        pending.push(s.node);
        continue;
      }
      const step = s.role === "CONCLUSION" ? ra : w.addNode("RA", DEFAULT_INFERENCE);
      if (s.role === "INTERMEDIATE") inferences.push(step);
      for (const p of pending) w.edge(p, step);
      w.edge(step, s.node);
      if (s.role === "CONCLUSION") conclusionOf.set(a.id, s.node);
      pending = [s.node];
    }
    extras.push({ node: ra, id: a.id, title: a.title, schemeId: a.schemeId, status: a.status, answers: a.answers, statements, inferences });
  }

  const relations: AifArgumentRelationExtra[] = [];
  for (const r of map.argumentRelations ?? []) {
    const source = sourceOf(r, w, conclusionOf, raOf);
    const target = targetOf(r, w, conclusionOf, raOf, statementNode);
    if (!source || !target) continue; // an end outside the map would dangle
    const node = w.addNode(r.type === "SUPPORTS" ? "RA" : "CA", r.type === "SUPPORTS" ? DEFAULT_INFERENCE : DEFAULT_CONFLICT);
    w.edge(source.node, node);
    w.edge(node, target.node);
    relations.push({ node, type: r.type, questionId: r.questionId, from: source.end, to: target.end });
  }
  return { arguments: extras, argumentRelations: relations };
}

type Located = { node: string; end: AifRelationEnd } | null;

function sourceOf(r: ArgumentRelationView, w: AifGraphWriter, conclusionOf: Map<string, string>, raOf: Map<string, string>): Located {
  if (r.from.argumentId) {
    const node = conclusionOf.get(r.from.argumentId);
    return node ? { node, end: { argument: raOf.get(r.from.argumentId)! } } : null;
  }
  if (r.from.unitId) {
    const node = w.iNode.get(r.from.unitId);
    return node ? { node, end: { unit: node } } : null;
  }
  if (r.from.text) {
    const node = w.addNode("I", r.from.text);
    return { node, end: { text: node } };
  }
  return null;
}

function targetOf(
  r: ArgumentRelationView,
  w: AifGraphWriter,
  conclusionOf: Map<string, string>,
  raOf: Map<string, string>,
  statementNode: Map<string, { node: string; argument: string; position: number }>,
): Located {
  if (r.to.argumentId) {
    const ra = raOf.get(r.to.argumentId);
    if (!ra) return null;
    // An undercut attacks the inference (the RA node); support and rebuttal meet the conclusion.
    const node = r.type === "UNDERCUTS" ? ra : conclusionOf.get(r.to.argumentId);
    return node ? { node, end: { argument: ra } } : null;
  }
  if (r.to.statementId) {
    const s = statementNode.get(r.to.statementId);
    return s ? { node: s.node, end: { statement: { argument: s.argument, position: s.position } } } : null;
  }
  if (r.to.unitId) {
    const node = w.iNode.get(r.to.unitId);
    return node ? { node, end: { unit: node } } : null;
  }
  return null;
}
