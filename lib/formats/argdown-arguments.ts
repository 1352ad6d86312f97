// Arguments in Argdown (issue 16): each reconstructed argument as `<Argument n>: title` with its
// data (scheme id, scheme name, AIF scheme name, status, critical-question answers) and its
// premise-conclusion structure, whose members are the unit statements by title, or statements of
// their own for reconstructed (implicit) premises marked {implicit: true}. Objections are
// statements of their own: an undercut is `_> <Argument n>` (Argdown's undercut of the inference),
// an undermine `-> [premise]`, support and attack `+>` / `->`.
import type { ArgumentMap } from "@/lib/domain/argument-map";
import type { ArgumentRelationView } from "@/lib/domain/arguments";
import { getScheme } from "@/lib/domain/schemes";
import type { InferenceStep } from "@/lib/domain/arguments";
import { escapeArgdown, yamlValue } from "./argdown";
import { argdownNamer, type ArgdownNamer } from "./argdown-titles";

/** The inference line of a PCS step: `----`, or `--` rule names and data `--` when the step has them. */
function inferenceLines(step: InferenceStep | undefined): string[] {
  const rules = (step?.rules ?? [])
    .map((r) =>
      r
        .replace(/\s+/g, " ")
        .replace(/[,{}\\]|--/g, " ")
        .trim(),
    )
    .filter(Boolean);
  const data = step?.data && Object.keys(step.data).length ? step.data : null;
  if (!rules.length && !data) return ["----"];
  return ["--", [rules.join(", "), data ? yamlValue(data) : ""].filter(Boolean).join(" "), "--"];
}

const ARROW: Record<ArgumentRelationView["type"], string> = { SUPPORTS: "+>", ATTACKS: "->", UNDERCUTS: "_>", UNDERMINES: "->" };

/** Lines for the map's arguments; `unitTitle` names the unit statements written before them. */
export function argumentsToArgdown(
  map: ArgumentMap,
  unitTitle: ReadonlyMap<string, string>,
  statements: ArgdownNamer,
): { lines: string[]; fromUnit: Map<string, string[]> } {
  const args = map.arguments ?? [];
  const argNames = argdownNamer(args.map((a) => a.label));
  const argTitle = new Map(args.map((a, i) => [a.id, argNames.name(a.label, `Argument ${i + 1}`)]));
  const statementTitle = new Map<string, string>();
  let implicit = 0;
  const lines: string[] = [];
  for (const a of args) {
    const scheme = getScheme(a.schemeId);
    const data = {
      id: a.id,
      status: a.status,
      ...(scheme ? { scheme: scheme.id, schemeName: scheme.name, aif: scheme.aif } : {}),
      ...(a.answers.length ? { answers: a.answers.map((x) => ({ question: x.questionId, answer: x.answer, note: x.note })) } : {}),
    };
    const titled = a.statements.map((s) => {
      const unit = s.unitId ? unitTitle.get(s.unitId) : undefined;
      const title = unit ?? statements.fresh(`Implicit ${++implicit}`);
      statementTitle.set(s.id, title);
      return { s, title, defined: !!unit };
    });
    const definition = (t: (typeof titled)[number]) => [
      `[${t.title}]: ${escapeArgdown(t.s.text)}`,
      `    ${yamlValue({ implicit: t.s.implicit, statement: t.s.id })}`,
    ];
    // @argdown/core reads a PCS only when it starts with a premise and ends with an inference and
    // its conclusion; any other (a sketch with no conclusion yet) goes in the data as `pcs`, its
    // statements defined on their own, so the import restores it and the counts stay the same.
    if (a.statements.length < 2 || a.statements[0]!.role !== "PREMISE" || a.statements.at(-1)!.role !== "CONCLUSION") {
      const pcs = titled.map((t) => ({ title: t.title, role: t.s.role }));
      lines.push(`<${argTitle.get(a.id)}>: ${escapeArgdown(a.title)}`, `    ${yamlValue(pcs.length ? { ...data, pcs } : data)}`, "");
      for (const t of titled) if (!t.defined) lines.push(...definition(t), "");
      continue;
    }
    lines.push(`<${argTitle.get(a.id)}>: ${escapeArgdown(a.title)}`, `    ${yamlValue(data)}`, "");
    let step = 0;
    titled.forEach((t, i) => {
      if (i > 0 && (t.s.role === "CONCLUSION" || t.s.role === "INTERMEDIATE")) lines.push(...inferenceLines(a.inference?.[step++]));
      if (t.defined) lines.push(`(${i + 1}) [${t.title}]`);
      else lines.push(`(${i + 1}) ${definition(t)[0]}`, definition(t)[1]!);
    });
    lines.push("");
  }
  // Relations: those from a unit go under that unit's statement (returned to the caller); the
  // others under the argument or objection they start from, written here.
  const fromUnit = new Map<string, string[]>();
  let objections = 0;
  const target = (r: ArgumentRelationView) =>
    r.to.argumentId
      ? `<${argTitle.get(r.to.argumentId)}>`
      : r.to.statementId
        ? `[${statementTitle.get(r.to.statementId)}]`
        : `[${unitTitle.get(r.to.unitId ?? "")}]`;
  for (const r of map.argumentRelations ?? []) {
    const to = target(r);
    if (to.includes("undefined")) continue; // a target outside the map would dangle
    const line = `    ${ARROW[r.type]} ${to}`;
    if (r.from.unitId) {
      if (!unitTitle.has(r.from.unitId)) continue;
      fromUnit.set(r.from.unitId, [...(fromUnit.get(r.from.unitId) ?? []), line]);
    } else if (r.from.argumentId && argTitle.has(r.from.argumentId)) {
      lines.push(`<${argTitle.get(r.from.argumentId)}>`, line, "");
    } else if (r.from.text) {
      lines.push(
        `[${statements.fresh(`Objection ${++objections}`)}]: ${escapeArgdown(r.from.text)}`,
        `    ${yamlValue({ objection: r.type, question: r.questionId })}`,
        line,
        "",
      );
    }
  }
  return { lines, fromUnit };
}
