import "server-only";
import { can } from "@/lib/domain/policy";
import { db } from "../db";
import { log } from "../log";
import { enqueueJob } from "./queue";
import { REFRESH_JOB } from "./refresh-job";

/** How often a workspace with the daily check gets its documents checked (hours; tests and operators may shorten it). */
export function watchIntervalMs(env: Partial<Record<string, string>> = process.env): number {
  const hours = Number(env.WARRANT_WATCH_INTERVAL_HOURS);
  return (Number.isFinite(hours) && hours > 0 ? hours : 24) * 3_600_000;
}

/** How often each job worker looks for workspaces due a check (seconds, default 60). */
export function watchPollMs(env: Partial<Record<string, string>> = process.env): number {
  const seconds = Number(env.WARRANT_WATCH_POLL_SECONDS);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : 60) * 1000;
}

/** Workspaces handled per pass: the rest wait for the next pass (a minute later). */
const WORKSPACES_PER_PASS = 20;

export interface WatchPass {
  workspaces: number;
  jobs: number;
}

/**
 * The daily "Check for changes": for every workspace that turned it on and whose last pass is older
 * than the interval, queues a refresh job per document imported from a web address (not archived,
 * none already queued or running), run with the rights of the member who turned it on. Any number of
 * processes may call this at once: each workspace row is locked (FOR UPDATE SKIP LOCKED) and its
 * jobs are queued with its new `watchCheckedAt` in one transaction, so a pass is queued exactly once.
 * When that member can no longer manage documents, the check turns itself off.
 */
export async function queueWatchChecks(now = new Date(), env: Partial<Record<string, string>> = process.env): Promise<WatchPass> {
  const dueBefore = new Date(now.getTime() - watchIntervalMs(env));
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string; watchById: string | null }[]>`
      SELECT id, "watchById" FROM "Workspace"
      WHERE "watchDaily" AND ("watchCheckedAt" IS NULL OR "watchCheckedAt" <= ${dueBefore})
      ORDER BY "watchCheckedAt" NULLS FIRST LIMIT ${WORKSPACES_PER_PASS}
      FOR UPDATE SKIP LOCKED`;
    let jobs = 0;
    for (const workspace of due) {
      const member = workspace.watchById
        ? await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId: workspace.id, userId: workspace.watchById } }, select: { role: true } })
        : null;
      if (!workspace.watchById || !can(member?.role, "document.manage")) {
        log.warn({ workspaceId: workspace.id }, "watch: the member who turned the daily check on cannot manage documents any more; turning it off");
        await tx.workspace.update({ where: { id: workspace.id }, data: { watchDaily: false, watchById: null, watchCheckedAt: now } });
        continue;
      }
      const busy = await tx.job.findMany({
        where: { workspaceId: workspace.id, kind: REFRESH_JOB, state: { in: ["QUEUED", "RUNNING"] } },
        select: { input: true },
      });
      const inFlight = new Set(busy.map((j) => (j.input as { documentId?: string }).documentId));
      const documents = await tx.document.findMany({
        where: { workspaceId: workspace.id, archivedAt: null, OR: [{ sourceUrl: { startsWith: "http://" } }, { sourceUrl: { startsWith: "https://" } }] },
        select: { id: true, title: true, sourceUrl: true },
        orderBy: { createdAt: "asc" },
      });
      for (const doc of documents) {
        if (inFlight.has(doc.id)) continue;
        await enqueueJob(
          {
            kind: REFRESH_JOB,
            workspaceId: workspace.id,
            userId: workspace.watchById,
            input: { documentId: doc.id, title: doc.title, url: doc.sourceUrl, scheduled: true },
          },
          tx,
        );
        jobs++;
      }
      await tx.workspace.update({ where: { id: workspace.id }, data: { watchCheckedAt: now } });
    }
    return { workspaces: due.length, jobs };
  });
}
