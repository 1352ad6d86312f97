"use client";
import type { JobView } from "@/lib/domain/jobs";

// The import endpoint (POST /api/v1/workspaces/{id}/imports) answers 201 {id} when it saved the
// document within the request (a short paste, a small file, an argument file), or 202 {jobId} when
// the import runs as a background job (a page, a large file, a long paste). A job is followed over
// Server-Sent Events (GET /api/v1/jobs/{id}/events); it keeps running if the page is left.

export const STAGES = [
  ["fetching", "Fetching"],
  ["extracting", "Extracting the text"],
  ["analysing", "Analysing"],
  ["saving", "Saving"],
] as const;

export class ImportFailed extends Error {
  constructor(
    message: string,
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
  }
}

type Started = { documentId: string } | { jobId: string };

/** Posts an import: the new document's id, or the id of the job that will make it. */
export async function postImport(workspaceId: string, body: BodyInit, contentType?: string): Promise<Started> {
  const res = await fetch(`/api/v1/workspaces/${encodeURIComponent(workspaceId)}/imports`, {
    method: "POST",
    body,
    headers: { accept: "application/json", ...(contentType ? { "content-type": contentType } : {}) },
  });
  const json = (await res.json().catch(() => null)) as { id?: string; jobId?: string; error?: { message?: string; fields?: Record<string, string[]> } } | null;
  if (res.status === 202 && json?.jobId) return { jobId: json.jobId };
  if (res.ok && json?.id) return { documentId: json.id };
  throw new ImportFailed(json?.error?.message ?? `The import failed (${res.status}).`, json?.error?.fields);
}

/**
 * Follows a job until it is done (resolves with the document's id) or failed (rejects with why).
 * EventSource reconnects by itself after a network blip, and every (re)connection starts with the
 * job's current state, so nothing is missed.
 */
export function followJob(jobId: string, onView: (view: JobView) => void, signal?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const source = new EventSource(`/api/v1/jobs/${encodeURIComponent(jobId)}/events`);
    const close = () => {
      source.close();
      signal?.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      close();
      reject(new DOMException("Stopped following the import.", "AbortError"));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    source.addEventListener("job", (e) => {
      const view = JSON.parse((e as MessageEvent<string>).data) as JobView;
      onView(view);
      if (view.state === "done" && view.documentId) {
        close();
        resolve(view.documentId);
      } else if (view.state === "failed") {
        close();
        reject(new ImportFailed(view.error?.message ?? "The import failed. Nothing was saved.", view.error?.fields));
      }
    });
    source.addEventListener("revoked", () => {
      close();
      reject(new ImportFailed("You can no longer see this import."));
    });
  });
}

/** Where an import is: the stage list with the current one highlighted, and a progress bar. */
export function ImportProgress({ stage, progress, skip = [] }: { stage: string | null; progress?: number; skip?: readonly string[] }) {
  if (!stage) return null;
  const stages = STAGES.filter(([s]) => !skip.includes(s));
  const current = stage === "queued" ? -1 : stages.findIndex(([s]) => s === stage);
  const label = stage === "queued" ? "Waiting for a worker" : (stages[current]?.[1] ?? stage);
  return (
    <div className="space-y-1" aria-live="polite" data-testid="import-progress">
      {progress !== undefined && (
        <progress
          className="h-2 w-full overflow-hidden rounded"
          max={1}
          value={progress}
          aria-label={`Import progress: ${label}`}
          data-testid="import-progress-bar"
        />
      )}
      <ol className="flex flex-wrap gap-3 text-xs">
        {stage === "queued" && <li className="font-semibold text-blue-700">… Queued</li>}
        {stages.map(([s, text], i) => (
          <li key={s} className={i < current ? "text-green-700" : i === current ? "font-semibold text-blue-700" : "text-stone-400"}>
            {i < current ? "✓ " : i === current ? "… " : ""}
            {text}
          </li>
        ))}
      </ol>
    </div>
  );
}
