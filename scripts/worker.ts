// `npm run worker`: a job worker on its own (background imports), for deployments that run the
// app processes with WARRANT_JOB_WORKER=off and the heavy work elsewhere. Needs DATABASE_URL:
// the embedded PGlite belongs to the app process, which runs its jobs itself.
// SIGTERM/SIGINT: finishes the job in hand, then exits.
import { readDbConfig } from "../lib/server/db-config";

if (readDbConfig().kind !== "postgres") {
  process.stderr.write("warrant worker: set DATABASE_URL to a PostgreSQL server. On the embedded PGlite, the app runs its jobs itself.\n");
  process.exit(2);
}
const { startJobWorker, stopJobWorker } = await import("../lib/server/jobs/start");
const { log } = await import("../lib/server/log");
await startJobWorker();
log.info({ pid: process.pid }, "warrant worker: waiting for jobs");
// For supervisors and the e2e harness, whatever LOG_LEVEL says.
process.stdout.write(`warrant worker: ready (pid ${process.pid})\n`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log.info({ signal }, "warrant worker: finishing the job in hand, then stopping");
    stopJobWorker().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
