"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { isFinished, type JobView } from "@/lib/domain/jobs";
import { followJob, ImportProgress } from "./import-stream";

/**
 * The person's imports that run in the background, or finished within the last day: each running
 * one follows its progress live; a finished one links to its document or says why it failed.
 * The job named in the address (the one this page started before it was left) opens its
 * document when done.
 */
export function RecentImports({ jobs, current }: { jobs: JobView[]; current?: string }) {
  if (jobs.length === 0) return null;
  return (
    <section className="mt-6 rounded-lg border border-stone-200 bg-white p-6" aria-labelledby="recent-imports" data-testid="recent-imports">
      <h2 id="recent-imports" className="mb-3 font-semibold">
        Your imports
      </h2>
      <ul className="divide-y divide-stone-100">
        {jobs.map((job) => (
          <JobRow key={job.id} initial={job} open={job.id === current} />
        ))}
      </ul>
    </section>
  );
}

function JobRow({ initial, open }: { initial: JobView; open: boolean }) {
  const router = useRouter();
  const [job, setJob] = useState(initial);
  useEffect(() => {
    if (isFinished(initial.state)) return;
    const stop = new AbortController();
    followJob(initial.id, setJob, stop.signal).then(
      (documentId) => open && router.push(`/documents/${documentId}`),
      () => undefined, // a failure shows in the row (setJob got it); an abort is leaving the page
    );
    return () => stop.abort();
  }, [initial.id, initial.state, open, router]);
  return (
    <li className="py-3 text-sm" data-testid="recent-import" data-state={job.state}>
      <div className="flex items-baseline justify-between gap-3">
        <span className="truncate font-medium">{job.title ?? "Untitled import"}</span>
        <time className="shrink-0 text-xs text-stone-500" dateTime={job.createdAt}>
          {new Date(job.createdAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}
        </time>
      </div>
      {job.state === "done" && job.documentId ? (
        <Link href={`/documents/${job.documentId}`} className="text-blue-700 underline">
          Open the document
        </Link>
      ) : job.state === "failed" ? (
        <p className="text-red-700" role="alert">
          {job.error?.message ?? "The import failed."} Nothing was saved.
        </p>
      ) : (
        <ImportProgress stage={job.state === "queued" ? "queued" : (job.stage ?? "fetching")} progress={job.progress} />
      )}
    </li>
  );
}
