import "server-only";
import type { ArgumentView, SchemeSuggestion } from "@/lib/domain/arguments";
import { schemeStatements, suggestSchemes, type SchemeUnit } from "@/lib/analysis/scheme-suggest";
import type { DbTx } from "./db";

const stringList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : []);

/**
 * The schemes the analyser suggests for an argument (lib/analysis/scheme-suggest.ts), read from its
 * statements' units, the attributions those units cite and the document's language. Two queries,
 * both inside the argument's document. A suggestion only: nothing is written.
 */
export async function argumentSchemeSuggestions(tx: DbTx, a: ArgumentView): Promise<SchemeSuggestion[]> {
  const unitIds = a.statements.flatMap((s) => (s.unitId ? [s.unitId] : []));
  const [document, relations] = await Promise.all([
    tx.document.findUnique({ where: { id: a.documentId }, select: { language: true } }),
    unitIds.length
      ? tx.relation.findMany({ where: { documentId: a.documentId, type: "CITES", fromId: { in: unitIds } }, select: { fromId: true, toId: true, type: true } })
      : Promise.resolve([]),
  ]);
  const ids = [...new Set([...unitIds, ...relations.map((r) => r.toId)])];
  const rows = ids.length
    ? await tx.unit.findMany({
        where: { documentId: a.documentId, id: { in: ids } },
        select: { id: true, kind: true, text: true, quoteExact: true, signals: true, speaker: true },
      })
    : [];
  const units = new Map<string, SchemeUnit>(
    rows.map((u) => [u.id, { kind: u.kind, text: u.text ?? u.quoteExact, signals: stringList(u.signals), speaker: u.speaker ? { name: u.speaker } : null }]),
  );
  return suggestSchemes(schemeStatements(a.statements, units, relations), { language: document?.language });
}
