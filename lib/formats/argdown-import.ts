// Argdown -> a new document. Statements become units (their data block restores kind, normalised
// wording (`checked`), verdict, rationale, speaker and sources when the file came from Warrant); support/entails become
// SUPPORTS, attack/contrary/contradictory/undercut become ATTACKS. Arguments become arguments
// with their premise-conclusion structure and scheme (argdown-import-arguments.ts).
import { ArgdownApplication, DataPlugin, ModelPlugin, ParserPlugin } from "@argdown/core";
import { VERDICT_LABEL } from "@/lib/domain/vocabulary";
import { authoredLabel, implicitStatements, readArguments, withTags } from "./argdown-import-arguments";
import { FormatError } from "./errors";
import { assembleText, type ImportedDocument } from "./types";

type Model = ReturnType<ArgdownApplication["run"]>;
type Data = Record<string, unknown>;

export function parseArgdownModel(input: string): Model {
  const app = new ArgdownApplication();
  app.addPlugin(new ParserPlugin(), "parse-input");
  app.addPlugin(new DataPlugin(), "build-model");
  app.addPlugin(new ModelPlugin(), "build-model");
  const model = app.run({ process: ["parse-input", "build-model"], input, logLevel: "none" });
  const problem = model.lexerErrors?.[0] ?? model.parserErrors?.[0];
  if (problem) {
    const line = (problem as { token?: { startLine?: number } }).token?.startLine ?? (problem as { line?: number }).line;
    throw new FormatError(`The Argdown could not be read${line ? ` (line ${line})` : ""}: ${problem.message}`);
  }
  return model;
}

const str = (v: unknown) => (typeof v === "string" && v.trim() ? v : null);
const SUPPORT = new Set(["support", "entails"]);
const ATTACK = new Set(["attack", "contrary", "contradictory", "undercut"]);

/** Our own tag (`#(disputed)`) ends the statement text; remove it so the words round-trip. */
function statementText(members: { text?: string }[], verdict: string | null, tags?: string[]): string {
  let text =
    members
      .filter((m) => m.text?.trim())
      .at(-1)
      ?.text?.trim() ?? "";
  const label = verdict && verdict in VERDICT_LABEL ? VERDICT_LABEL[verdict as keyof typeof VERDICT_LABEL].toLowerCase() : null;
  if (label && text.endsWith(`#(${label})`)) text = text.slice(0, -`#(${label})`.length).trim();
  return (
    text &&
    withTags(
      text,
      (tags ?? []).filter((t) => t !== label),
    )
  );
}

export function fromArgdown(input: string): ImportedDocument {
  const model = parseArgdownModel(input);
  const implicit = implicitStatements(model);
  const all = Object.entries(model.statements ?? {}).map(([title, ec]) => {
    const data = (ec.data ?? {}) as Data;
    const verdict = str(data.verdict);
    return { title, data, verdict, text: statementText(ec.members ?? [], verdict, ec.tags) || title };
  });
  // Implicit premises belong to their argument, not to the text: they are not units.
  const statements = all.filter((s) => !implicit.has(s.title));
  if (all.length === 0) throw new FormatError("The Argdown has no statements ([Title]: text).");
  const { text, spans } = assembleText(statements.length ? statements.map((s) => s.text) : ["(no statement of the text)"]);
  const words = new Map(all.map((s) => [s.title, s.text]));
  const args = readArguments(model, (title) => words.get(title) ?? title);
  const relations: ImportedDocument["relations"] = [];
  // Relations between two units stay relations of units; those with an argument at one end are
  // the arguments' own (argdown-import-arguments.ts). An argument without a PCS still stands for
  // nothing in the text, so relations to it are kept only there.
  const unit = (node: { title?: string; type?: string } | undefined) =>
    node?.type === "equivalence-class" && node.title && !implicit.has(node.title) ? node.title : undefined;
  for (const r of model.relations ?? []) {
    const from = unit(r.from),
      to = unit(r.to);
    const type = SUPPORT.has(String(r.relationType)) ? "SUPPORTS" : ATTACK.has(String(r.relationType)) ? "ATTACKS" : null;
    if (from && to && type && from !== to) relations.push({ from, to, type });
  }
  for (const s of statements) {
    for (const [key, type] of [
      ["cites", "CITES"],
      ["rephrases", "REPHRASES"],
    ] as const) {
      const targets = s.data[key];
      if (Array.isArray(targets)) for (const to of targets) if (typeof to === "string" && !implicit.has(to)) relations.push({ from: s.title, to, type });
    }
  }
  const front = (model.frontMatter ?? {}) as Data;
  return {
    title: str(front.title) ?? model.sections?.[0]?.title ?? "Imported Argdown",
    author: str(front.author),
    publisher: str(front.publisher),
    sourceUrl: str(front.sourceUrl),
    publishedAt: str(front.publishedAt),
    language: str(front.language),
    text,
    units: statements.map((s, i) => ({
      key: s.title,
      start: spans[i]!.start,
      end: spans[i]!.end,
      text: str(s.data.checked),
      label: authoredLabel(s.title),
      kind: (str(s.data.kind) ?? "CLAIM") as never,
      verdict: (s.verdict ?? "UNREVIEWED") as never,
      rationale: str(s.data.rationale),
      speaker: str(s.data.speaker),
      status: (str(s.data.status) ?? "OPEN") as never,
      sources: Array.isArray(s.data.sources) ? (s.data.sources as never[]) : [],
    })),
    relations: dedupe(relations),
    arguments: args.arguments,
    argumentRelations: args.argumentRelations,
  };
}

function dedupe<T extends { from: string; to: string; type: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((r) => !seen.has(`${r.from}\u0000${r.to}\u0000${r.type}`) && !!seen.add(`${r.from}\u0000${r.to}\u0000${r.type}`));
}
