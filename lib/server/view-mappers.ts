import "server-only";
// Database rows -> the view types of lib/domain/views.ts. Only use cases call these: what leaves
// lib/server is always a view (plain JSON), never a Prisma row.
import type { Comment, Document, Evidence, Relation, Source, Unit, UnitReview } from "@/generated/prisma/client";
import { formatDay, formatInstant } from "@/lib/domain/dates";
import { OPINION_SUGGESTION_THRESHOLD } from "@/lib/domain/verdict";
import type { CommentView, DocumentView, EvidenceView, QuoteView, RelationView, ReviewView, SourceView, UnitView } from "@/lib/domain/views";

const stringList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : []);

/** A unit row, optionally with its counts (include UNIT_COUNTS) and the viewer's own review (unitIncludeFor). */
export type UnitRow = Unit & { _count?: { evidence: number; comments: number }; reviews?: UnitReview[] };

/** Prisma `include` fragment for the counts a UnitView shows. */
export const UNIT_COUNTS = { _count: { select: { evidence: true, comments: { where: { resolvedAt: null } } } } } as const;

/** Counts, and the viewer's own double-review verdict (their draft starts from it). */
export const unitIncludeFor = (viewerId: string) => ({ ...UNIT_COUNTS, reviews: { where: { reviewerId: viewerId }, take: 1 } }) as const;

export function toUnitView(u: UnitRow): UnitView {
  const mine = u.reviews?.[0];
  return {
    id: u.id,
    documentId: u.documentId,
    kind: u.kind,
    start: u.start,
    end: u.end,
    exact: u.quoteExact,
    text: u.text,
    label: u.label,
    speaker: u.speaker ? { name: u.speaker, start: u.speakerStart, end: u.speakerEnd } : null,
    origin: u.origin,
    signals: stringList(u.signals),
    checkworthy: u.checkworthy,
    opinion: u.opinion,
    verdict: u.verdict,
    rationale: u.rationale,
    status: u.status,
    assigneeId: u.assigneeId,
    assignedAt: formatInstant(u.assignedAt),
    secondAssigneeId: u.secondAssigneeId,
    version: u.version,
    updatedAt: u.updatedAt.toISOString(),
    sourceCount: u._count?.evidence ?? 0,
    openComments: u._count?.comments ?? 0,
    suggestedVerdict: u.opinion >= OPINION_SUGGESTION_THRESHOLD ? "OPINION" : null,
    myReview: mine ? { verdict: mine.verdict, rationale: mine.rationale, submitted: mine.submittedAt !== null } : null,
  };
}

export function toRelationView(r: Relation): RelationView {
  return { id: r.id, fromId: r.fromId, toId: r.toId, type: r.type, origin: r.origin, signals: stringList(r.signals) };
}

export function toDocumentView(
  d: Document & { workspace: { id: string; name: string; slug: string; assignedOnly: boolean }; units: UnitRow[]; relations: Relation[] },
): DocumentView {
  return {
    id: d.id,
    workspace: d.workspace,
    doubleReview: d.doubleReview,
    title: d.title,
    author: d.author,
    publisher: d.publisher,
    sourceUrl: d.sourceUrl,
    publishedAt: formatDay(d.publishedAt),
    language: d.language,
    text: d.text,
    textSha256: d.textSha256,
    createdAt: d.createdAt.toISOString(),
    units: d.units.map(toUnitView),
    relations: d.relations.map(toRelationView),
    quotes: quotesOf(d.analysis),
    archivedAt: d.archivedAt?.toISOString() ?? null,
  };
}

function quotesOf(analysis: unknown): QuoteView[] {
  const quotes = (analysis as { quotes?: unknown } | null)?.quotes;
  return Array.isArray(quotes) ? (quotes as QuoteView[]) : [];
}

export function toSourceView(s: Source): SourceView {
  const archive = s.archiveState
    ? {
        state: s.archiveState as "queued" | "done" | "failed",
        archivedAt: formatInstant(s.archivedAt),
        sha256: s.snapshotSha256,
        finalUrl: s.archiveUrl,
        error: s.archiveError,
      }
    : null;
  return {
    id: s.id,
    url: s.url,
    title: s.title,
    publisher: s.publisher,
    publishedAt: formatDay(s.publishedAt),
    accessedAt: formatInstant(s.accessedAt),
    archive,
  };
}

export function toEvidenceView(e: Evidence & { source: Source }): EvidenceView {
  return { unitId: e.unitId, sourceId: e.sourceId, stance: e.stance, excerpt: e.excerpt, source: toSourceView(e.source) };
}

/** Prisma `include` fragment for the author a CommentView names. */
export const COMMENT_AUTHOR = { author: { select: { id: true, name: true } } } as const;

/** `viewerId`: the person reading, who may edit their own comments. */
export function toCommentView(c: Comment & { author: { id: string; name: string } }, viewerId: string): CommentView {
  return {
    id: c.id,
    unitId: c.unitId,
    body: c.body,
    author: c.author,
    createdAt: c.createdAt.toISOString(),
    resolvedAt: formatInstant(c.resolvedAt),
    resolved: c.resolvedAt !== null,
    mine: c.authorId === viewerId,
    edited: c.editedAt !== null,
  };
}

export function toReviewView(r: UnitReview & { reviewer: { name: string } }): ReviewView {
  return {
    reviewerId: r.reviewerId,
    reviewerName: r.reviewer.name,
    verdict: r.verdict,
    rationale: r.rationale,
    submitted: r.submittedAt !== null,
    submittedAt: formatInstant(r.submittedAt),
  };
}
