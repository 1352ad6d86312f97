// npm run bench:concurrency — many API clients writing verdicts on the SAME units with version
// checks, against a production server on PostgreSQL (WARRANT_WORKERS processes, default 2):
// every 2xx write must have its Activity row, every refused write must be a 409 (never a 5xx or a
// silent overwrite), and each unit must end as its last accepted write, with its version counting
// exactly the accepted writes (no lost update).
// CONC_CLIENTS (50), CONC_WRITES (10,000), CONC_UNITS (12), CONC_WORKERS (2), BENCH_PORT (3392).
// Results: bench/results/concurrency.md (CONC_RESULTS: another file, or empty for none).
import { writeFileSync } from "node:fs";
import { account, activity, api, units, type BenchUnit } from "./client";
import { rng } from "./rng";
import { benchServer, ensureBuilt } from "./server";

const CLIENTS = Number(process.env.CONC_CLIENTS ?? 50);
const WRITES = Number(process.env.CONC_WRITES ?? 10_000);
const UNITS = Number(process.env.CONC_UNITS ?? 12);
const WORKERS = Number(process.env.CONC_WORKERS ?? 2);
const PORT = Number(process.env.BENCH_PORT ?? 3392);
const RESULTS = process.env.CONC_RESULTS ?? "bench/results/concurrency.md";
const rand = rng(9001);
const VERDICTS = ["SUPPORTED", "DISPUTED", "OPINION"] as const;

interface Accepted {
  unitId: string;
  version: number;
  verdict: string;
  rationale: string;
}

function article(sentences: number): string {
  const places = ["Geneva", "Nairobi", "Lima", "Oslo", "Hanoi", "Accra"];
  return Array.from(
    { length: sentences },
    (_, i) => `On ${1 + i} March 2024 the council in ${places[i % places.length]} said spending rose by ${i + 3} percent.`,
  ).join(" ");
}

async function main() {
  ensureBuilt();
  const server = await benchServer("postgres", PORT, { workers: WORKERS });
  try {
    await server.start();
    const a = await account(server.base, "concurrency");
    const created = await api<{ id: string }>(server.base, a.token, "POST", `/api/v1/workspaces/${a.workspaceId}/documents`, {
      title: "Contended",
      text: article(UNITS),
    });
    if (created.status !== 201) throw new Error(`import: ${created.status}`);
    const documentId = created.json.id;
    const start = (await units(server.base, a, documentId)).slice(0, UNITS);
    const known = new Map(start.map((u) => [u.id, u.version]));
    const initial = new Map(known);

    const accepted: Accepted[] = [];
    const statuses = new Map<number, number>();
    const latency: number[] = [];
    let issued = 0;
    const t0 = performance.now();
    const client = async (c: number) => {
      for (let n = 0; issued < WRITES; n++) {
        issued++;
        const unit = start[Math.floor(rand() * start.length)]!;
        const version = known.get(unit.id)!;
        const body = { version, verdict: VERDICTS[Math.floor(rand() * 3)]!, rationale: `client ${c} write ${n}` };
        const t = performance.now();
        const r = await api<BenchUnit & { error?: { details?: { current?: BenchUnit } } }>(
          server.base,
          a.token,
          "PATCH",
          `/api/v1/units/${unit.id}`,
          body,
        ).catch(() => ({ status: 0, json: {} as BenchUnit & { error?: { details?: { current?: BenchUnit } } } }));
        latency.push(performance.now() - t);
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        if (r.status === 200) {
          accepted.push({ unitId: unit.id, version: r.json.version, verdict: body.verdict, rationale: body.rationale });
          known.set(unit.id, Math.max(known.get(unit.id)!, r.json.version));
        } else if (r.status === 409) {
          const current = r.json.error?.details?.current;
          if (current) known.set(unit.id, Math.max(known.get(unit.id)!, current.version));
        }
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
    const seconds = (performance.now() - t0) / 1000;

    // Check.
    const final = new Map((await units(server.base, a, documentId)).map((u) => [u.id, u]));
    const log = await activity(server.base, a, documentId);
    const logged = new Set(log.map((e) => `${e.entityId}|${(e.after as { rationale?: string } | null)?.rationale ?? ""}`));
    const activityMissing = accepted.filter((w) => !logged.has(`${w.unitId}|${w.rationale}`)).length;
    let wrongFinal = 0;
    let lostUpdates = 0;
    const versionsSeen = new Set<string>();
    let duplicateVersions = 0;
    for (const w of accepted) {
      const key = `${w.unitId}#${w.version}`;
      if (versionsSeen.has(key)) duplicateVersions++;
      versionsSeen.add(key);
    }
    for (const u of start) {
      const mine = accepted.filter((w) => w.unitId === u.id).sort((x, y) => x.version - y.version);
      const last = mine.at(-1);
      const now = final.get(u.id)!;
      if (last && (now.rationale !== last.rationale || now.verdict !== last.verdict || now.version !== last.version)) wrongFinal++;
      // Each accepted write bumps the version by one: the version counts them all.
      lostUpdates += Math.abs(now.version - initial.get(u.id)! - mine.length);
    }
    const ok = statuses.get(200) ?? 0;
    const conflicts = statuses.get(409) ?? 0;
    const errors = [...statuses].filter(([s]) => s !== 200 && s !== 409).reduce((n, [, k]) => n + k, 0);
    latency.sort((x, y) => x - y);
    const pct = (p: number) => latency[Math.min(latency.length - 1, Math.floor(p * latency.length))]!.toFixed(0);
    const rows: [string, string, string][] = [
      ["writes issued", String(issued), ""],
      ["accepted (200)", String(ok), ""],
      ["refused as stale (409)", String(conflicts), ""],
      ["other answers (5xx, network)", String(errors), "0"],
      ["accepted writes without their Activity row", String(activityMissing), "0"],
      ["units whose final state is not their last accepted write", String(wrongFinal), "0"],
      ["lost updates (version ≠ initial + accepted writes)", String(lostUpdates), "0"],
      ["two accepted writes with the same resulting version", String(duplicateVersions), "0"],
      ["throughput (writes/s)", (issued / seconds).toFixed(0), ""],
      ["latency p50 / p99 (ms)", `${pct(0.5)} / ${pct(0.99)}`, ""],
    ];
    const pass = errors === 0 && activityMissing === 0 && wrongFinal === 0 && lostUpdates === 0 && duplicateVersions === 0;
    const table = [
      `# bench:concurrency — ${new Date().toISOString().slice(0, 10)}`,
      "",
      `${CLIENTS} API clients, ${WRITES} verdict writes (PATCH /api/v1/units/{id} with version) on ${start.length} shared units, PostgreSQL, ${WORKERS} app processes (WARRANT_WORKERS).`,
      "",
      "| measure | result | goal |",
      "| --- | --- | --- |",
      ...rows.map(([m, r, g]) => `| ${m} | ${r} | ${g} |`),
      "",
      pass ? "**All goals met.**" : "**Goals NOT met.**",
      "",
    ].join("\n");
    console.log(table);
    if (RESULTS) writeFileSync(RESULTS, table);
    if (!pass) process.exitCode = 1;
  } finally {
    await server.dispose();
  }
}

await main();
