// npm run bench:crash — kill -9 a production server in the middle of a large import (a background
// job) and of a burst of verdict writes, restart it on the same database, and check: no partial
// document (a document has all its units or does not exist), the interrupted import job is taken
// up again and finishes with the whole document, every acknowledged (2xx) write is there with its
// Activity row. On PostgreSQL and on the embedded PGlite (its folder must survive the unclean stop).
// CRASH_CYCLES (3 per kind and scenario), CRASH_DB (postgres,pglite), CRASH_TEXT_BYTES (1,900,000), BENCH_PORT (3390).
// Results: bench/results/crash-safety.md (CRASH_RESULTS: another file, or empty for none: the
// short run `npm run test:e2e` makes after the browser suites).
import { writeFileSync } from "node:fs";
import { rng } from "./rng";
import { account, activity, api, importText, units, waitForJob, type BenchUnit as Unit } from "./client";
import { benchServer, ensureBuilt, type BenchServer, type DbKind } from "./server";

const CYCLES = Number(process.env.CRASH_CYCLES ?? 3);
// On PostgreSQL a restarted server takes up a killed job once its heartbeat is this old (default 30 s).
process.env.WARRANT_JOB_STALE_SECONDS ??= "8";
const KINDS = (process.env.CRASH_DB ?? "postgres,pglite").split(",") as DbKind[];
const PORT = Number(process.env.BENCH_PORT ?? 3390);
const TEXT_BYTES = Number(process.env.CRASH_TEXT_BYTES ?? 1_900_000);
const rand = rng(4242);

/** An article of about `bytes` (sentences the analyser makes units of). */
function article(bytes: number): string {
  const places = ["Geneva", "Nairobi", "Lima", "Oslo", "Hanoi", "Accra", "Quito", "Riga"];
  const out: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const s = `On ${1 + (i % 28)} March ${2000 + (i % 25)}, the council in ${places[i % places.length]} said spending rose by ${i % 97} percent.${i % 5 === 4 ? "\n\n" : " "}`;
    out.push(s);
    size += s.length;
  }
  return out.join("");
}

async function restart(server: BenchServer): Promise<number> {
  const t0 = performance.now();
  await server.start();
  return performance.now() - t0;
}

interface Figures {
  kind: DbKind;
  importCycles: number;
  importsAcked: number;
  jobsFinished: number;
  jobsLost: number;
  documentsAfter: number;
  partial: number;
  unitsPerDocument: number;
  burstCycles: number;
  writesAcked: number;
  writesMissing: number;
  activityMissing: number;
  restartMs: number[];
}

async function run(kind: DbKind): Promise<Figures> {
  const server = await benchServer(kind, PORT);
  const f: Figures = {
    kind,
    importCycles: 0,
    importsAcked: 0,
    jobsFinished: 0,
    jobsLost: 0,
    documentsAfter: 0,
    partial: 0,
    unitsPerDocument: 0,
    burstCycles: 0,
    writesAcked: 0,
    writesMissing: 0,
    activityMissing: 0,
    restartMs: [],
  };
  try {
    await server.start();
    const a = await account(server.base, "crash");
    const text = article(TEXT_BYTES);
    // The reference: the same text imported without a crash.
    const t0 = performance.now();
    const refId = await importText(server.base, a, "Reference", text);
    const importMs = performance.now() - t0;
    f.unitsPerDocument = (await units(server.base, a, refId)).length;
    console.log(`${kind}: reference import of ${(text.length / 1e6).toFixed(1)} MB: ${f.unitsPerDocument} units in ${importMs.toFixed(0)} ms`);

    for (let c = 0; c < CYCLES; c++) {
      const t1 = performance.now();
      const pending = api<{ jobId?: string }>(server.base, a.token, "POST", `/api/v1/workspaces/${a.workspaceId}/documents`, {
        title: `Crash ${c}`,
        text,
      }).then(
        (r) => r,
        () => null,
      );
      await new Promise((r) => setTimeout(r, (0.2 + 0.7 * rand()) * importMs - (performance.now() - t1)));
      server.kill();
      const answer = await pending;
      if (answer && answer.status >= 200 && answer.status < 300) f.importsAcked++;
      f.importCycles++;
      f.restartMs.push(await restart(server));
      // The job the kill interrupted is taken up again (at once on PGlite; after the stale-heartbeat limit on PostgreSQL).
      const jobId = answer?.status === 202 ? answer.json.jobId : undefined;
      if (jobId) {
        const job = await waitForJob(server.base, a, jobId, 120_000, 250);
        if (job?.state === "done") f.jobsFinished++;
        else f.jobsLost++;
      }
      const { json } = await api<{ documents: { id: string; title: string }[] }>(server.base, a.token, "GET", `/api/v1/workspaces/${a.workspaceId}/documents`);
      for (const d of json.documents.filter((d) => d.title.startsWith("Crash"))) {
        const n = (await units(server.base, a, d.id)).length;
        if (n !== f.unitsPerDocument) f.partial++;
      }
      f.documentsAfter = json.documents.filter((d) => d.title.startsWith("Crash")).length;
    }

    const small = await api<{ id: string }>(server.base, a.token, "POST", `/api/v1/workspaces/${a.workspaceId}/documents`, {
      title: "Burst",
      text: article(6000),
    });
    const docId = small.json.id;
    for (let c = 0; c < CYCLES; c++) {
      const acked = new Map<string, { version: number; rationale: string }>();
      let stop = false;
      const chains = (await units(server.base, a, docId)).slice(0, 8).map(async (u) => {
        let version = u.version;
        for (let n = 0; !stop; n++) {
          const rationale = `cycle ${c} write ${n} on ${u.id}`;
          const r = await api<Unit>(server.base, a.token, "PATCH", `/api/v1/units/${u.id}`, {
            version,
            verdict: n % 2 ? "DISPUTED" : "SUPPORTED",
            rationale,
          }).catch(() => null);
          if (!r || r.status >= 500) return;
          if (r.status !== 200) throw new Error(`burst write: ${r.status} ${JSON.stringify(r.json)}`);
          version = r.json.version;
          acked.set(`${u.id}#${version}`, { version, rationale });
          f.writesAcked++;
        }
      });
      // Kill once writes flow (a cold embedded database takes seconds to answer the first one).
      for (const t0 = Date.now(); acked.size < 5 && Date.now() - t0 < 60_000;) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 500 + 1500 * rand()));
      server.kill();
      stop = true;
      await Promise.all(chains);
      f.burstCycles++;
      f.restartMs.push(await restart(server));
      const now = new Map((await units(server.base, a, docId)).map((u) => [u.id, u]));
      const log = await activity(server.base, a, docId);
      for (const [key, w] of acked) {
        const id = key.split("#")[0]!;
        const unit = now.get(id);
        if (!unit || unit.version < w.version) f.writesMissing++;
        if (!log.some((e) => e.entityId === id && JSON.stringify(e.after ?? "").includes(w.rationale))) f.activityMissing++;
      }
    }
    return f;
  } finally {
    await server.dispose();
  }
}

async function main() {
  ensureBuilt();
  const figures: Figures[] = [];
  for (const kind of KINDS) {
    const f = await run(kind);
    console.log(JSON.stringify(f));
    figures.push(f);
  }
  const ok = figures.every((f) => f.partial === 0 && f.jobsLost === 0 && f.writesMissing === 0 && f.activityMissing === 0);
  const md = [
    "# Crash safety",
    "",
    `\`npm run bench:crash\`: a production server (\`next start\`) is killed with SIGKILL (its whole process group) ${CYCLES} times in the middle of a ${(TEXT_BYTES / 1e6).toFixed(1)} MB text import and ${CYCLES} times in the middle of a burst of verdict writes (8 units written in parallel, each PATCH carrying the version it read), then restarted on the same database. Run ${new Date().toISOString().slice(0, 10)}.`,
    "",
    "| Database | Import kills | Imports acknowledged | Interrupted jobs finished after restart | Jobs lost | Crash documents after restart | Partial documents | Units per complete document | Burst kills | Writes acknowledged | Acknowledged writes missing | Activity rows missing | Restart (median ms) |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...figures.map((f) => {
      const med = [...f.restartMs].sort((x, y) => x - y)[Math.floor(f.restartMs.length / 2)] ?? 0;
      return `| ${f.kind} | ${f.importCycles} | ${f.importsAcked} | ${f.jobsFinished} | ${f.jobsLost} | ${f.documentsAfter} | ${f.partial} | ${f.unitsPerDocument} | ${f.burstCycles} | ${f.writesAcked} | ${f.writesMissing} | ${f.activityMissing} | ${med.toFixed(0)} |`;
    }),
    "",
    ok
      ? "Every document after a crash is complete or absent, every interrupted import job finished after the restart, and every acknowledged write is present with its Activity row."
      : "**FAILED**: see the partial documents or missing writes above.",
    "",
  ].join("\n");
  const results = process.env.CRASH_RESULTS ?? "bench/results/crash-safety.md";
  if (results) writeFileSync(results, md);
  console.log(md);
  process.exitCode = ok ? 0 : 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
