// Next.js calls register() once when a server process starts: each app process runs the job
// worker (background imports) unless WARRANT_JOB_WORKER=off, when `npm run worker` does.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if ((process.env.WARRANT_JOB_WORKER ?? "on").toLowerCase() === "off") return;
  const { startJobWorker } = await import("./lib/server/jobs/start");
  // A worker that cannot start (the database is down) must not stop the app from serving: it
  // logs why; queued jobs wait for a process whose worker runs (or `npm run worker`).
  await startJobWorker().catch((e: unknown) => console.error("Warrant: the job worker did not start:", e));
}
