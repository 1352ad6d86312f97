// A backup restored into a fresh database has the same rows as its source: users, workspaces,
// documents, units (and their verdicts), reviews, relations, sources, comments and activity.
// Embedded: PGlite's data-folder copy, in memory. Server: pg_dump / pg_restore on two databases
// of the PostgreSQL server at WARRANT_TEST_PG_ADMIN_URL (created and dropped here).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dumpPglite, fingerprint, pgDump, pgRestore } from "./backup";
import { PGLITE_EXTENSIONS } from "./pglite-extensions";
import { ADMIN_URL, admin } from "./testing/pg-test-db";
import { installTestDb } from "./testing/test-db";

let testDb: Awaited<ReturnType<typeof installTestDb>>;
let source: PGlite;
const dir = mkdtempSync(path.join(tmpdir(), "warrant-backup-"));

const pgliteQuery = (db: PGlite) => async (sql: string) => (await db.query<Record<string, unknown>>(sql)).rows;

beforeAll(async () => {
  testDb = await installTestDb();
  source = (globalThis as unknown as { __warrantPglite: PGlite }).__warrantPglite;
  const { signUp, importText } = await import("./testing/fixtures");
  const { updateUnit } = await import("./use-cases/update-unit");
  const { addComment } = await import("./use-cases/add-comment");
  const owner = await signUp("Backup Owner");
  const documentId = await importText(owner.userId, owner.ownWorkspaceId, "Budget é 🙂");
  const units = await testDb.db.unit.findMany({ where: { documentId }, orderBy: { start: "asc" } });
  await updateUnit({ userId: owner.userId, input: { unitId: units[0]!.id, version: units[0]!.version, verdict: "DISPUTED", rationale: "The minutes say 8." } });
  await addComment({ userId: owner.userId, input: { unitId: units[1]!.id, body: "Check the source\u2014twice." } });
});

afterAll(async () => {
  await testDb?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("embedded: the data-folder copy restores into a fresh PGlite with the same rows", async () => {
    const before = await fingerprint(pgliteQuery(source));
    expect(before.tables.Document!.rows).toBeGreaterThan(0);
    expect(before.tables.Unit!.rows).toBeGreaterThan(3);
    expect(before.tables.Activity!.rows).toBeGreaterThan(0);
    expect(before.verdicts.DISPUTED).toBe(1);
    const file = path.join(dir, "embedded.tar.gz");
    await dumpPglite(source, file);
    const { readFileSync } = await import("node:fs");
    const restored = await PGlite.create({ extensions: PGLITE_EXTENSIONS, loadDataDir: new Blob([readFileSync(file)]) });
    try {
      expect(await fingerprint(pgliteQuery(restored))).toEqual(before);
    } finally {
      await restored.close();
    }
  });

  it("server: pg_dump then pg_restore into a fresh database gives the same rows", async () => {
    const names = [`warrant_backup_src_${Date.now()}_${process.pid}`, `warrant_backup_dst_${Date.now()}_${process.pid}`];
    const urls = names.map((n) => Object.assign(new URL(ADMIN_URL), { pathname: `/${n}` }).toString());
    await admin(`CREATE DATABASE "${names[0]}"`);
    await admin(`CREATE DATABASE "${names[1]}"`);
    const src = new pg.Client({ connectionString: urls[0] });
    const dst = new pg.Client({ connectionString: urls[1] });
    try {
      // The server copy of the embedded source: the same schema and rows, through pg_dump's twin.
      await src.connect();
      const { migrationNames, migrationSql } = await import("./testing/test-db");
      for (const name of migrationNames()) await src.query(migrationSql(name));
      for (const table of ["User", "Workspace", "Membership", "Document", "Unit", "UnitReview", "Relation", "Source", "Evidence", "Comment", "Activity"]) {
        const rows = (await source.query<{ j: string }>(`SELECT row_to_json(t)::text AS j FROM "${table}" t`)).rows;
        for (const { j } of rows) await src.query(`INSERT INTO "${table}" SELECT * FROM json_populate_record(NULL::"${table}", $1::json)`, [j]);
      }
      const before = await fingerprint(async (sql) => (await src.query(sql)).rows);
      expect(before).toEqual(await fingerprint(pgliteQuery(source)));
      const file = path.join(dir, "server.dump");
      await pgDump(urls[0]!, file);
      await pgRestore(urls[1]!, file, false);
      await dst.connect();
      expect(await fingerprint(async (sql) => (await dst.query(sql)).rows)).toEqual(before);
    } finally {
      await src.end().catch(() => {});
      await dst.end().catch(() => {});
      for (const n of names) await admin(`DROP DATABASE IF EXISTS "${n}" WITH (FORCE)`);
    }
  });
});

describe("the owner of an embedded folder", () => {
  it("is a live Node.js process named in pglite.pid, never a stale or foreign pid", async () => {
    const { pgliteOwner } = await import("./backup");
    const { spawn } = await import("node:child_process");
    const { writeFileSync } = await import("node:fs");
    const folder = path.join(dir, "owned", "pglite");
    const pidFile = path.join(dir, "owned", "pglite.pid");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(folder, { recursive: true });
    expect(pgliteOwner(folder)).toBeNull();
    const node = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    const sleeper = spawn("sleep", ["30"]);
    try {
      writeFileSync(pidFile, `${node.pid}\n`);
      expect(pgliteOwner(folder)).toBe(node.pid);
      writeFileSync(pidFile, `${sleeper.pid}\n`);
      expect(pgliteOwner(folder)).toBeNull();
      writeFileSync(pidFile, "999999999\n");
      expect(pgliteOwner(folder)).toBeNull();
    } finally {
      node.kill();
      sleeper.kill();
    }
  });
});
