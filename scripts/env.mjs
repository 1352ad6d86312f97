// Environment shared by `npm start`, `npm run dev` and the e2e runner: which database, and the
// auth secret. Mirrors lib/server/db-config.ts (the app's rule) for plain Node scripts.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";

/** WARRANT_WORKERS: how many app processes `npm start` runs on a PostgreSQL server (default: the cores). */
export function workerCount(value, cores = availableParallelism()) {
  if (value === undefined || value === "") return cores;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new Error(`WARRANT_WORKERS must be a whole number from 1 to 64 (got "${value}").`);
  return n;
}

export function warrantEnv(base = process.env) {
  const env = { ...base, NEXT_TELEMETRY_DISABLED: "1" };
  const dataDir = path.resolve(env.WARRANT_DATA_DIR || ".data");
  env.WARRANT_DATA_DIR = dataDir;
  const database = env.DATABASE_URL ? { kind: "postgres", where: redact(env.DATABASE_URL) } : { kind: "pglite", where: path.join(dataDir, "pglite") };
  if (!env.AUTH_SECRET) {
    if (database.kind === "postgres" && env.NODE_ENV === "production" && !env.WARRANT_ALLOW_FILE_SECRET) {
      throw new Error("AUTH_SECRET is not set. With DATABASE_URL (a shared server), set AUTH_SECRET to a long random string, e.g. `openssl rand -base64 32`.");
    }
    env.AUTH_SECRET = fileSecret(dataDir);
  }
  return { env, database, dataDir };
}

/** Generated on first start and kept in the data folder, so sessions survive restarts. */
function fileSecret(dataDir) {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}

function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}
