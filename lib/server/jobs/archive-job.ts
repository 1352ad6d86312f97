import "server-only";
import { createHash } from "node:crypto";
import { AppError } from "@/lib/domain/errors";
import { describeError } from "../errors";
import { db, type DbTx } from "../db";
import { requireMembership } from "../guards";
import { extractFile } from "../ingest/extract";
import { safeFetch, type SafeFetchOptions } from "../ingest/safe-fetch";
import { completeJob, enqueueJob, reportStage, type ClaimedJob } from "./queue";

export const ARCHIVE_JOB = "archive-source";

/** Queues the archived copy of a source with a web address (inside the caller's transaction). */
export async function queueSourceArchive(tx: DbTx, userId: string, source: { id: string; workspaceId: string; url: string | null }): Promise<string | null> {
  if (!source.url || !/^https?:\/\//i.test(source.url)) return null;
  await tx.source.update({ where: { id: source.id }, data: { archiveState: "queued", archiveError: null } });
  return enqueueJob({ kind: ARCHIVE_JOB, workspaceId: source.workspaceId, userId, input: { sourceId: source.id, url: source.url } }, tx);
}

/**
 * Fetches a source's page through the SSRF-guarded fetcher, extracts its text and keeps it with
 * the SHA-256 of the raw bytes, the final URL and the fetch time — what the source said that day.
 * A failure is recorded on the source (why), so the claim card can say it and offer a retry.
 */
export function archiveJobHandler(fetchOptions?: SafeFetchOptions) {
  return async (job: ClaimedJob): Promise<void> => {
    const { sourceId, url } = job.input as { sourceId: string; url: string };
    if (!job.createdById) throw new AppError("NOT_FOUND", "The person who attached this source no longer has an account.");
    await requireMembership(db, job.createdById, job.workspaceId, "source.attach");
    try {
      await reportStage(job, "fetching");
      const fetched = await safeFetch(url, fetchOptions);
      await reportStage(job, "extracting");
      const extracted = await extractFile(new URL(fetched.url).pathname, fetched.contentType, fetched.bytes);
      await reportStage(job, "saving");
      await db.$transaction(async (tx) => {
        await tx.source.updateMany({
          where: { id: sourceId, workspaceId: job.workspaceId },
          data: {
            archiveState: "done",
            archiveError: null,
            archivedAt: new Date(),
            archiveUrl: fetched.url,
            archiveType: fetched.contentType,
            snapshotText: extracted.text,
            snapshotSha256: createHash("sha256").update(fetched.bytes).digest("hex"),
          },
        });
        await completeJob(tx, job, { sourceId });
      });
    } catch (e) {
      // The reason, in the words a request would have got, stays on the source for the claim card.
      const { message } = describeError(e).body.error;
      await db.source.updateMany({ where: { id: sourceId, workspaceId: job.workspaceId }, data: { archiveState: "failed", archiveError: message } });
      throw e;
    }
  };
}
