import "server-only";
import type { Document, Relation, Unit } from "@/generated/prisma/client";
import { OPINION_SUGGESTION_THRESHOLD } from "@/lib/domain/verdict";
import type { DocumentView, QuoteView, RelationView, UnitView } from "@/lib/domain/views";

const stringList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : []);

/** A unit row, optionally with its counts (include UNIT_COUNTS in the query). */
export type UnitRow = Unit & { _count?: { evidence: number; comments: number } };

/** Prisma `include` fragment for the counts a UnitView shows. */
export const UNIT_COUNTS = { _count: { select: { evidence: true, comments: { where: { resolvedAt: null } } } } } as const;

export function toUnitView(u: UnitRow): UnitView {
  return {
    id: u.id,
    documentId: u.documentId,
    kind: u.kind,
    start: u.start,
    end: u.end,
    exact: u.quoteExact,
    text: u.text,
    speaker: u.speaker ? { name: u.speaker, start: u.speakerStart, end: u.speakerEnd } : null,
    origin: u.origin,
    signals: stringList(u.signals),
    checkworthy: u.checkworthy,
    opinion: u.opinion,
    verdict: u.verdict,
    rationale: u.rationale,
    status: u.status,
    assigneeId: u.assigneeId,
    version: u.version,
    updatedAt: u.updatedAt.toISOString(),
    sourceCount: u._count?.evidence ?? 0,
    openComments: u._count?.comments ?? 0,
    suggestedVerdict: u.opinion >= OPINION_SUGGESTION_THRESHOLD ? "OPINION" : null,
  };
}

export function toRelationView(r: Relation): RelationView {
  return { id: r.id, fromId: r.fromId, toId: r.toId, type: r.type, origin: r.origin, signals: stringList(r.signals) };
}

export function toDocumentView(
  d: Document & { workspace: { id: string; name: string; slug: string }; units: UnitRow[]; relations: Relation[] },
): DocumentView {
  return {
    id: d.id,
    workspace: d.workspace,
    title: d.title,
    author: d.author,
    publisher: d.publisher,
    sourceUrl: d.sourceUrl,
    publishedAt: d.publishedAt?.toISOString().slice(0, 10) ?? null,
    language: d.language,
    text: d.text,
    textSha256: d.textSha256,
    createdAt: d.createdAt.toISOString(),
    units: d.units.map(toUnitView),
    relations: d.relations.map(toRelationView),
    quotes: quotesOf(d.analysis),
  };
}

function quotesOf(analysis: unknown): QuoteView[] {
  const quotes = (analysis as { quotes?: unknown } | null)?.quotes;
  return Array.isArray(quotes) ? (quotes as QuoteView[]) : [];
}
