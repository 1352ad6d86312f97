import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { DbTx } from "./db";

/** The channel document changes travel on (realtime.ts LISTENs; SSE streams fan them out). */
export const CHANGE_CHANNEL = "warrant_changes";
/** The channel of per-person events: their queue changed, a notification arrived. */
export const USER_CHANNEL = "warrant_users";
/** The channel a new background job is announced on (its id): idle workers in every process wake up. */
export const JOB_CHANNEL = "warrant_jobs";

export interface UserEvent {
  userId: string;
  type: "queue" | "notification" | "job";
  /** The claim concerned, when there is one (clients re-read; no text travels). */
  unitId?: string | null;
  documentId?: string | null;
  /** A background job of theirs moved (queued, a new stage, done, failed). */
  jobId?: string;
}

export interface Change {
  workspaceId: string;
  actorId: string | null;
  /** e.g. "document.import", "unit.verdict" */
  action: string;
  entityType: "document" | "unit" | "relation" | "argument" | "source" | "comment" | "workspace" | "user";
  entityId: string;
  documentId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
}

/**
 * Every write calls this inside its transaction: it appends the Activity row (the audit trail
 * and the activity feed are the same table) and publishes one change event. pg_notify is
 * transactional, so listeners hear of a change only once it is committed.
 */
export async function recordChange(tx: DbTx, change: Change): Promise<void> {
  const activity = await tx.activity.create({
    data: {
      workspaceId: change.workspaceId,
      actorId: change.actorId,
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      documentId: change.documentId ?? null,
      before: change.before,
      after: change.after,
    },
    select: { id: true },
  });
  // Small payload (NOTIFY caps it at 8000 bytes): listeners re-read what they need.
  const payload = JSON.stringify({
    activityId: activity.id,
    workspaceId: change.workspaceId,
    documentId: change.documentId ?? null,
    actorId: change.actorId,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
  });
  await tx.$executeRaw`SELECT pg_notify(${CHANGE_CHANNEL}, ${payload})`;
}

/** Tell people (once committed) that their queue or notifications changed. */
export async function publishToUsers(tx: DbTx, userIds: Iterable<string | null | undefined>, event: Omit<UserEvent, "userId">): Promise<void> {
  for (const userId of new Set(userIds)) {
    if (!userId) continue;
    await tx.$executeRaw`SELECT pg_notify(${USER_CHANNEL}, ${JSON.stringify({ ...event, userId })})`;
  }
}
