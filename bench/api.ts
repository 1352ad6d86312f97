// npm run bench:api — the REST write and read paths against the database's own speed, measured in
// the same run on the same PostgreSQL (issue 12):
//  - verdict PATCH /api/v1/units/{id} (version check, Activity row, change event, one transaction)
//    at API_CLIENTS concurrent clients, each on its own unit, vs raw SQL doing the same work per
//    write (BEGIN; UPDATE … WHERE version; INSERT Activity; pg_notify; COMMIT) on as many connections;
//  - p99 at a fixed API_RATE writes/s (open loop);
//  - GET /api/v1/documents/{id} and GET …/units of a 500-unit document vs the same rows by SQL.
// API_SECONDS (8) per measure, API_CLIENTS (20), API_RATE (200), API_WORKERS (1: app processes),
// BENCH_PORT (3394), API_PROFILE=1 (CPU profile of the app during the writes: top functions printed
// and written to bench/results/api-profile.md). Results: bench/results/api.md.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { account, api } from "./client";
import { benchServer, ensureBuilt } from "./server";

const SECONDS = Number(process.env.API_SECONDS ?? 8);
const CLIENTS = Number(process.env.API_CLIENTS ?? 20);
const RATE = Number(process.env.API_RATE ?? 200);
const WORKERS = Number(process.env.API_WORKERS ?? 1);
const PORT = Number(process.env.BENCH_PORT ?? 3394);
const PROFILE = process.env.API_PROFILE === "1";
const PROFILE_DIR = path.resolve("bench/results/.cpuprofile");

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

function article(sentences: number): string {
  return Array.from({ length: sentences }, (_, i) => `On ${1 + (i % 28)} March 2024 the council in Lima said spending rose by ${i + 3} percent.`).join(" ");
}

/** Runs `one` from `n` loops for `seconds`; returns completions per second and latencies. */
async function closedLoop(n: number, seconds: number, one: (i: number) => Promise<void>) {
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      while (performance.now() < until) {
        const t = performance.now();
        await one(i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { perSecond: latencies.length / seconds, p50: pct(latencies, 0.5), p99: pct(latencies, 0.99) };
}

/** Starts `rate` calls a second for `seconds` whatever the answers' speed (open loop). */
async function openLoop(rate: number, seconds: number, one: (i: number) => Promise<void>) {
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  let failed = 0;
  const start = performance.now();
  for (let k = 0; k < rate * seconds; k++) {
    const due = start + (k * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      one(k).then(
        () => void latencies.push(performance.now() - due),
        () => void failed++,
      ),
    );
  }
  await Promise.all(pending);
  return { p50: pct(latencies, 0.5), p99: pct(latencies, 0.99), failed };
}

async function main() {
  ensureBuilt();
  const server = await benchServer("postgres", PORT, { workers: WORKERS, nodeOptions: PROFILE ? `--cpu-prof --cpu-prof-dir=${PROFILE_DIR}` : undefined });
  const pool = new pg.Pool({ connectionString: server.dbEnv.DATABASE_URL, max: CLIENTS });
  try {
    await server.start();
    const a = await account(server.base, "api-bench");
    const big = await api<{ id: string }>(server.base, a.token, "POST", `/api/v1/workspaces/${a.workspaceId}/documents`, {
      title: "Five hundred",
      text: article(500),
    });
    const small = await api<{ id: string }>(server.base, a.token, "POST", `/api/v1/workspaces/${a.workspaceId}/documents`, {
      title: "Writes",
      text: article(CLIENTS * 2),
    });
    const units = (await api<{ units: { id: string; version: number }[] }>(server.base, a.token, "GET", `/api/v1/documents/${small.json.id}/units`)).json.units;
    const appUnits = units.slice(0, CLIENTS).map((u) => ({ ...u }));
    const sqlUnits = units.slice(CLIENTS, CLIENTS * 2).map((u) => ({ ...u }));
    if (sqlUnits.length < CLIENTS) throw new Error(`the write document has ${units.length} units; each client needs its own`);
    const bigList = (await api<{ units: { id: string; version: number }[] }>(server.base, a.token, "GET", `/api/v1/documents/${big.json.id}/units`)).json.units;
    const bigUnits = bigList.length;
    // The open loop's writes overlap in time: each takes a unit no write in flight is using.
    const free = bigList.map((u) => ({ ...u }));

    const verdicts = ["SUPPORTED", "DISPUTED"] as const;
    let n = 0;
    /** One verdict PATCH on `u` with the version last seen; throws unless it is accepted. */
    const patch = async (u: { id: string; version: number }) => {
      const r = await api<{ version: number }>(server.base, a.token, "PATCH", `/api/v1/units/${u.id}`, {
        version: u.version,
        verdict: verdicts[++n % 2],
        rationale: `bench ${n}`,
      });
      if (r.status !== 200) throw new Error(`PATCH ${r.status}`);
      u.version = r.json.version;
    };
    const appWrite = (i: number) => patch(appUnits[i % appUnits.length]!);
    const sqlWrite = async (i: number) => {
      const u = sqlUnits[i % sqlUnits.length]!;
      const c = await pool.connect();
      try {
        await c.query("BEGIN");
        const before = await c.query('SELECT verdict, rationale FROM "Unit" WHERE id = $1', [u.id]);
        const up = await c.query(
          'UPDATE "Unit" SET verdict = $3, rationale = $4, version = version + 1, "updatedAt" = now() WHERE id = $1 AND version = $2 RETURNING version',
          [u.id, u.version, verdicts[++n % 2], `bench ${n}`],
        );
        if (up.rowCount !== 1) throw new Error("stale version");
        const id = randomUUID();
        await c.query(
          `INSERT INTO "Activity" (id, "workspaceId", "actorId", action, "entityType", "entityId", "documentId", before, after) VALUES ($1, $2, NULL, 'unit.verdict', 'unit', $3, $4, $5, $6)`,
          [id, a.workspaceId, u.id, small.json.id, JSON.stringify(before.rows[0]), JSON.stringify({ verdict: verdicts[n % 2], rationale: `bench ${n}` })],
        );
        await c.query("SELECT pg_notify('warrant_changes', $1)", [JSON.stringify({ activityId: id, documentId: small.json.id, entityId: u.id })]);
        await c.query("COMMIT");
        u.version = up.rows[0].version as number;
      } catch (e) {
        await c.query("ROLLBACK").catch(() => null);
        throw e;
      } finally {
        c.release();
      }
    };

    // Warm up both paths (JIT, connection pools, plan caches).
    await closedLoop(CLIENTS, 2, appWrite);
    await closedLoop(CLIENTS, 1, sqlWrite);

    const sql = await closedLoop(CLIENTS, SECONDS, sqlWrite);
    const app = await closedLoop(CLIENTS, SECONDS, appWrite);
    const alone = await closedLoop(1, Math.min(SECONDS, 4), appWrite);
    const fixed = await openLoop(RATE, SECONDS, async () => {
      const u = free.shift();
      if (!u) throw new Error("more writes in flight than units: lower API_RATE");
      try {
        await patch(u);
      } finally {
        free.push(u);
      }
    });

    const readDoc = async () => void (await api(server.base, a.token, "GET", `/api/v1/documents/${big.json.id}`));
    const readUnits = async () => void (await api(server.base, a.token, "GET", `/api/v1/documents/${big.json.id}/units`));
    const sqlDoc = async () => {
      await pool.query('SELECT d.*, w.name FROM "Document" d JOIN "Workspace" w ON w.id = d."workspaceId" WHERE d.id = $1', [big.json.id]);
      await pool.query('SELECT * FROM "Unit" WHERE "documentId" = $1 ORDER BY start, "end"', [big.json.id]);
      await pool.query('SELECT * FROM "Relation" WHERE "documentId" = $1', [big.json.id]);
    };
    const sqlUnitsRead = async () => void (await pool.query('SELECT * FROM "Unit" WHERE "documentId" = $1 ORDER BY start, "end"', [big.json.id]));
    await closedLoop(1, 1, readDoc);
    await closedLoop(1, 1, sqlDoc);
    const docApp = await closedLoop(1, SECONDS / 2, readDoc);
    const docSql = await closedLoop(1, SECONDS / 2, sqlDoc);
    const unitsApp = await closedLoop(1, SECONDS / 2, readUnits);
    const unitsSql = await closedLoop(1, SECONDS / 2, sqlUnitsRead);

    const share = app.perSecond / sql.perSecond;
    const rows: [string, string, string, string][] = [
      [
        `verdict writes, ${CLIENTS} clients`,
        `${app.perSecond.toFixed(0)}/s (p50 ${ms(app.p50)}, p99 ${ms(app.p99)})`,
        `${sql.perSecond.toFixed(0)}/s (p50 ${ms(sql.p50)})`,
        `${(share * 100).toFixed(1)}% of the floor (goal ≥ 33%)`,
      ],
      ["verdict writes, 1 client", `p50 ${ms(alone.p50)}`, "", ""],
      [
        `verdict writes at a fixed ${RATE}/s`,
        `p50 ${ms(fixed.p50)}, p99 ${ms(fixed.p99)}${fixed.failed ? `, ${fixed.failed} failed` : ""}`,
        "",
        "p99 goal < 50 ms",
      ],
      [`GET document (${bigUnits} units)`, `p50 ${ms(docApp.p50)}`, `p50 ${ms(docSql.p50)}`, `${(docApp.p50 / docSql.p50).toFixed(1)}× (goal ≤ 2×)`],
      [`GET units list (${bigUnits} units)`, `p50 ${ms(unitsApp.p50)}`, `p50 ${ms(unitsSql.p50)}`, `${(unitsApp.p50 / unitsSql.p50).toFixed(1)}× (goal ≤ 2×)`],
    ];
    const table = [
      `# bench:api — ${new Date().toISOString().slice(0, 10)}`,
      "",
      `Production build, PostgreSQL on 127.0.0.1, ${WORKERS} app process(es), ${SECONDS} s per measure, the same database for both columns.`,
      "",
      "| measure | app (REST) | raw SQL floor | ratio |",
      "| --- | --- | --- | --- |",
      ...rows.map((r) => `| ${r.join(" | ")} |`),
      "",
    ].join("\n");
    console.log(table);
    writeFileSync(process.env.API_RESULTS ?? "bench/results/api.md", table);
  } finally {
    await pool.end();
    await server.dispose();
  }
  if (PROFILE) summariseProfiles();
}

/** The CPU profiles the app wrote on exit, summarised: self time per function, top 25. */
function summariseProfiles() {
  const files = readdirSync(PROFILE_DIR).filter((f) => f.endsWith(".cpuprofile"));
  const self = new Map<string, number>();
  const byPart = new Map<string, number>();
  let total = 0;
  for (const f of files) {
    const profile = JSON.parse(readFileSync(path.join(PROFILE_DIR, f), "utf8")) as {
      nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
      samples: number[];
      timeDeltas: number[];
    };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const frame = byId.get(id)!.callFrame;
      const where = frame.url ? frame.url.replace(/^.*node_modules\//, "").replace(/^.*\/\.next\//, ".next/") : "(native)";
      const key = `${frame.functionName || "(anonymous)"} ${where}:${frame.lineNumber + 1}`;
      const dt = profile.timeDeltas[i] ?? 0;
      self.set(key, (self.get(key) ?? 0) + dt);
      const part = partOf(frame.functionName, frame.url);
      byPart.set(part, (byPart.get(part) ?? 0) + dt);
      total += dt;
    });
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
  const busy = total - (byPart.get("idle") ?? 0);
  const text = [
    "# bench:api CPU profile (self time, app process during the whole run)",
    "",
    "Where the busy time goes, by part (idle excluded):",
    "",
    "| share of busy time | part |",
    "| --- | --- |",
    ...[...byPart]
      .filter(([k]) => k !== "idle")
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `| ${((v / busy) * 100).toFixed(1)}% | ${k} |`),
    "",
    "Top functions (share of all samples, idle included):",
    "",
    "| share | function |",
    "| --- | --- |",
    ...top.map(([k, v]) => `| ${((v / total) * 100).toFixed(1)}% | \`${k}\` |`),
    "",
  ].join("\n");
  console.log(text);
  writeFileSync("bench/results/api-profile.md", text);
}

/** Which part of the stack a sampled frame belongs to. */
function partOf(name: string, url: string): string {
  if (name === "(idle)") return "idle";
  if (name === "(garbage collector)") return "garbage collection";
  if (url.includes("@prisma/") || url.startsWith("wasm://")) return "Prisma (client runtime, query compiler WASM)";
  if (url.includes("/pg/") || url.includes("pg-protocol") || url.includes("adapter-pg")) return "pg driver";
  if (url.includes("next/dist")) return "Next.js";
  if (url.includes("zlib")) return "response compression (zlib)";
  if (url.includes(".next/") || url.includes("/lib/") || url.includes("/app/")) return "Warrant code";
  if (url.startsWith("node:") || url === "") return "Node.js (I/O, streams, native)";
  return "other packages";
}

await main();
