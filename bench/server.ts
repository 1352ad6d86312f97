// A production Warrant server for the benches that need a live one (fuzz-api, crash-safety):
// builds once if .next is missing, makes a fresh database (a new database on the PostgreSQL
// server at WARRANT_TEST_PG_ADMIN_URL, or a new embedded PGlite folder), applies the migrations,
// and starts `next start`; `kill()` is kill -9, `start()` again restarts on the same database.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

export type DbKind = "postgres" | "pglite";
const bin = (name: string) => path.join("node_modules", ".bin", name);
export const ADMIN_URL = process.env.WARRANT_TEST_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export async function adminQuery(sql: string, url = ADMIN_URL): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

export function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: "bench-secret-0123456789abcdef0123456789",
    NODE_ENV: "production",
  };
  delete env.DATABASE_URL;
  delete env.WARRANT_DATA_DIR;
  return env;
}

export function ensureBuilt() {
  const dist = process.env.WARRANT_DIST_DIR || ".next";
  if (!existsSync(path.join(dist, "BUILD_ID"))) execFileSync(bin("next"), ["build"], { stdio: "inherit", env: baseEnv() });
}

export interface BenchServer {
  base: string;
  kind: DbKind;
  /** DATABASE_URL or WARRANT_DATA_DIR, as the server gets it. */
  dbEnv: Record<string, string>;
  start(): Promise<void>;
  /** kill -9: no shutdown hooks, no flush. */
  kill(): void;
  stop(): Promise<void>;
  /** Stops the server and removes its database. */
  dispose(): Promise<void>;
}

/**
 * `workers` > 1 (PostgreSQL only): the server runs as `npm start` would with WARRANT_WORKERS
 * (scripts/cluster.mjs). `nodeOptions`: flags for the server's node (e.g. --cpu-prof).
 */
export async function benchServer(kind: DbKind, port: number, opts: { log?: string; workers?: number; nodeOptions?: string } = {}): Promise<BenchServer> {
  let dbEnv: Record<string, string>;
  let drop: () => Promise<void>;
  if (kind === "postgres") {
    const name = `warrant_bench_${Date.now()}_${process.pid}`;
    await adminQuery(`CREATE DATABASE "${name}"`);
    const u = new URL(ADMIN_URL);
    u.pathname = `/${name}`;
    dbEnv = { DATABASE_URL: u.toString() };
    drop = async () => void (await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), "warrant-bench-"));
    dbEnv = { WARRANT_DATA_DIR: dir };
    drop = async () => rmSync(dir, { recursive: true, force: true });
  }
  execFileSync(bin("prisma"), ["migrate", "deploy"], { stdio: "ignore", env: { ...baseEnv(), ...dbEnv } });
  const base = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  const server: BenchServer = {
    base,
    kind,
    dbEnv,
    async start() {
      // A server left over on this port (a bench that crashed) would answer for the new one.
      const taken = await fetch(`${base}/api/health`).then(
        () => true,
        () => false,
      );
      if (taken) throw new Error(`port ${port} is already in use (a server left over by an earlier run?)`);
      const workers = kind === "postgres" ? (opts.workers ?? 1) : 1;
      const node = opts.nodeOptions ? opts.nodeOptions.split(" ") : [];
      const [command, args] =
        workers > 1
          ? [process.execPath, [...node, "scripts/cluster.mjs", String(port), "65000"]]
          : [process.execPath, [...node, path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "--keepAliveTimeout", "65000"]];
      child = spawn(command, args, {
        env: { ...baseEnv(), ...dbEnv, WARRANT_WORKERS: String(workers) },
        stdio: ["ignore", "ignore", opts.log ? "inherit" : "ignore"],
        // Its own process group, so kill -9 reaches every process of the server and nothing else.
        detached: true,
      });
      for (let i = 0; i < 240; i++) {
        const ok = await fetch(`${base}/api/health`).then(
          (r) => r.ok,
          () => false,
        );
        if (ok) return;
        if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error("the server did not answer /api/health within 60 s");
    },
    kill() {
      if (child?.pid && child.exitCode === null) process.kill(-child.pid, "SIGKILL");
    },
    async stop() {
      const c = child;
      if (!c || c.exitCode !== null || c.signalCode) return;
      const exited = new Promise((r) => c.once("exit", r));
      process.kill(-c.pid!, "SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (c.exitCode === null && !c.signalCode) process.kill(-c.pid!, "SIGKILL");
    },
    async dispose() {
      await server.stop();
      await drop().catch((e) => console.warn(`could not remove the bench database: ${(e as Error).message}`));
    },
  };
  return server;
}
