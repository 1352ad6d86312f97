import { defineConfig } from "@playwright/test";

// Started by scripts/e2e.mjs, which builds the app, prepares the databases and passes:
//   E2E_PG_URL      a fresh database on the PostgreSQL server (dropped afterwards), or unset
//   E2E_PGLITE_DIR  a fresh embedded PGlite data folder
const PG_PORT = Number(process.env.E2E_PORT ?? 3100);
const PGLITE_PORT = PG_PORT + 1;
const pgUrl = process.env.E2E_PG_URL;
const pgliteDir = process.env.E2E_PGLITE_DIR;
const env = (extra: Record<string, string>) => ({
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-not-for-production-0123456789",
  PATH: process.env.PATH ?? "",
  // Every spec signs people up from 127.0.0.1: far past the default 5 an hour per address.
  WARRANT_SIGNUPS_PER_HOUR: "100000",
  // e2e/watch.spec.ts plays the publisher with a local HTTP server: URL imports may reach 127.0.0.1 here.
  WARRANT_ALLOW_PRIVATE_URLS: "1",
  // e2e/watch.spec.ts turns on the daily check and sees its first pass run within seconds.
  WARRANT_WATCH_POLL_SECONDS: "2",
  ...extra,
});
const server = (port: number, extra: Record<string, string>) => ({
  // Keep-alive longer than any test: Playwright's request pool reuses a socket the server has
  // just closed after its idle timeout and gets ECONNRESET (microsoft/playwright#42698); seen
  // with Node's 5 s and again with 65 s (a request context idle through a long browser journey).
  command: `node_modules/.bin/next start -p ${port} --keepAliveTimeout 600000`,
  url: `http://127.0.0.1:${port}/api/health`,
  env: env(extra),
  reuseExistingServer: false,
  timeout: 120_000,
  stdout: "ignore" as const,
  stderr: "pipe" as const,
});

// On PostgreSQL the suite runs as teams deploy it with a separate worker: the app server leaves
// background jobs (large imports) to `npm run worker` (scripts/worker.ts), a process of its own
// on the same database. On the embedded PGlite, the app process runs its jobs itself.
const jobWorker = (extra: Record<string, string>) => ({
  command: "node_modules/.bin/tsx --conditions=react-server scripts/worker.ts",
  // It prints this line once it listens for jobs.
  wait: { stdout: /warrant worker: ready/ },
  env: env({ ...extra, LOG_LEVEL: "warn" }),
  reuseExistingServer: false,
  timeout: 120_000,
  stdout: "pipe" as const,
  stderr: "pipe" as const,
});

// On the embedded default: the health check, the whole journey, live updates, notifications, the desk, presence, publishing, arguments and the watch (re-check, archived sources). Everything runs on PostgreSQL.
const EMBEDDED = /(health|journey|live|notifications|desk|presence|publish|arguments|watch)\.spec\.ts/;

export default defineConfig({
  testDir: "e2e",
  // Journeys with several browser contexts take over a minute on a busy two-core machine.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  // One output folder per port, so test runs side by side do not clear each other's traces.
  outputDir: PG_PORT === 3100 ? "test-results" : `test-results-${PG_PORT}`,
  use: {
    video: "off",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
      ],
    },
  },
  projects: [
    ...(pgUrl ? [{ name: "postgres", use: { baseURL: `http://127.0.0.1:${PG_PORT}` } }] : []),
    ...(pgliteDir ? [{ name: "pglite", use: { baseURL: `http://127.0.0.1:${PGLITE_PORT}` }, testMatch: pgUrl ? EMBEDDED : /.*\.spec\.ts/ }] : []),
  ],
  webServer: [
    ...(pgUrl ? [server(PG_PORT, { DATABASE_URL: pgUrl, WARRANT_JOB_WORKER: "off" }), jobWorker({ DATABASE_URL: pgUrl })] : []),
    ...(pgliteDir ? [server(PGLITE_PORT, { WARRANT_DATA_DIR: pgliteDir })] : []),
  ],
});
