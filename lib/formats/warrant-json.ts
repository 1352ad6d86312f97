// Warrant's own format: the ArgumentMap as JSON, the lossless one. Re-importing it restores the
// text byte for byte, every unit at its offsets with its verdict, sources and normalised wording
// (`checked`; `text` is what the map shows, the normalised wording else the exact words), and
// every relation.
import { documentMetadata } from "./fields";
import type { ArgumentMap } from "@/lib/domain/argument-map";
import { ZArgumentMapFile } from "@/lib/validation/interchange";
import { FormatError, parseJsonFile } from "./errors";
import type { ImportedDocument } from "./types";

export function toWarrantJson(map: ArgumentMap): string {
  return `${JSON.stringify(map, null, 2)}\n`;
}

export function fromWarrantJson(content: string): ImportedDocument {
  const json = parseJsonFile(content);
  const parsed = ZArgumentMapFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new FormatError(`This is not a Warrant JSON export (${issue.path.join(".") || "file"}: ${issue.message}).`);
  }
  const { document: d, nodes, edges, arguments: args, argumentRelations } = parsed.data;
  const orNone = (v: string | null) => v ?? undefined;
  return {
    ...documentMetadata(d),
    text: d.text,
    // Files from before `checked` carried the normalised wording only as a `text` that differs from `exact`.
    units: nodes.map(({ id, exact, text, checked, ...n }) => ({
      ...n,
      key: id,
      text: checked === undefined ? (text === exact ? null : text) : checked || null,
    })),
    relations: edges.map((e) => ({ from: e.from, to: e.to, type: e.type, origin: e.origin, signals: e.signals })),
    // Arguments by their own ids: statements name units by node id, relations name statements by id.
    arguments: args.map((a) => ({
      key: a.id,
      title: a.title,
      label: a.label ?? null,
      inference: a.inference,
      schemeId: a.schemeId,
      status: a.status,
      statements: a.statements.map((st) => ({ key: st.id, role: st.role, unit: st.unitId, text: st.text })),
      answers: a.answers,
    })),
    argumentRelations: argumentRelations.map((r) => ({
      type: r.type,
      from: { argument: orNone(r.from.argumentId), unit: orNone(r.from.unitId), text: orNone(r.from.text) },
      to: { argument: orNone(r.to.argumentId), statement: orNone(r.to.statementId), unit: orNone(r.to.unitId) },
      questionId: r.questionId,
    })),
  };
}
