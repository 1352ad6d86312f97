// An imported file as the map Warrant would export after storing it, without a database: the
// units, relations and arguments under the file's own keys as ids. What the import use case
// stores (lib/server/argument-imports.ts) and loadArgumentMap builds back, for benchmarks and
// format round trips (aif-round-trip.ts). PURE.
import type { ArgumentMap, MapArgument, MapNode } from "@/lib/domain/argument-map";
import type { ArgumentRelationView } from "@/lib/domain/arguments";
import { ZImportedDocument } from "@/lib/validation/interchange";
import { FormatError } from "./errors";
import type { ImportedDocument } from "./types";

export function importedToMap(file: ImportedDocument, id = "imported"): ArgumentMap {
  const parsed = ZImportedDocument.safeParse(file);
  if (!parsed.success) throw new FormatError(parsed.error.issues[0]!.message);
  const doc = parsed.data;
  const nodes: MapNode[] = doc.units.map((u) => {
    const exact = doc.text.slice(u.start, u.end);
    return {
      id: u.key,
      kind: u.kind,
      start: u.start,
      end: u.end,
      exact,
      checked: u.text,
      text: u.text ?? exact,
      speaker: u.speaker,
      verdict: u.verdict,
      rationale: u.rationale,
      status: u.status,
      checkworthy: u.checkworthy,
      opinion: u.opinion,
      signals: u.signals,
      sources: u.sources.map((s, i) => ({ ...s, id: s.id ?? `${u.key}/source/${i}` })) as MapNode["sources"],
    };
  });
  // Statement ids as insertFileArguments gives them: a key names the first statement that has it.
  const statementId = new Map<string, string>();
  const args: MapArgument[] = doc.arguments.map((a) => ({
    id: a.key,
    title: a.title,
    schemeId: a.schemeId,
    status: a.status,
    answers: a.answers,
    statements: a.statements.map((s, position) => {
      const sid = `${a.key}#${position}`;
      if (!statementId.has(s.key)) statementId.set(s.key, sid);
      return { id: sid, position, role: s.role, unitId: s.unit ?? null, text: s.text, implicit: !s.unit };
    }),
  }));
  const argumentRelations: ArgumentRelationView[] = doc.argumentRelations.map((r, i) => ({
    id: `argument-relation/${i}`,
    type: r.type,
    from: { argumentId: r.from.argument ?? null, unitId: r.from.unit ?? null, text: r.from.text ?? null },
    to: { argumentId: r.to.argument ?? null, statementId: r.to.statement ? (statementId.get(r.to.statement) ?? null) : null, unitId: r.to.unit ?? null },
    questionId: r.questionId ?? null,
    createdAt: "1970-01-01T00:00:00.000Z",
  }));
  return {
    format: "warrant.argument-map",
    version: 1,
    document: {
      id,
      title: doc.title,
      author: doc.author,
      publisher: doc.publisher,
      sourceUrl: doc.sourceUrl,
      publishedAt: doc.publishedAt,
      language: doc.language ?? "en",
      text: doc.text,
      textSha256: "",
      workspace: { id: "workspace", name: "Workspace" },
    },
    nodes,
    edges: doc.relations.map((r, i) => ({ id: `relation/${i}`, from: r.from, to: r.to, type: r.type, origin: r.origin, signals: r.signals })),
    quotes: [],
    arguments: args,
    argumentRelations,
  };
}
