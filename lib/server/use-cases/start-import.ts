import "server-only";
import { importGoesToQueue } from "@/lib/domain/jobs";
import { ZImportInput } from "@/lib/validation/import";
import { db } from "../db";
import { requireMembership } from "../guards";
import { queueImport } from "../jobs/import-job";
import { defineUseCase } from "../use-case";
import { runImport, type ImportOptions, type ImportResult } from "./import-document";

export type StartedImport = { done: ImportResult } | { jobId: string };

/**
 * An import from the page or the REST API: short pastes, small files and argument files are saved
 * within the request ({done}); longer texts, larger files and pages fetched by URL are checked
 * (input and the right to import) and queued as a background job ({jobId}) — or queued whatever
 * their size when the caller asks (`Prefer: respond-async`).
 */
export const startImport = defineUseCase(
  ZImportInput,
  async ({ userId, input }, { queue = false, ...options }: ImportOptions & { queue?: boolean } = {}): Promise<StartedImport> => {
    const size = input.source === "paste" ? input.text.length : input.source === "file" ? input.file.bytes.length : 0;
    if (queue || importGoesToQueue(input.source, size)) {
      await requireMembership(db, userId, input.workspaceId, "document.create");
      return { jobId: await queueImport(userId, input) };
    }
    return { done: await runImport({ userId, input }, options) };
  },
);
