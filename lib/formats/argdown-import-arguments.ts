// Argdown arguments -> Warrant arguments (issue 16). Each `<Argument>` becomes an argument: its
// PCS members name unit statements, or are implicit premises (data {implicit: true}), kept as the
// argument's own statements rather than units; its scheme comes from its data (`scheme`, a
// catalogue id, or `aif`, an AIF scheme name). Relations with an argument, an inference
// (undercut) or an implicit premise (undermine) at one end become argument relations.
import type { ArgdownApplication } from "@argdown/core";
import type { ArgumentRole } from "@/lib/domain/argument-vocabulary";
import { MAX_TITLE_LENGTH } from "@/lib/validation/limits";
import { MAX_LABEL_LENGTH, type TImportedDocument } from "@/lib/validation/interchange";
import type { InferenceStep } from "@/lib/domain/arguments";
import { getScheme, schemeByAifName } from "@/lib/domain/schemes";

type Model = ReturnType<ArgdownApplication["run"]>;
type Data = Record<string, unknown>;
type ImportedArgument = NonNullable<TImportedDocument["arguments"]>[number];
type ImportedArgumentRelation = NonNullable<TImportedDocument["argumentRelations"]>[number];
type End = ImportedArgumentRelation["from"];

const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);
const ROLE = { premise: "PREMISE", "intermediary-conclusion": "INTERMEDIATE", "main-conclusion": "CONCLUSION" } as const;
const TYPE: Record<string, ImportedArgumentRelation["type"]> = {
  support: "SUPPORTS",
  entails: "SUPPORTS",
  attack: "ATTACKS",
  contrary: "ATTACKS",
  contradictory: "ATTACKS",
  undercut: "UNDERCUTS",
};

/**
 * An argument's PCS: @argdown/core's, else the `pcs` list of its data (Warrant writes there a
 * structure Argdown cannot express, e.g. one without a conclusion yet).
 */
function pcsOf(arg: NonNullable<Model["arguments"]>[string]): { title: string; role: ArgumentRole }[] {
  if (arg.pcs?.length) return arg.pcs.filter((p) => p.title).map((p) => ({ title: p.title!, role: ROLE[p.role as keyof typeof ROLE] ?? "PREMISE" }));
  const listed = (arg.data as Data | undefined)?.pcs;
  if (!Array.isArray(listed)) return [];
  return listed.flatMap((p: unknown) => {
    const { title, role } = (p ?? {}) as Data;
    const known = role === "PREMISE" || role === "INTERMEDIATE" || role === "CONCLUSION";
    return typeof title === "string" && title ? [{ title, role: known ? role : "PREMISE" }] : [];
  });
}

/** Statement titles that are implicit premises of some argument: they are not units. */
export function implicitStatements(model: Model): Set<string> {
  const titles = new Set<string>();
  for (const arg of Object.values(model.arguments ?? {}))
    for (const p of pcsOf(arg)) if ((model.statements?.[p.title]?.data as Data | undefined)?.implicit === true) titles.add(p.title);
  return titles;
}

/**
 * The title an author gave (kept as the unit's or argument's label, so the export names it the
 * same); null for @argdown/core's own "Untitled n" and for titles too long to keep.
 */
export const authoredLabel = (title: string) => (/^Untitled \d+$/.test(title) || title.length > MAX_LABEL_LENGTH ? null : title);

/** The rules and data of each inference step of a PCS (`-- Modus ponens {uses: [1, 2]} --`); null when none names any. */
function inferenceOf(arg: NonNullable<Model["arguments"]>[string]): InferenceStep[] | null {
  const steps = (arg.pcs ?? [])
    .filter((p, i) => i > 0 && p.role !== "premise" && p.title)
    .map((p) => {
      const inf = (p as { inference?: { inferenceRules?: string[]; data?: unknown } }).inference;
      const rules = (inf?.inferenceRules ?? []).map((r) => r.trim()).filter((r) => r && r.length <= MAX_LABEL_LENGTH);
      const data = inf?.data && typeof inf.data === "object" && Object.keys(inf.data).length ? (inf.data as Data) : null;
      return { rules, data };
    });
  return steps.some((s) => s.rules.length || s.data) ? steps : null;
}

export function readArguments(model: Model, statementText: (title: string) => string) {
  const implicit = implicitStatements(model);
  const args: ImportedArgument[] = [];
  for (const [key, arg] of Object.entries(model.arguments ?? {})) {
    const data = (arg.data ?? {}) as Data;
    const description = (arg.members ?? []).map((m) => str(m.text)).find(Boolean);
    const scheme = getScheme(str(data.scheme)) ?? schemeByAifName(str(data.aif) ?? str(data.scheme));
    args.push({
      key,
      label: authoredLabel(key),
      inference: inferenceOf(arg),
      title: withTags(str(data.title) ?? description ?? key, arg.tags ?? [], MAX_TITLE_LENGTH),
      schemeId: scheme?.id ?? null,
      status: data.status === "REVIEWED" ? "REVIEWED" : "DRAFT",
      statements: pcsOf(arg)
        .filter((p) => model.statements?.[p.title])
        .map((p) => ({ key: p.title, role: p.role, unit: implicit.has(p.title) ? null : p.title, text: statementText(p.title) })),
      answers:
        scheme && Array.isArray(data.answers)
          ? answersOf(
              data.answers,
              scheme.criticalQuestions.map((q) => q.id),
            )
          : [],
    });
  }
  const argumentKeys = new Set(args.map((a) => a.key));
  const end = (node: { title?: string; type?: string; argumentTitle?: string } | undefined): End | null => {
    if (!node) return null;
    if (node.type === "argument" && node.title && argumentKeys.has(node.title)) return { argument: node.title };
    if (node.type === "inference" && node.argumentTitle && argumentKeys.has(node.argumentTitle)) return { argument: node.argumentTitle };
    if (node.type === "equivalence-class" && node.title) return implicit.has(node.title) ? { statement: node.title } : { unit: node.title };
    return null;
  };
  const relations: ImportedArgumentRelation[] = [];
  for (const r of model.relations ?? []) {
    const from = end(r.from as never);
    const to = end(r.to as never);
    let type = TYPE[String(r.relationType)];
    if (!from || !to || !type || from.statement) continue;
    if (from.unit && to.unit) continue; // between two units: an ordinary relation (argdown-import.ts)
    if (to.statement) type = "UNDERMINES";
    if (type === "UNDERCUTS" && !to.argument) type = "ATTACKS";
    relations.push({ type, from, to });
  }
  return { arguments: args, argumentRelations: relations, implicit };
}

const tagText = (t: string) => (/^[A-Za-z0-9\u00A0-\uD7FF-]+$/.test(t) ? `#${t}` : `#(${t})`);
const hasTag = (text: string, tag: string) => new RegExp(`(^|\\s)${tag.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?=\\s|$)`).test(text);

/**
 * Words ending with their Argdown tags: @argdown/core leaves a tag out of the words when a data
 * block follows it, and an equivalence class has the tags of all its members but one member's
 * words. With the tags in the words, the export writes them as tags again. `max` clips the words
 * (an argument's title has 300 characters), never the tags.
 */
export function withTags(words: string, tags: readonly string[], max = Infinity): string {
  const all = [...new Set(tags)].map(tagText);
  const missing = (text: string) => all.filter((t) => !hasTag(text, t)).join(" ");
  if (words.length + 1 + missing(words).length <= max) return `${words} ${missing(words)}`.trim();
  const clipped = `${words.slice(0, Math.max(0, max - all.join(" ").length - 3)).trimEnd()}…`;
  return `${clipped} ${missing(clipped)}`.trim().slice(0, max);
}

function answersOf(list: unknown[], questions: string[]): ImportedArgument["answers"] {
  const out: NonNullable<ImportedArgument["answers"]> = [];
  for (const item of list) {
    const a = (item ?? {}) as Data;
    const questionId = str(a.question);
    const answer = str(a.answer);
    if (questionId && questions.includes(questionId) && (answer === "HOLDS" || answer === "FAILS" || answer === "UNKNOWN")) {
      out.push({ questionId, answer, note: str(a.note) });
    }
  }
  return out;
}
