// Next.js calls register() once when a server process starts: each app process runs the job
// worker (background imports) unless WARRANT_JOB_WORKER=off, when `npm run worker` does.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if ((process.env.WARRANT_JOB_WORKER ?? "on").toLowerCase() === "off") return;
  const { startJobWorker } = await import("./lib/server/jobs/start");
  await startJobWorker();
}
