// AIF -> Warrant arguments (issue 16). Our own exports list their arguments in the "warrant" key
// (aif-arguments.ts) and are read from it whole: titles, roles, answers, implicit premises and
// objections' words. Any other AIF (AIFdb, OVA) is read from its graph:
//   - an RA node with at least one premise I node and exactly one conclusion I node is an
//     argument; its scheme is the RA's name read back to the catalogue ("Expert Opinion",
//     "Argument From Expert Opinion", any case); a name the catalogue lacks stays in the title;
//   - a CA node from an I node to such an RA is an undercut of that argument.
// Every other scheme node (an RA between I nodes that is not argument-shaped, CA and MA between
// I nodes) stays an ordinary relation of units (aif-import.ts). PA (preferences), TA
// (transitions) and YA (illocutions) nodes carry no argument structure: they are skipped.
import type { TImportedDocument } from "@/lib/validation/interchange";
import { ARGUMENT_RELATION_TYPES, ARGUMENT_ROLES, ARGUMENT_STATUSES, QUESTION_ANSWERS } from "@/lib/domain/argument-vocabulary";
import { getScheme, schemeByAifName } from "@/lib/domain/schemes";
import { MAX_RATIONALE_LENGTH, MAX_TITLE_LENGTH } from "@/lib/validation/limits";

type Rec = Record<string, unknown>;
type ImportedArgument = NonNullable<TImportedDocument["arguments"]>[number];
type ImportedArgumentRelation = NonNullable<TImportedDocument["argumentRelations"]>[number];
type End = ImportedArgumentRelation["from"];

export interface AifGraph {
  nodes: { id: string; type: string; text: string; scheme: string }[];
  byId: ReadonlyMap<string, { id: string; type: string; text: string; scheme: string }>;
  into: (id: string) => string[];
  outOf: (id: string) => string[];
}

export interface AifArguments {
  arguments: ImportedArgument[];
  argumentRelations: ImportedArgumentRelation[];
  /** I nodes that are not units of the text: implicit premises and objections' words. */
  notUnits: Set<string>;
  /** Scheme nodes read as (part of) an argument or a relation of arguments: not relations of units. */
  claimed: Set<string>;
}

const isRec = (v: unknown): v is Rec => !!v && typeof v === "object" && !Array.isArray(v);
const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);
const oneOf = <T extends string>(list: readonly T[], v: unknown, fallback: T): T => (list.includes(v as T) ? (v as T) : fallback);
const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
/** AIF's names for an inference without a scheme. */
const NO_SCHEME = new Set(["", "default inference", "inference", "ra"]);

/** `ext`: the file's "warrant" key ({} when it has none). Our own exports, even those from before arguments, are read from it. */
export function readAifArguments(g: AifGraph, ext: Rec): AifArguments {
  return ext.format === "warrant.aif-extension" || Array.isArray(ext.arguments) ? fromExtension(g, ext) : fromGraph(g);
}

function fromGraph(g: AifGraph): AifArguments {
  const isI = (id: string) => g.byId.get(id)?.type === "I";
  const out: AifArguments = { arguments: [], argumentRelations: [], notUnits: new Set(), claimed: new Set() };
  for (const ra of g.nodes.filter((n) => n.type === "RA")) {
    const premises = [...new Set(g.into(ra.id).filter(isI))];
    const conclusions = [...new Set(g.outOf(ra.id).filter(isI))];
    if (!premises.length || conclusions.length !== 1) continue;
    const name = ra.text.trim() || ra.scheme.trim();
    const scheme = schemeByAifName(name) ?? schemeByAifName(ra.scheme);
    const conclusion = g.byId.get(conclusions[0]!)!.text.trim() || "(empty statement)";
    const unknown = !scheme && !NO_SCHEME.has(name.toLowerCase()) ? `${name}: ` : "";
    out.claimed.add(ra.id);
    out.arguments.push({
      key: ra.id,
      title: clip(`${unknown}${conclusion}`, MAX_TITLE_LENGTH),
      schemeId: scheme?.id ?? null,
      statements: [...premises, conclusions[0]!].map((id, i) => ({
        key: `${ra.id}/${i}`,
        role: i === premises.length ? "CONCLUSION" : "PREMISE",
        unit: id,
        text: clip(g.byId.get(id)!.text, MAX_RATIONALE_LENGTH),
      })),
    });
  }
  for (const ca of g.nodes.filter((n) => n.type === "CA")) {
    const targets = g.outOf(ca.id).filter((id) => out.claimed.has(id));
    if (!targets.length) continue;
    out.claimed.add(ca.id);
    for (const argument of targets)
      for (const unit of g.into(ca.id).filter(isI)) out.argumentRelations.push({ type: "UNDERCUTS", from: { unit }, to: { argument } });
  }
  return out;
}

function fromExtension(g: AifGraph, ext: Rec): AifArguments {
  const out: AifArguments = { arguments: [], argumentRelations: [], notUnits: new Set(), claimed: new Set() };
  const textOf = (id: string) => clip(g.byId.get(id)?.text ?? "", MAX_RATIONALE_LENGTH);
  for (const a of (Array.isArray(ext.arguments) ? ext.arguments : []).filter(isRec)) {
    const key = String(a.node ?? "");
    if (!key) continue;
    out.claimed.add(key);
    for (const id of Array.isArray(a.inferences) ? a.inferences : []) out.claimed.add(String(id));
    const scheme = getScheme(str(a.schemeId));
    const statements = (Array.isArray(a.statements) ? a.statements : []).filter(isRec).map((s, i) => {
      const node = String(s.node ?? "");
      if (s.unit !== true) out.notUnits.add(node);
      return {
        key: `${key}/${i}`,
        role: oneOf(ARGUMENT_ROLES, s.role, "PREMISE"),
        unit: s.unit === true ? node : null,
        text: clip(str(s.text) ?? textOf(node), MAX_RATIONALE_LENGTH),
      };
    });
    const questions = new Set(scheme?.criticalQuestions.map((q) => q.id));
    out.arguments.push({
      key,
      title: clip(str(a.title) ?? (statements.at(-1)?.text || "Imported argument"), MAX_TITLE_LENGTH),
      schemeId: scheme?.id ?? null,
      status: oneOf(ARGUMENT_STATUSES, a.status, "DRAFT"),
      statements,
      answers: (Array.isArray(a.answers) ? a.answers : [])
        .filter(isRec)
        .filter((x) => questions.has(String(x.questionId)) && QUESTION_ANSWERS.includes(x.answer as never))
        .map((x) => ({ questionId: String(x.questionId), answer: x.answer as (typeof QUESTION_ANSWERS)[number], note: str(x.note) })),
    });
  }
  const end = (e: unknown): End | null => {
    if (!isRec(e)) return null;
    if (typeof e.argument === "string") return { argument: e.argument };
    if (isRec(e.statement)) return { statement: `${String(e.statement.argument)}/${Number(e.statement.position)}` };
    if (typeof e.unit === "string") return { unit: e.unit };
    if (typeof e.text === "string") {
      out.notUnits.add(e.text);
      return { text: textOf(e.text) };
    }
    return null;
  };
  for (const r of (Array.isArray(ext.argumentRelations) ? ext.argumentRelations : []).filter(isRec)) {
    const from = end(r.from),
      to = end(r.to);
    if (typeof r.node === "string") out.claimed.add(r.node);
    if (!from || !to || !ARGUMENT_RELATION_TYPES.includes(r.type as never)) continue;
    out.argumentRelations.push({ type: r.type as ImportedArgumentRelation["type"], from, to, questionId: str(r.questionId) });
  }
  return out;
}
