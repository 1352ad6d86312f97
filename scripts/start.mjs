// `npm start`: build once if needed, apply migrations, seed the demo workspace, serve.
// `npm run dev`: the same with the dev server. Works with no database installed (PGlite).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { run } from "./run.mjs";
import { warrantEnv, workerCount } from "./env.mjs";

const dev = process.argv[2] === "dev";
let setup;
try {
  setup = warrantEnv({ ...process.env, NODE_ENV: dev ? "development" : "production" });
} catch (e) {
  console.error(`\n  ${e.message}\n`);
  process.exit(1);
}
const { env, database } = setup;
const port = env.PORT || "3000";
let workers = 1;
try {
  // The embedded PGlite is one process's database: one app process. A PostgreSQL server takes many.
  if (!dev && database.kind === "postgres") workers = workerCount(env.WARRANT_WORKERS);
  else if (workerCount(env.WARRANT_WORKERS, 1) > 1) console.log("Warrant: WARRANT_WORKERS is ignored on the embedded PGlite (one app process).");
} catch (e) {
  console.error(`\n  ${e.message}\n`);
  process.exit(1);
}

try {
  console.log(`Warrant: database ${database.kind === "pglite" ? `embedded PGlite at ${database.where}` : `PostgreSQL server ${database.where}`}`);
  if (!dev && !existsSync(`${env.WARRANT_DIST_DIR || ".next"}/BUILD_ID`)) {
    console.log("Warrant: first start, building the app (about a minute)…");
    await run("next", ["build"], { env });
  }
  console.log("Warrant: applying database migrations…");
  await run("prisma", ["migrate", "deploy"], { env, quiet: true });
  await run("tsx", ["--conditions=react-server", "prisma/seed.ts"], { env });
} catch (e) {
  console.error(`\nWarrant could not start: ${e.message}`);
  process.exit(1);
}

console.log(`Warrant: starting on http://localhost:${port}`);
// Idle keep-alive sockets stay open 65 s (Node: 5 s), longer than proxies and API clients pool them,
// so a client never reuses a socket the server has just closed (ECONNRESET).
const server = spawn(
  workers > 1 ? process.execPath : "next",
  workers > 1 ? ["scripts/cluster.mjs", port, "65000"] : [dev ? "dev" : "start", "-p", port, ...(dev ? [] : ["--keepAliveTimeout", "65000"])],
  {
    env: { ...env, WARRANT_WORKERS: String(workers), PATH: `node_modules/.bin:${env.PATH}` },
    stdio: "inherit",
  },
);
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
