// Background jobs as people and clients see them: the states, the stages of an import with
// the share of the work each stands for, and which imports go to the queue.

export type JobState = "queued" | "running" | "done" | "failed";
export type ImportStage = "fetching" | "extracting" | "analysing" | "saving";

/** Where each stage starts on the 0–1 progress scale (an import that is not fetched skips ahead). */
export const STAGE_PROGRESS: Record<ImportStage, number> = {
  fetching: 0.05,
  extracting: 0.25,
  analysing: 0.45,
  saving: 0.8,
};

export const stageProgress = (stage: ImportStage): number => STAGE_PROGRESS[stage];

/** What GET /api/v1/jobs/{id} answers. */
export interface JobView {
  id: string;
  kind: string;
  state: JobState;
  stage: ImportStage | null;
  progress: number;
  /** The imported document, once done. */
  documentId: string | null;
  title: string | null;
  error: { code: string; message: string; fields?: Record<string, string[]> } | null;
  createdAt: string;
  finishedAt: string | null;
}

export const isFinished = (state: JobState): boolean => state === "done" || state === "failed";

/**
 * Pasted text up to this many characters is analysed and saved within the request (201 at once,
 * well under a second); longer texts go to the queue (202 {jobId}).
 */
export const INLINE_PASTE_CHARS = 100_000;
/** Uploaded files up to this size are read within the request too; larger ones (up to 5 MB) are queued. */
export const INLINE_FILE_BYTES = 1024 * 1024;

export type ImportSource = "paste" | "url" | "file" | "argument";

/**
 * Whether an import runs as a background job rather than within the request: every page fetched
 * by URL (the network's time is not ours), long pastes and large files. `size`: the paste's
 * characters or the file's bytes.
 */
export function importGoesToQueue(source: ImportSource, size = 0): boolean {
  if (source === "url") return true;
  if (source === "paste") return size > INLINE_PASTE_CHARS;
  if (source === "file") return size > INLINE_FILE_BYTES;
  return false;
}

/** A RUNNING job whose heartbeat is older than this lost its process and is claimed again. */
export const STALE_HEARTBEAT_MS = 30_000;

/** The stale-heartbeat limit, from WARRANT_JOB_STALE_SECONDS when set to a number of seconds ≥ 2 (default 30). */
export function staleHeartbeatMs(value: string | undefined): number {
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 2 ? seconds * 1000 : STALE_HEARTBEAT_MS;
}
/** How often a running job says it is alive. */
export const HEARTBEAT_MS = 5_000;
/** A job that lost its process this many times fails instead of running again. */
export const MAX_ATTEMPTS = 3;
