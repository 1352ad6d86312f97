import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/domain/errors";
import type { TImportData } from "@/lib/validation/import";
import type { SafeFetchOptions } from "../ingest/safe-fetch";
import { importDocument } from "../use-cases/import-document";
import { completeJob, enqueueJob, reportStage, type ClaimedJob } from "./queue";

export const IMPORT_JOB = "import";

/** An import's validated input as the job keeps it: a file's bytes go to the payload column. */
export function queueImport(userId: string, input: TImportData): Promise<string> {
  if (input.source === "file") {
    const { file, ...rest } = input;
    return enqueueJob({
      kind: IMPORT_JOB,
      workspaceId: input.workspaceId,
      userId,
      input: { ...rest, file: { name: file.name, type: file.type } },
      payload: file.bytes,
    });
  }
  return enqueueJob({ kind: IMPORT_JOB, workspaceId: input.workspaceId, userId, input: input as Prisma.InputJsonValue });
}

/**
 * Runs a queued import exactly as a request would (the same use case: the person's right to
 * import checked again, analysis outside the transaction), reporting each stage on the job, and
 * marks the job done in the transaction that saves the document: both commit, or neither.
 */
export function importJobHandler(fetchOptions?: SafeFetchOptions) {
  return async (job: ClaimedJob): Promise<void> => {
    if (!job.createdById) throw new AppError("NOT_FOUND", "The person who started this import no longer has an account.");
    const stored = job.input as Record<string, unknown> & { source?: string; file?: { name: string; type: string } };
    const input = stored.source === "file" && stored.file ? { ...stored, file: { ...stored.file, bytes: job.payload ?? new Uint8Array() } } : stored;
    await importDocument(
      { userId: job.createdById, input },
      {
        fetchOptions,
        onProgress: (stage) => reportStage(job, stage),
        onSaved: (tx, result) => completeJob(tx, job, { ...result }),
      },
    );
  };
}
