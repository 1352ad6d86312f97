// npm run bench:import — how long an import takes end to end over HTTP, from the POST until the
// document is saved (issue 12): a 2,000-word article (saved within the request: 201) and pastes up
// to the 2 MB limit (background jobs: 202, then GET /jobs/{id} polled every 10 ms until done), on a
// production server on PostgreSQL with the job worker in the app process. The floor is the
// analyser alone on the same text in this process (the work no import can skip); the table prints
// each size's time, its ratio to the floor, and ms per MB (linear in size when that stays flat).
// IMPORT_RUNS (3 per size, median), IMPORT_SIZES (bytes, comma-separated), BENCH_PORT (3396).
// Results: bench/results/import.md.
import { readFileSync, writeFileSync } from "node:fs";
import { analyze } from "../lib/analysis";
import { account, api, waitForJob, type Account } from "./client";
import { benchServer, ensureBuilt } from "./server";

const RUNS = Number(process.env.IMPORT_RUNS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 3396);
const SIZES = (process.env.IMPORT_SIZES ?? "100000,500000,1000000,1990000").split(",").map(Number);
const DEMO = readFileSync("prisma/seed-data/valdai-nato-east-asia.txt", "utf8");

/** The demo article's words, repeated (paragraphs kept) until `words` words. */
function byWords(words: number): string {
  const paragraphs = DEMO.split(/\n\s*\n/);
  const out: string[] = [];
  for (let i = 0, n = 0; n < words; i++) {
    const p = paragraphs[i % paragraphs.length]!.trim().split(/\s+/);
    out.push(p.slice(0, words - n).join(" "));
    n += Math.min(p.length, words - n);
  }
  return out.join("\n\n");
}

/** The demo article repeated until `bytes` UTF-8 bytes (under, never over). */
function byBytes(bytes: number): string {
  let text = "";
  while (Buffer.byteLength(text) + Buffer.byteLength(DEMO) + 2 <= bytes) text += `${DEMO}\n\n`;
  const rest = bytes - Buffer.byteLength(text);
  return text + DEMO.slice(0, Math.max(0, rest - 8)).replace(/\S*$/, "");
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function importOnce(base: string, a: Account, text: string, n: number): Promise<{ ms: number; status: number }> {
  const t0 = performance.now();
  const r = await api<{ id?: string; jobId?: string }>(base, a.token, "POST", `/api/v1/workspaces/${a.workspaceId}/documents`, { title: `Bench ${n}`, text });
  if (r.status === 202 && r.json.jobId) {
    const job = await waitForJob(base, a, r.json.jobId, 120_000, 10);
    if (job?.state !== "done") throw new Error(`job ${r.json.jobId}: ${JSON.stringify(job)}`);
  } else if (r.status !== 201) throw new Error(`import: ${r.status} ${JSON.stringify(r.json)}`);
  return { ms: performance.now() - t0, status: r.status };
}

function floorMs(text: string): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    analyze(text, {});
    times.push(performance.now() - t0);
  }
  return median(times);
}

async function main() {
  ensureBuilt();
  const server = await benchServer("postgres", PORT);
  const rows: { label: string; bytes: number; status: number; ms: number; floor: number; goal?: number }[] = [];
  try {
    await server.start();
    const a = await account(server.base, "import-bench");
    // Warm-up: the first import compiles the analyser's code paths in the server.
    await importOnce(server.base, a, byWords(2000), 0);
    const cases = [
      { label: "2,000-word article", text: byWords(2000), goal: 300 },
      ...SIZES.map((b) => ({ label: `${(b / 1e6).toFixed(2)} MB paste`, text: byBytes(b), goal: b >= 1_900_000 ? 5000 : undefined })),
    ];
    let n = 1;
    for (const c of cases) {
      const runs: { ms: number; status: number }[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await importOnce(server.base, a, c.text, n++));
      const row = {
        label: c.label,
        bytes: Buffer.byteLength(c.text),
        status: runs[0]!.status,
        ms: median(runs.map((r) => r.ms)),
        floor: floorMs(c.text),
        goal: c.goal,
      };
      rows.push(row);
      console.log(JSON.stringify(row));
    }
  } finally {
    await server.dispose();
  }
  const perMb = rows.filter((r) => r.bytes >= 100_000).map((r) => r.ms / (r.bytes / 1e6));
  const spread = perMb.length ? Math.max(...perMb) / Math.min(...perMb) : NaN;
  const met = rows.every((r) => r.goal === undefined || r.ms < r.goal);
  const md = [
    "# Import, end to end (npm run bench:import)",
    "",
    `POST /api/v1/workspaces/{id}/documents until the document is saved, on a production server on PostgreSQL 15 (job worker in the app process), median of ${RUNS}; ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, 2 cores shared with other work. Floor: the analyser alone on the same text, in the bench process.`,
    "",
    "| import | size | answer | end to end | floor (analysis) | × floor | ms per MB | goal |",
    "| --- | ---: | --- | ---: | ---: | ---: | ---: | --- |",
    ...rows.map(
      (r) =>
        `| ${r.label} | ${(r.bytes / 1024).toFixed(0)} KB | ${r.status === 202 ? "202, job" : "201"} | ${r.ms.toFixed(0)} ms | ${r.floor.toFixed(0)} ms | ${(r.ms / r.floor).toFixed(1)} | ${(r.ms / (r.bytes / 1e6)).toFixed(0)} | ${r.goal ? `< ${r.goal} ms: ${r.ms < r.goal ? "met" : "NOT met"}` : ""} |`,
    ),
    "",
    `Linear in size: ms per MB from 100 KB up varies by ${spread.toFixed(2)}× (1.00 = exactly linear).`,
    met ? "Goals met." : "**A goal is not met**: see the rows above.",
    "",
  ].join("\n");
  writeFileSync("bench/results/import.md", md);
  console.log(md);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
