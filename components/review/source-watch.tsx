"use client";
import { useCallback, useState } from "react";
import { followJob, ImportProgress } from "@/components/interchange/import-stream";
import type { SnapshotsView } from "@/lib/domain/snapshot-view";
import { VERDICT_LABEL, type Verdict } from "@/lib/domain/vocabulary";

interface Props {
  documentId: string;
  sourceUrl: string;
  /** Editors and owners may check; everyone sees the last check. */
  canCheck: boolean;
  onShow: (unitId: string) => void;
  /** The checks so far, read with the page. */
  initial: SnapshotsView | null;
}

const when = (iso: string) => new Date(iso).toLocaleString([], { dateStyle: "medium", timeStyle: "short" });

/**
 * "Source changes": the imported page fetched again to see whether it was quietly edited after
 * the review. Shows the last check; a check runs as a background job, and its outcome lists the
 * claims whose words changed (before → after) or disappeared, reviewed ones first, and the edited
 * passages side by side. The document's own text never changes.
 */
export function SourceWatch({ documentId, sourceUrl, canCheck, onShow, initial }: Props) {
  const [view, setView] = useState<SnapshotsView | null>(initial);
  const [stage, setStage] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | undefined>();
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const res = await fetch(`/api/v1/documents/${encodeURIComponent(documentId)}/snapshots`);
    if (res.ok) setView((await res.json()) as SnapshotsView);
  }, [documentId]);

  async function check() {
    setError(null);
    setStage("queued");
    setProgress(0);
    try {
      const res = await fetch(`/api/v1/documents/${encodeURIComponent(documentId)}/refresh`, { method: "POST" });
      const json = (await res.json().catch(() => null)) as { jobId?: string; error?: { message?: string } } | null;
      if (res.status !== 202 || !json?.jobId) throw new Error(json?.error?.message ?? `The check could not start (${res.status}).`);
      await followJob(json.jobId, (job) => {
        setStage(job.state === "queued" ? "queued" : (job.stage ?? "saving"));
        setProgress(job.progress);
      });
      await load();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setStage(null);
      setProgress(undefined);
    }
  }

  const latest = view?.latest ?? null;
  const flagged = latest ? [...latest.changed.map((c) => ({ ...c, gone: false })), ...latest.gone.map((g) => ({ ...g, after: "", gone: true }))] : [];
  flagged.sort((a, b) => Number(b.verdict !== "UNREVIEWED") - Number(a.verdict !== "UNREVIEWED"));
  return (
    <section className="rounded-md border border-stone-200 bg-stone-50 p-3 text-sm" aria-labelledby="source-watch" data-testid="source-watch">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="source-watch" className="font-semibold">
          Source changes
        </h2>
        <span className="text-stone-600" data-testid="source-watch-summary">
          {!latest
            ? "Not checked since the import."
            : !latest.textChanged
              ? `Checked ${when(latest.fetchedAt)}: the page is unchanged.`
              : `Checked ${when(latest.fetchedAt)}: the page was edited — ${latest.changed.length} changed, ${latest.gone.length} gone, ${latest.moved.length} moved, ${latest.unchanged.length} unchanged.`}
        </span>
        {canCheck && (
          <button type="button" onClick={check} disabled={stage !== null} className="rounded border border-stone-300 bg-white px-2 py-1 disabled:opacity-60">
            Check for changes
          </button>
        )}
        <a href={sourceUrl} className="text-blue-700 underline" rel="noopener noreferrer nofollow" target="_blank">
          Open the page
        </a>
      </div>
      {stage && <ImportProgress stage={stage} progress={progress} skip={["extracting"]} />}
      {error && (
        <p role="alert" className="mt-2 text-red-700">
          {error}
        </p>
      )}
      {flagged.length > 0 && (
        <ul className="mt-2 space-y-2" data-testid="source-changes">
          {flagged.map((u) => (
            <li key={u.id} className="rounded border border-amber-300 bg-amber-50 p-2" data-testid="source-change" data-status={u.gone ? "gone" : "changed"}>
              <p className="text-xs font-semibold text-amber-900">
                {u.verdict !== "UNREVIEWED"
                  ? `Reviewed as ${VERDICT_LABEL[u.verdict as Verdict] ?? u.verdict}, but the article was edited after the review (found ${when(latest!.fetchedAt)})`
                  : u.gone
                    ? "No longer in the article"
                    : "Its words changed"}
              </p>
              <p className="mt-1">
                <del className="text-red-800">{u.before}</del>
              </p>
              {!u.gone && (
                <p>
                  <ins className="text-green-800 no-underline">{u.after}</ins>
                </p>
              )}
              <button type="button" className="mt-1 text-xs text-blue-700 underline" onClick={() => onShow(u.id)}>
                Show the claim
              </button>
            </li>
          ))}
        </ul>
      )}
      {latest && latest.passages.length > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer text-stone-700">Edited passages ({latest.passages.length}), side by side</summary>
          <table className="mt-2 w-full table-fixed border-collapse text-xs" data-testid="source-diff">
            <thead>
              <tr>
                <th className="w-1/2 text-left">As reviewed</th>
                <th className="w-1/2 text-left">Now</th>
              </tr>
            </thead>
            <tbody>
              {latest.passages.map((p, i) => (
                <tr key={i} className="align-top">
                  <td className="border-t border-stone-200 bg-red-50 p-1 whitespace-pre-wrap">{p.before}</td>
                  <td className="border-t border-stone-200 bg-green-50 p-1 whitespace-pre-wrap">{p.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}
