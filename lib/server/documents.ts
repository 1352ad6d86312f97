import "server-only";
import { createHash, randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { analyze } from "@/lib/analysis";
import { resolveLanguage } from "@/lib/analysis/language";
import { anchoredSpan, textQuote } from "@/lib/domain/anchor";
import { parseDay } from "@/lib/domain/dates";
import type { TImportDocumentData } from "@/lib/validation/document";
import type { TImportedDocumentData } from "@/lib/validation/interchange";
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

/** A text analysed into units and relations (pastes, fetched pages, uploads, the demo article). */
export async function insertAnalysedDocument(tx: DbTx, doc: NewDocument) {
  const { text } = doc.data;
  const analysis = analyze(text, { language: doc.data.language });
  const document = await insertDocumentRow(tx, doc, {
    language: analysis.language,
    analysis: { quotes: analysis.quotes, paragraphs: analysis.paragraphs, citations: analysis.citations ?? [] } as unknown as Prisma.InputJsonValue,
  });
  // Ids are made here so relations can point at units without a read-back.
  const ids = new Map(analysis.units.map((u) => [u.id, randomUUID()]));
  await tx.unit.createMany({
    data: analysis.units.map((u) => ({
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
  });
  const relations = analysis.relations.filter((r) => ids.has(r.from) && ids.has(r.to) && r.from !== r.to);
  if (relations.length > 0) {
    await tx.relation.createMany({
      data: relations.map((r) => ({ documentId: document.id, fromId: ids.get(r.from)!, toId: ids.get(r.to)!, type: r.type, signals: r.signals })),
      skipDuplicates: true,
    });
  }
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
  await tx.unit.createMany({
    data: file.units.map((u) => {
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
        speaker: u.speaker,
        origin: u.origin,
        signals: u.signals,
        checkworthy: u.checkworthy,
        opinion: u.opinion,
        verdict: u.verdict,
        rationale: u.rationale,
        status: u.status,
      };
    }),
  });
  const relations = file.relations.filter((r) => r.from !== r.to);
  await tx.relation.createMany({
    data: relations.map((r) => ({ documentId, fromId: ids.get(r.from)!, toId: ids.get(r.to)!, type: r.type, origin: r.origin, signals: r.signals })),
    skipDuplicates: true,
  });
  // Sources are workspace-level and reused by URL, as when a reviewer attaches one.
  let evidence = 0;
  for (const u of file.units) {
    for (const s of u.sources) {
      const url = httpOnly(s.url);
      const source =
        (url && (await tx.source.findFirst({ where: { workspaceId, url }, orderBy: { createdAt: "asc" }, select: { id: true } }))) ||
        (await tx.source.create({
          data: {
            workspaceId,
            url,
            title: s.title,
            publisher: s.publisher,
            publishedAt: parseDay(s.publishedAt),
            accessedAt: s.accessedAt && !Number.isNaN(Date.parse(s.accessedAt)) ? new Date(s.accessedAt) : null,
          },
          select: { id: true },
        }));
      const created = await tx.evidence.createMany({
        data: [{ unitId: ids.get(u.key)!, sourceId: source.id, stance: s.stance, excerpt: s.excerpt }],
        skipDuplicates: true,
      });
      evidence += created.count;
    }
  }
  return { units: file.units.length, relations: relations.length, sources: evidence };
}
