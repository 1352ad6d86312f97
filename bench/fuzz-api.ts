// npm run bench:fuzz-api — 10,000 malformed requests across every REST route (generated from
// lib/validation/api-routes.ts with a seeded RNG) against a production server: its own on a fresh
// PostgreSQL database (FUZZ_DB=pglite: a fresh PGlite folder), or BASE_URL's. Goal: no answer >= 500.
// FUZZ_COUNT (10000), FUZZ_SEED (20261202), BENCH_PORT (3290). Results: bench/results/fuzz-api.md.
import { writeFileSync } from "node:fs";
import { fuzzFixture } from "./fuzz/fixture";
import { fuzzRequests, type FuzzRequest } from "./fuzz/requests";
import { sendAll, type FuzzResult } from "./fuzz/send";
import { rng } from "./rng";
import { benchServer, ensureBuilt, type BenchServer, type DbKind } from "./server";

const COUNT = Number(process.env.FUZZ_COUNT ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const PORT = Number(process.env.BENCH_PORT ?? 3290);
const KIND = (process.env.FUZZ_DB ?? "postgres") as DbKind;

function describe(req: FuzzRequest): string {
  const body = req.body
    ? ` body ${req.body.byteLength} B${req.chunked ? " chunked" : ""} ${JSON.stringify(new TextDecoder().decode(req.body.subarray(0, 160)))}`
    : "";
  const path = req.path.length > 160 ? `${req.path.slice(0, 160)}… (${req.path.length} chars)` : req.path;
  return `\`${req.method} ${path}\` auth=${req.auth} headers=${JSON.stringify(req.headers)} [${req.mutation}]${body}`;
}

interface Row {
  route: string;
  result: FuzzResult;
  /** The request, written out only when the answer is worth listing. */
  request?: string;
}

function report(rows: Row[], where: string, seconds: number): string {
  const byStatus = new Map<number, number>();
  const byRoute = new Map<string, Map<string, number>>();
  const bucket = (s: number) => (s <= 0 ? "none" : `${Math.floor(s / 100)}xx`);
  const results = rows.map((r) => r.result);
  for (const { route, result: r } of rows) {
    byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
    const row = byRoute.get(route) ?? new Map<string, number>();
    row.set(bucket(r.status), (row.get(bucket(r.status)) ?? 0) + 1);
    byRoute.set(route, row);
  }
  const bad = rows.filter((r) => r.request);
  const fives = results.filter((r) => r.status >= 500).length;
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const lines = [
    "# API fuzzing",
    "",
    `\`npm run bench:fuzz-api\`: ${rows.length} malformed requests (seed ${SEED}) across every route of lib/validation/api-routes.ts, against ${where}.`,
    `Run ${new Date().toISOString().slice(0, 10)} in ${seconds.toFixed(0)} s; median ${ms[Math.floor(ms.length / 2)]!.toFixed(0)} ms, slowest ${ms[ms.length - 1]!.toFixed(0)} ms.`,
    "",
    `**Responses >= 500: ${fives}** (goal 0). No answer (connection error, timeout): ${results.filter((r) => r.status <= 0).length}.`,
    "",
    "## By status",
    "",
    "| Status | Requests |",
    "| --- | ---: |",
    ...[...byStatus.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([s, n]) => `| ${s === -2 ? "closed while sending a >1 MB body" : s <= 0 ? "no answer" : s} | ${n} |`),
    "",
    "## By route",
    "",
    "| Route | Requests | 2xx | 3xx | 4xx | 5xx | none |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...[...byRoute.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([route, row]) => {
        const total = [...row.values()].reduce((a, b) => a + b, 0);
        const c = (k: string) => row.get(k) ?? 0;
        return `| \`${route}\` | ${total} | ${c("2xx")} | ${c("3xx")} | ${c("4xx")} | ${c("5xx")} | ${c("none")} |`;
      }),
    "",
    "## Answers >= 500, without an answer, or with an INTERNAL error",
    "",
    ...(bad.length
      ? bad.map(
          ({ result: r, request }) => `- ${r.status <= 0 ? r.error : r.status}: ${request}${r.snippet ? ` → ${JSON.stringify(r.snippet.slice(0, 200))}` : ""}`,
        )
      : ["None."]),
    "",
  ];
  return lines.join("\n");
}

async function main() {
  let server: BenchServer | null = null;
  let base = process.env.BASE_URL;
  let where = base ?? "";
  if (!base) {
    ensureBuilt();
    server = await benchServer(KIND, PORT);
    await server.start();
    base = server.base;
    where = `a production build (\`next start\`) on a fresh ${KIND === "postgres" ? "PostgreSQL database" : "embedded PGlite folder"}`;
  }
  try {
    const fixture = await fuzzFixture(base);
    const rows: Row[] = [];
    const t0 = performance.now();
    await sendAll(base, fuzzRequests(rng(SEED), fixture.ids, COUNT), fixture.creds, 4, (req, result, i) => {
      const worth = result.status >= 500 || result.status === 0 || result.status === -1 || result.snippet;
      rows.push({ route: req.route, result, ...(worth ? { request: `#${i} ${describe(req)}` } : {}) });
      if (worth) console.log(`#${i} ${result.status} ${describe(req).slice(0, 300)}`);
      if (rows.length % 1000 === 0) console.log(`${rows.length} / ${COUNT}`);
    });
    const md = report(rows, where, (performance.now() - t0) / 1000);
    writeFileSync("bench/results/fuzz-api.md", md);
    console.log(md.split("## By route")[0]);
    process.exitCode = rows.some((r) => r.result.status >= 500) ? 1 : 0;
  } finally {
    await server?.dispose();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
