// `npm start` on a PostgreSQL server with WARRANT_WORKERS > 1: one primary process and that many
// `next start` workers sharing one port (node:cluster hands each new connection to a worker).
// Nothing that matters lives in one worker's memory: sessions, throttles, presence and live
// updates are in PostgreSQL, and change events cross workers through LISTEN/NOTIFY.
// The primary restarts a worker that dies (at most 5 times a minute), and passes SIGINT/SIGTERM on.
//   node scripts/cluster.mjs <port> [keepAliveTimeoutMs]      (WARRANT_WORKERS: how many)
import cluster from "node:cluster";
import { createRequire } from "node:module";
import { workerCount } from "./env.mjs";

const [port = process.env.PORT || "3000", keepAlive = "65000"] = process.argv.slice(2);
const workers = workerCount(process.env.WARRANT_WORKERS);
const require = createRequire(import.meta.url);

if (cluster.isPrimary) {
  cluster.setupPrimary({ exec: require.resolve("next/dist/bin/next"), args: ["start", "-p", port, "--keepAliveTimeout", keepAlive] });
  let stopping = false;
  const restarts = [];
  const fork = (slot) =>
    cluster.fork({ WARRANT_WORKER: String(slot) }).on("exit", (code, signal) => {
      if (stopping) return;
      const now = Date.now();
      restarts.push(now);
      while (restarts.length && restarts[0] < now - 60_000) restarts.shift();
      if (restarts.length > 5) {
        console.error(`Warrant: worker ${slot} keeps dying (${signal ?? `exit ${code}`}); stopping.`);
        shutdown("SIGTERM", 1);
        return;
      }
      console.error(`Warrant: worker ${slot} stopped (${signal ?? `exit ${code}`}); starting a new one.`);
      fork(slot);
    });
  function shutdown(signal, code = 0) {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(signal);
    const done = () => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(code);
    cluster.on("exit", done);
    done();
    setTimeout(() => process.exit(code), 10_000).unref();
  }
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => shutdown(sig));
  console.log(`Warrant: ${workers} app processes on port ${port} (WARRANT_WORKERS)`);
  for (let slot = 1; slot <= workers; slot++) fork(slot);
}
