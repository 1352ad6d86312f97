import "server-only";
import { randomUUID } from "node:crypto";
import type { DbTx } from "./db";

// Bulk inserts for the analyser's output: one INSERT … SELECT FROM unnest(arrays) per 5,000 rows,
// so a statement carries one bind parameter per COLUMN (not per cell: Prisma's createMany of
// 26,000 units made 360,000 parameters, split and sent as concurrent queries on the transaction's
// one connection). Rows are inserted in order, statements one after another.

/** A unit proposed by the analyser, as stored (the id is made by the caller so relations can point at it). */
export interface AutoUnitRow {
  id: string;
  documentId: string;
  kind: string;
  start: number;
  end: number;
  quoteExact: string;
  quotePrefix: string;
  quoteSuffix: string;
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  signals: unknown;
  checkworthy: number;
  opinion: number;
}

export interface AutoRelationRow {
  documentId: string;
  fromId: string;
  toId: string;
  type: string;
  signals: unknown;
}

const BATCH = 5_000;

function* batches<T>(rows: readonly T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH) yield rows.slice(i, i + BATCH);
}

const column = <T, K extends keyof T>(rows: readonly T[], key: K) => rows.map((r) => r[key]);

export async function insertAutoUnits(tx: DbTx, rows: readonly AutoUnitRow[], now = new Date()): Promise<void> {
  for (const b of batches(rows)) {
    await tx.$executeRaw`
      INSERT INTO "Unit" ("id", "documentId", "kind", "start", "end", "quoteExact", "quotePrefix", "quoteSuffix",
                          "speaker", "speakerStart", "speakerEnd", "signals", "checkworthy", "opinion", "createdAt", "updatedAt")
      SELECT u.id, u.doc, u.kind::"UnitKind", u.s, u.e, u.exact, u.prefix, u.suffix, u.speaker, u.ss, u.se, u.signals::jsonb, u.cw, u.op, ${now}, ${now}
      FROM unnest(${column(b, "id")}::text[], ${column(b, "documentId")}::text[], ${column(b, "kind")}::text[],
                  ${column(b, "start")}::int[], ${column(b, "end")}::int[], ${column(b, "quoteExact")}::text[],
                  ${column(b, "quotePrefix")}::text[], ${column(b, "quoteSuffix")}::text[], ${column(b, "speaker")}::text[],
                  ${column(b, "speakerStart")}::int[], ${column(b, "speakerEnd")}::int[], ${b.map((r) => JSON.stringify(r.signals ?? []))}::text[],
                  ${column(b, "checkworthy")}::float8[], ${column(b, "opinion")}::float8[])
        AS u(id, doc, kind, s, e, exact, prefix, suffix, speaker, ss, se, signals, cw, op)`;
  }
}

/** Analyser relations; a pair already related with the same type is skipped (the unique index). */
export async function insertAutoRelations(tx: DbTx, rows: readonly AutoRelationRow[], now = new Date()): Promise<void> {
  for (const b of batches(rows)) {
    await tx.$executeRaw`
      INSERT INTO "Relation" ("id", "documentId", "fromId", "toId", "type", "signals", "createdAt")
      SELECT r.id, r.doc, r.f, r.t, r.type::"RelationType", r.signals::jsonb, ${now}
      FROM unnest(${b.map(() => randomUUID())}::text[], ${column(b, "documentId")}::text[], ${column(b, "fromId")}::text[],
                  ${column(b, "toId")}::text[], ${column(b, "type")}::text[], ${b.map((r) => JSON.stringify(r.signals ?? []))}::text[])
        AS r(id, doc, f, t, type, signals)
      ON CONFLICT DO NOTHING`;
  }
}
