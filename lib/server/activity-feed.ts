import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { actionTerms } from "@/lib/domain/activity";
import type { ActivityPageView, ActivityView, PersonRef, UnitRef } from "@/lib/domain/views";
import { encodeCursor, type Cursor } from "@/lib/validation/paging";
import type { DbTx } from "./db";

// The activity feeds (a document's, a workspace's) read the Activity table, the audit trail.
// Callers check membership first; every query here is bounded by the workspace id they pass.

export interface FeedScope {
  workspaceId: string;
  /** Only this document's rows. */
  documentId?: string;
}

export interface FeedQuery {
  actor?: string;
  action?: string;
  cursor?: Cursor;
  limit: number;
}

/** Fields of before/after that hold a user id: the people a sentence names. */
const PERSON_FIELDS = ["assigneeId", "secondAssigneeId", "userId", "reviewerId"] as const;

type Json = Record<string, unknown>;
const record = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});

function feedWhere({ workspaceId, documentId }: FeedScope, { actor, action }: Omit<FeedQuery, "cursor" | "limit">): Prisma.ActivityWhereInput {
  return {
    workspaceId,
    ...(documentId ? { documentId } : {}),
    // Account events (API tokens) sit in their owner's first workspace only because every row
    // needs one; they are that person's business, not the team's.
    entityType: { not: "user" },
    ...(actor ? { actorId: actor } : {}),
    ...(action ? { OR: actionTerms(action).flatMap((term) => [{ action: term }, { action: { startsWith: `${term}.` } }]) } : {}),
  };
}

/** Rows strictly after the cursor in the order (createdAt desc, id desc). */
export function olderThan(cursor: Cursor | undefined) {
  return cursor ? { OR: [{ createdAt: { lt: cursor.at } }, { createdAt: cursor.at, id: { lt: cursor.id } }] } : {};
}

export const NEWEST_FIRST = [{ createdAt: "desc" }, { id: "desc" }] as const satisfies Prisma.ActivityOrderByWithRelationInput[];

/** One page of a feed, newest first, with the names, claim words and titles its sentences need. */
export async function readActivityFeed(tx: DbTx, scope: FeedScope, query: FeedQuery): Promise<ActivityPageView> {
  const where = feedWhere(scope, query);
  const rows = await tx.activity.findMany({ where: { AND: [where, olderThan(query.cursor)] }, orderBy: [...NEWEST_FIRST], take: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const [people, named, units, titles, actions] = await Promise.all([
    peopleNamedIn(tx, page),
    unitsNamedIn(tx, scope.workspaceId, page),
    unitWords(tx, scope.workspaceId, page),
    documentTitles(tx, scope.workspaceId, page),
    query.cursor ? [] : actionsIn(tx, scope),
  ]);
  const entries: ActivityView[] = page.map((a) => {
    const unit = a.entityType === "unit" ? units.get(a.entityId) : undefined;
    // A deleted unit's words are still in its create/delete rows.
    const words = unit ?? (a.entityType === "unit" ? (str(record(a.before).exact) ?? str(record(a.after).exact)) : null);
    return {
      id: a.id,
      at: a.createdAt.toISOString(),
      action: a.action,
      actorId: a.actorId,
      entityType: a.entityType,
      entityId: a.entityId,
      documentId: a.documentId,
      documentTitle: a.documentId ? (titles.get(a.documentId) ?? null) : null,
      unitId: unit !== undefined ? a.entityId : null,
      claim: words ?? null,
      before: a.before,
      after: a.after,
    };
  });
  return { entries, people, units: named, actions, nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null };
}

const str = (v: unknown) => (typeof v === "string" && v ? v : null);

/** Names of the actors and of the people named in before/after (ids only come from this workspace's rows). */
export async function peopleNamedIn(tx: DbTx, rows: { actorId: string | null; before: unknown; after: unknown }[]): Promise<PersonRef[]> {
  const ids = new Set<string>();
  for (const r of rows) {
    if (r.actorId) ids.add(r.actorId);
    for (const side of [record(r.before), record(r.after)]) {
      for (const field of PERSON_FIELDS) if (typeof side[field] === "string") ids.add(side[field] as string);
    }
  }
  if (ids.size === 0) return [];
  return tx.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

/** Fields of before/after that hold a unit id: the units a sentence names (relation ends). */
const UNIT_FIELDS = ["fromId", "toId"] as const;

/** Words of the units named in before/after, looked up in this workspace only. */
export async function unitsNamedIn(tx: DbTx, workspaceId: string, rows: { before: unknown; after: unknown }[]): Promise<UnitRef[]> {
  const ids = new Set<string>();
  for (const r of rows) {
    for (const side of [record(r.before), record(r.after)]) {
      for (const field of UNIT_FIELDS) if (typeof side[field] === "string") ids.add(side[field] as string);
    }
  }
  if (ids.size === 0) return [];
  const units = await tx.unit.findMany({ where: { id: { in: [...ids] }, document: { workspaceId } }, select: { id: true, text: true, quoteExact: true } });
  return units.map((u) => ({ id: u.id, words: u.text ?? u.quoteExact }));
}

/** The current words (normalised wording, else the exact words) of the units the rows are about. */
async function unitWords(tx: DbTx, workspaceId: string, rows: { entityType: string; entityId: string }[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.filter((r) => r.entityType === "unit").map((r) => r.entityId))];
  if (ids.length === 0) return new Map();
  const units = await tx.unit.findMany({ where: { id: { in: ids }, document: { workspaceId } }, select: { id: true, text: true, quoteExact: true } });
  return new Map(units.map((u) => [u.id, u.text ?? u.quoteExact]));
}

async function documentTitles(tx: DbTx, workspaceId: string, rows: { documentId: string | null }[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => (r.documentId ? [r.documentId] : [])))];
  if (ids.length === 0) return new Map();
  const docs = await tx.document.findMany({ where: { id: { in: ids }, workspaceId }, select: { id: true, title: true } });
  return new Map(docs.map((d) => [d.id, d.title]));
}

/** The action codes present in the scope (not the filters): what the action filter offers. */
async function actionsIn(tx: DbTx, scope: FeedScope): Promise<string[]> {
  const groups = await tx.activity.groupBy({ by: ["action"], where: feedWhere(scope, {}), orderBy: { action: "asc" } });
  return groups.map((g) => g.action);
}
