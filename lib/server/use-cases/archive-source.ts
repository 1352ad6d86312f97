import "server-only";
import { z } from "zod";
import { AppError, notFound } from "@/lib/domain/errors";
import { ZId } from "@/lib/validation/ids";
import { db } from "../db";
import { requireMembership } from "../guards";
import { queueSourceArchive } from "../jobs/archive-job";
import { defineUseCase } from "../use-case";

const ZSource = z.object({ sourceId: ZId("The source") });

async function sourceOf(userId: string, sourceId: string) {
  const source = await db.source.findFirst({ where: { id: sourceId, workspace: { memberships: { some: { userId } } } } });
  if (!source) throw notFound("The source");
  return source;
}

/** Archive a source's page again (a retry after a failed fetch, or a fresh copy): a background job. */
export const archiveSource = defineUseCase(ZSource, async ({ userId, input }): Promise<{ jobId: string }> => {
  const source = await sourceOf(userId, input.sourceId);
  await requireMembership(db, userId, source.workspaceId, "source.attach");
  const jobId = await db.$transaction((tx) => queueSourceArchive(tx, userId, source));
  if (!jobId) throw new AppError("VALIDATION", "Only a source with a web address can be archived.");
  return { jobId };
});

export interface SourceArchiveCopy {
  sourceId: string;
  url: string | null;
  finalUrl: string | null;
  archivedAt: string | null;
  contentType: string | null;
  sha256: string | null;
  text: string;
}

/** The archived copy of a source: its text as fetched and extracted, with the hash of the raw bytes (any member). */
export const getSourceArchive = defineUseCase(ZSource, async ({ userId, input }): Promise<SourceArchiveCopy> => {
  const source = await sourceOf(userId, input.sourceId);
  await requireMembership(db, userId, source.workspaceId, "workspace.read");
  if (source.archiveState !== "done" || source.snapshotText === null) throw new AppError("NOT_FOUND", "This source has no archived copy yet.");
  return {
    sourceId: source.id,
    url: source.url,
    finalUrl: source.archiveUrl,
    archivedAt: source.archivedAt?.toISOString() ?? null,
    contentType: source.archiveType,
    sha256: source.snapshotSha256,
    text: source.snapshotText,
  };
});
