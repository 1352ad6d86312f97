// Backups of either database (scripts/db-backup.ts, scripts/db-restore.ts):
// - PostgreSQL server (DATABASE_URL): pg_dump -Fc / pg_restore, which must be on PATH.
// - Embedded PGlite (WARRANT_DATA_DIR): a copy of the data folder as a .tar.gz (PGlite's
//   dumpDataDir). Only one process may open the folder, so while the app runs the copy is taken by
//   the app itself: it writes its pid next to the folder, and on SIGUSR2 (only the same OS user or
//   root can send it) dumps to the path in backup-request.json, between transactions, after a
//   CHECKPOINT. With no app running, the script opens the folder itself.
import { execFile } from "node:child_process";
import { existsSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import type { PGlite } from "@electric-sql/pglite";

const run = promisify(execFile);

/** Where the app owning a PGlite folder writes its pid, and where a backup is asked for. */
export function pgliteControlFiles(pgliteDir: string) {
  const parent = path.dirname(pgliteDir);
  return { pid: path.join(parent, "pglite.pid"), request: path.join(parent, "backup-request.json") };
}

/** The pid of a live process that owns the folder, or null. */
export function pgliteOwner(pgliteDir: string): number | null {
  const { pid: file } = pgliteControlFiles(pgliteDir);
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return null;
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  // A stale pid file (the app was killed) may name a process that reused the pid: SIGUSR2 would
  // end it. Where /proc tells, only a Node.js process (the app renames itself next-server) counts.
  const cmdline = `/proc/${pid}/cmdline`;
  if (existsSync(cmdline) && !/node|next|tsx/i.test(readFileSync(cmdline, "utf8"))) return null;
  return pid;
}

/** A consistent copy of an open PGlite: no transaction in flight, checkpointed, as a .tar.gz. */
export async function dumpPglite(pglite: PGlite, out: string): Promise<void> {
  // The checkpoint first (a query inside the transaction lock would wait for itself), then the
  // copy while no transaction can start: what it holds is exactly the committed state.
  await pglite.exec("CHECKPOINT");
  const tar = await pglite._runExclusiveTransaction(() => pglite.dumpDataDir("gzip"));
  writeFileSync(`${out}.tmp`, Buffer.from(await tar.arrayBuffer()));
  renameSync(`${out}.tmp`, out);
}

/** In the app: claim the folder (pid file) and answer backup requests on SIGUSR2. */
export function serveBackups(pglite: PGlite, pgliteDir: string): void {
  const files = pgliteControlFiles(pgliteDir);
  writeFileSync(files.pid, `${process.pid}\n`);
  process.once("exit", () => {
    try {
      if (readFileSync(files.pid, "utf8").trim() === String(process.pid)) unlinkSync(files.pid);
    } catch {
      // already gone
    }
  });
  process.on("SIGUSR2", () => {
    let out = "";
    try {
      out = (JSON.parse(readFileSync(files.request, "utf8")) as { out: string }).out;
    } catch {
      return;
    }
    dumpPglite(pglite, out).catch((e: Error) => writeFileSync(`${out}.error`, e.message));
  });
}

/** Asks the running app for a copy of its folder; resolves when the file is written. */
export async function requestPgliteBackup(pgliteDir: string, pid: number, out: string, timeoutMs = 120_000): Promise<void> {
  const { request } = pgliteControlFiles(pgliteDir);
  rmSync(out, { force: true });
  rmSync(`${out}.error`, { force: true });
  writeFileSync(request, JSON.stringify({ out }));
  process.kill(pid, "SIGUSR2");
  for (const started = Date.now(); Date.now() - started < timeoutMs; await new Promise((r) => setTimeout(r, 100))) {
    if (existsSync(`${out}.error`)) throw new Error(`the running app could not take the backup: ${readFileSync(`${out}.error`, "utf8")}`);
    if (existsSync(out)) return;
  }
  throw new Error(`the running app (pid ${pid}) did not write the backup within ${timeoutMs / 1000} s`);
}

async function hasTool(tool: string): Promise<boolean> {
  return run(tool, ["--version"]).then(
    () => true,
    () => false,
  );
}

export async function pgDump(url: string, out: string): Promise<void> {
  if (!(await hasTool("pg_dump"))) throw new Error("pg_dump is not on PATH (install the PostgreSQL client, e.g. postgresql-client).");
  await run("pg_dump", ["--format=custom", "--no-owner", "--no-acl", `--file=${out}`, url], { maxBuffer: 64 * 1024 * 1024 });
}

/** Restores into the database at `url`, in one transaction; `clean` drops what is there first. */
export async function pgRestore(url: string, file: string, clean: boolean): Promise<void> {
  if (!(await hasTool("pg_restore"))) throw new Error("pg_restore is not on PATH (install the PostgreSQL client, e.g. postgresql-client).");
  const args = ["--no-owner", "--no-acl", "--single-transaction", "--exit-on-error", ...(clean ? ["--clean", "--if-exists"] : []), `--dbname=${url}`, file];
  await run("pg_restore", args, { maxBuffer: 64 * 1024 * 1024 });
}

/** Tables whose rows a backup must bring back exactly. */
export const FINGERPRINT_TABLES = [
  "User",
  "Workspace",
  "Membership",
  "Document",
  "Unit",
  "UnitReview",
  "Relation",
  "Source",
  "Evidence",
  "Comment",
  "Activity",
  "Argument",
  "ArgumentStatement",
  "ArgumentAnswer",
  "ArgumentRelation",
];

export type Fingerprint = Record<string, { rows: number; hash: string }>;

/** Row counts and an order-independent hash of every row per table, and units per verdict. */
export async function fingerprint(
  query: (sql: string) => Promise<Record<string, unknown>[]>,
): Promise<{ tables: Fingerprint; verdicts: Record<string, number> }> {
  const tables: Fingerprint = {};
  for (const t of FINGERPRINT_TABLES) {
    const [row] = await query(
      `SELECT count(*)::int AS rows, coalesce(md5(string_agg(h, '' ORDER BY h)), '') AS hash FROM (SELECT md5(row_to_json(t)::text) AS h FROM "${t}" t) x`,
    );
    tables[t] = { rows: Number(row!.rows), hash: String(row!.hash) };
  }
  const verdicts: Record<string, number> = {};
  for (const r of await query(`SELECT verdict::text AS verdict, count(*)::int AS n FROM "Unit" GROUP BY verdict ORDER BY verdict`))
    verdicts[String(r.verdict)] = Number(r.n);
  return { tables, verdicts };
}
