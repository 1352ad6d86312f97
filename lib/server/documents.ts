import "server-only";
import { createHash, randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { analyze } from "@/lib/analysis";
import { resolveLanguage } from "@/lib/analysis/language";
import { anchoredSpan, textQuote } from "@/lib/domain/anchor";
import { parseDay } from "@/lib/domain/dates";
import type { TImportDocumentData } from "@/lib/validation/document";
import type { TImportedDocumentData } from "@/lib/validation/interchange";
import { insertFileArguments } from "./argument-imports";
import { insertAutoRelations, insertAutoUnits } from "./bulk-insert";
import { recordChange } from "./changes";
import type { DbTx } from "./db";

// The one way a document enters the database: its row (the original text with its SHA-256,
// never edited afterwards), then its units and relations — proposed by the analyser, or read
// from an argument file — and one Activity row saying which. Callers check permissions and own
// the transaction.

/** What was fetched or uploaded, byte for byte, so reviewers can prove what the page said. */
export interface RawSnapshot {
  rawSnapshot: string;
  rawContentType: string;
  rawSha256: string;
  fetchedAt: Date | null;
}

interface NewDocument {
  userId: string | null;
  workspaceId: string;
  data: TImportDocumentData;
  snapshot?: RawSnapshot;
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

async function insertDocumentRow(
  tx: DbTx,
  { userId, workspaceId, data, snapshot }: NewDocument,
  extra: { language: string; analysis?: Prisma.InputJsonValue },
) {
  return tx.document.create({
    data: {
      workspaceId,
      title: data.title,
      author: data.author ?? null,
      publisher: data.publisher ?? null,
      sourceUrl: data.sourceUrl ?? null,
      publishedAt: parseDay(data.publishedAt),
      language: extra.language,
      text: data.text,
      textSha256: sha256(data.text),
      analysis: extra.analysis,
      createdById: userId,
      ...snapshot,
    },
    select: { id: true, title: true },
  });
}

/** What the analyser made of a text: run it BEFORE opening the transaction (seconds for a 2 MB text). */
export type PreparedAnalysis = ReturnType<typeof analyze>;

export function analyseDocument(data: TImportDocumentData): PreparedAnalysis {
  return analyze(data.text, { language: data.language });
}

/**
 * A text analysed into units and relations (pastes, fetched pages, uploads, the demo article).
 * `analysis` is normally made before the transaction (analyseDocument), so the transaction only
 * writes: the document row, the units and relations in bulk (bulk-insert.ts), the Activity row.
 */
export async function insertAnalysedDocument(tx: DbTx, doc: NewDocument, analysis: PreparedAnalysis = analyseDocument(doc.data)) {
  const { text } = doc.data;
  const document = await insertDocumentRow(tx, doc, {
    language: analysis.language,
    analysis: { quotes: analysis.quotes, paragraphs: analysis.paragraphs, citations: analysis.citations ?? [] } as unknown as Prisma.InputJsonValue,
  });
  // Ids are made here so relations can point at units without a read-back.
  const ids = new Map(analysis.units.map((u) => [u.id, randomUUID()]));
  await insertAutoUnits(
    tx,
    analysis.units.map((u) => ({
      id: ids.get(u.id)!,
      documentId: document.id,
      kind: u.kind,
      ...anchoredSpan(text, u.start, u.end),
      speaker: u.speaker?.name ?? null,
      speakerStart: u.speaker?.start ?? null,
      speakerEnd: u.speaker?.end ?? null,
      signals: u.signals,
      checkworthy: u.checkworthy,
      opinion: u.opinion,
    })),
  );
  const relations = analysis.relations.filter((r) => ids.has(r.from) && ids.has(r.to) && r.from !== r.to);
  await insertAutoRelations(
    tx,
    relations.map((r) => ({ documentId: document.id, fromId: ids.get(r.from)!, toId: ids.get(r.to)!, type: r.type, signals: r.signals })),
  );
  await recordChange(tx, {
    workspaceId: doc.workspaceId,
    actorId: doc.userId,
    action: "document.import",
    entityType: "document",
    entityId: document.id,
    documentId: document.id,
    after: { title: document.title, units: analysis.units.length, relations: relations.length },
  });
  return { id: document.id, units: analysis.units.length };
}

const httpOnly = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

/**
 * An argument file's document: its statements and relations, verdicts and sources are the
 * file's own (the analyser does not run), recorded as one "document.import.file" activity.
 */
export async function insertArgumentFileDocument(tx: DbTx, doc: NewDocument & { file: TImportedDocumentData; format: string }) {
  const document = await insertDocumentRow(tx, doc, { language: resolveLanguage(doc.data.text, doc.data.language ?? doc.file.language ?? undefined) });
  const counts = await insertFileUnits(tx, { workspaceId: doc.workspaceId, documentId: document.id, file: doc.file });
  await recordChange(tx, {
    workspaceId: doc.workspaceId,
    actorId: doc.userId,
    action: "document.import.file",
    entityType: "document",
    entityId: document.id,
    documentId: document.id,
    after: { format: doc.format, ...counts },
  });
  return { id: document.id, ...counts };
}

async function insertFileUnits(tx: DbTx, { workspaceId, documentId, file }: { workspaceId: string; documentId: string; file: TImportedDocumentData }) {
  const ids = new Map(file.units.map((u) => [u.key, randomUUID()]));
  const units = file.units.map((u) => {
    const quote = textQuote(file.text, u.start, u.end);
    return {
      id: ids.get(u.key)!,
      documentId,
      kind: u.kind,
      start: u.start,
      end: u.end,
      quoteExact: quote.exact,
      quotePrefix: quote.prefix,
      quoteSuffix: quote.suffix,
      text: u.text && u.text !== quote.exact ? u.text : null,
      label: u.label,
      speaker: u.speaker,
      origin: u.origin,
      signals: u.signals,
      checkworthy: u.checkworthy,
      opinion: u.opinion,
      verdict: u.verdict,
      rationale: u.rationale,
      status: u.status,
    };
  });
  for (const some of chunks(units)) await tx.unit.createMany({ data: some });
  const relations = file.relations.filter((r) => r.from !== r.to);
  const rows = relations.map((r) => ({ documentId, fromId: ids.get(r.from)!, toId: ids.get(r.to)!, type: r.type, origin: r.origin, signals: r.signals }));
  for (const some of chunks(rows)) await tx.relation.createMany({ data: some, skipDuplicates: true });
  const evidence = await insertFileSources(tx, workspaceId, file, ids);
  const args = await insertFileArguments(tx, { documentId, file, unitIds: ids });
  return { units: file.units.length, relations: relations.length, sources: evidence, ...(args ? { arguments: args } : {}) };
}

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters for the widest table here. */
const BATCH = 2_000;
const chunks = <T>(list: T[]) => Array.from({ length: Math.ceil(list.length / BATCH) }, (_, i) => list.slice(i * BATCH, (i + 1) * BATCH));

/**
 * The file's sources, in a fixed number of queries whatever their count (one lookup and one
 * insert per 2,000): sources are workspace-level and reused by URL, as when a reviewer attaches
 * one (the oldest source with that URL; a URL new to the workspace is created once, from its
 * first appearance in the file; a source without a URL is always new). Returns the evidence rows made.
 */
async function insertFileSources(tx: DbTx, workspaceId: string, file: TImportedDocumentData, ids: Map<string, string>): Promise<number> {
  const attached = file.units.flatMap((u) => u.sources.map((s) => ({ unitId: ids.get(u.key)!, source: s, url: httpOnly(s.url) })));
  if (attached.length === 0) return 0;
  const byUrl = new Map<string, string>();
  const urls = [...new Set(attached.flatMap((a) => (a.url ? [a.url] : [])))];
  for (const some of chunks(urls)) {
    const found = await tx.source.findMany({ where: { workspaceId, url: { in: some } }, orderBy: { createdAt: "asc" }, select: { id: true, url: true } });
    for (const f of found) if (f.url && !byUrl.has(f.url)) byUrl.set(f.url, f.id);
  }
  const created: Prisma.SourceCreateManyInput[] = [];
  const evidence = attached.map(({ unitId, source: s, url }) => {
    let sourceId = url ? byUrl.get(url) : undefined;
    if (!sourceId) {
      sourceId = randomUUID();
      if (url) byUrl.set(url, sourceId);
      created.push({
        id: sourceId,
        workspaceId,
        url,
        title: s.title,
        publisher: s.publisher,
        publishedAt: parseDay(s.publishedAt),
        accessedAt: s.accessedAt && !Number.isNaN(Date.parse(s.accessedAt)) ? new Date(s.accessedAt) : null,
      });
    }
    return { unitId, sourceId, stance: s.stance, excerpt: s.excerpt };
  });
  for (const some of chunks(created)) await tx.source.createMany({ data: some });
  let count = 0;
  for (const some of chunks(evidence)) count += (await tx.evidence.createMany({ data: some, skipDuplicates: true })).count;
  return count;
}
