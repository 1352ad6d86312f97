import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/domain/errors";
import { diffPassages, reanchor } from "@/lib/domain/reanchor";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireDocumentAccess } from "../guards";
import type { SafeFetchOptions } from "../ingest/safe-fetch";
import { ingest } from "../use-cases/import-document";
import { completeJob, enqueueJob, reportStage, type ClaimedJob } from "./queue";

export const REFRESH_JOB = "refresh";

/** Queues "Check for changes" for a document imported from a URL; the job's id. */
export async function queueRefresh(userId: string, documentId: string): Promise<string> {
  const { workspaceId } = await requireDocumentAccess(db, userId, documentId, "document.manage");
  const doc = await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { sourceUrl: true, title: true } });
  if (!doc.sourceUrl || !/^https?:\/\//i.test(doc.sourceUrl)) {
    throw new AppError("VALIDATION", "Only a document imported from a web address can be checked for changes.");
  }
  return enqueueJob({ kind: REFRESH_JOB, workspaceId, userId, input: { documentId, title: doc.title, url: doc.sourceUrl } });
}

/**
 * Fetches the document's page again (the SSRF-guarded fetcher, the same extraction as an import),
 * re-anchors every unit of the original text in the new one, and stores a snapshot with the
 * result — with the job's end and an Activity row, in one transaction. The original text stays.
 */
export function refreshJobHandler(fetchOptions?: SafeFetchOptions) {
  return async (job: ClaimedJob): Promise<void> => {
    const { documentId, url } = job.input as { documentId: string; url: string };
    if (!job.createdById) throw new AppError("NOT_FOUND", "The person who asked for this check no longer has an account.");
    const userId = job.createdById;
    const { workspaceId } = await requireDocumentAccess(db, userId, documentId, "document.manage");
    const { data, snapshot } = await ingest(
      { source: "url", workspaceId, url, title: undefined, author: undefined, publisher: undefined, publishedAt: undefined, language: undefined },
      (stage) => reportStage(job, stage),
      fetchOptions,
    );
    await reportStage(job, "analysing");
    const doc = await db.document.findUniqueOrThrow({
      where: { id: documentId },
      select: { text: true, units: { select: { id: true, start: true, end: true, quoteExact: true, quotePrefix: true, quoteSuffix: true } } },
    });
    const text = data.text;
    const changed = text !== doc.text;
    const anchors = doc.units.map((u) => ({ id: u.id, start: u.start, end: u.end, exact: u.quoteExact, prefix: u.quotePrefix, suffix: u.quoteSuffix }));
    const units = reanchor(doc.text, text, anchors);
    const passages = changed ? diffPassages(doc.text, text).filter((p) => p.type !== "equal") : [];
    const counts = { unchanged: 0, moved: 0, changed: 0, gone: 0 };
    for (const u of units) counts[u.status]++;
    await reportStage(job, "saving");
    await db.$transaction(
      async (tx) => {
        await requireDocumentAccess(tx, userId, documentId, "document.manage");
        const row = await tx.documentSnapshot.create({
          data: {
            documentId,
            finalUrl: data.sourceUrl ?? url,
            fetchedAt: snapshot.fetchedAt ?? new Date(),
            contentType: snapshot.rawContentType,
            rawSha256: snapshot.rawSha256,
            text,
            textSha256: createHash("sha256").update(text).digest("hex"),
            changed,
            result: { units, passages } as unknown as Prisma.InputJsonValue,
            createdById: userId,
          },
          select: { id: true },
        });
        await recordChange(tx, {
          workspaceId,
          actorId: userId,
          action: "document.refresh",
          entityType: "document",
          entityId: documentId,
          documentId,
          after: { snapshotId: row.id, textChanged: changed, ...counts },
        });
        await completeJob(tx, job, { id: documentId, snapshotId: row.id, textChanged: changed, ...counts });
      },
      { timeout: 60_000 },
    );
  };
}
