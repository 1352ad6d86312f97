// Layout benchmark of the argument map: the same pure functions the map page runs in the
// browser (toMapGraph -> layoutMap, ELK layered; on the page, in a Web Worker), on generated maps of 100 / 1,000 / 5,000
// units shaped like analysed articles (claims with premises and evidence, a few attacks).
// Also times the cycle check, the support summary and the SVG export. Then the map page itself in
// Chromium on a 2,000-unit document (bench/map-browser.ts): time to the first node and to the
// finished layout. Goal (issue 12): first nodes < 1.5 s.
// Usage: npm run bench:map [-- <runs per size>]   Writes bench/results/map.md.
// BENCH_MAP_BROWSER=0 skips the browser part; BENCH_UNITS (2000), BENCH_MAP_RUNS (5), BENCH_PORT (3192).
// The browser part uses the production build in .next (built if missing: rebuild after changes).
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { MapEdge, MapNode } from "../lib/domain/argument-map";
import { findCycles, summarizeSupport } from "../lib/domain/map-analysis";
import { toMapGraph } from "../lib/domain/map-graph";
import { layoutMap } from "../lib/domain/map-elk";
import { renderMapSvg } from "../lib/render/map-svg";
import { mapNode } from "../lib/formats/fixtures/sample-map";
import { browserTable, measureMapInBrowser } from "./map-browser";
import { rng } from "./rng";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const SIZES = [100, 1000, 5000];
const RUNS = Math.max(1, Number(process.argv[2] ?? 3));
const TARGET_MS = 1000; // the issue: 1,000 nodes lay out in under 1 s

const WORDS = "the minister said that budget figures rose sharply while critics disputed every official claim about the summit and its outcome".split(" ");

/** About 55% claims, 15% premises, 30% evidence; ~0.8 relations per unit, as in the demo article. */
function generate(n: number, seed = 42): { nodes: MapNode[]; edges: MapEdge[] } {
  const random = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  const nodes: MapNode[] = [];
  const edges: MapEdge[] = [];
  const claims: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = random();
    const kind = r < 0.55 ? "CLAIM" : r < 0.7 ? "PREMISE" : "EVIDENCE";
    const text = Array.from({ length: 8 + Math.floor(random() * 30) }, () => pick(WORDS)).join(" ");
    const id = `u${i}`;
    nodes.push(
      mapNode(id, kind, i * 100, text, {
        speaker: kind === "EVIDENCE" ? pick(["Lin Jian", "Maria Zakharova", "NATO"]) : null,
        verdict: pick(["UNREVIEWED", "UNREVIEWED", "SUPPORTED", "DISPUTED", "OPINION"]),
      }),
    );
    if (claims.length > 0) {
      const target = pick(claims.slice(-40));
      if (kind === "PREMISE") edges.push(edge(edges.length, id, target, "SUPPORTS"));
      else if (kind === "EVIDENCE") edges.push(edge(edges.length, id, target, random() < 0.6 ? "CITES" : "SUPPORTS"));
      else if (random() < 0.35) edges.push(edge(edges.length, id, target, random() < 0.5 ? "ATTACKS" : "SUPPORTS"));
    }
    if (kind === "CLAIM") claims.push(id);
  }
  return { nodes, edges };
}

function edge(i: number, from: string, to: string, type: MapEdge["type"]): MapEdge {
  return { id: `r${i}`, from, to, type, origin: "AUTO", signals: [] };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = async <T>(fn: () => T | Promise<T>) => {
  const t = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t };
};

const rows: string[] = [];
const load = loadavg()[0]!.toFixed(2);
console.log(`Argument map layout (ELK layered), ${RUNS} runs per size; load average ${load} on ${cpus().length} cores`);
console.log("units  relations  first run  median  best   cycles+summary  svg");
for (const n of SIZES) {
  const map = generate(n);
  const layouts: number[] = [];
  let first = 0;
  for (let run = 0; run < RUNS + 1; run++) {
    const { ms } = await time(() => layoutMap(toMapGraph(map)));
    if (run === 0) first = ms;
    else layouts.push(ms);
  }
  const graph = toMapGraph(map);
  const positions = await layoutMap(graph);
  const analysis = await time(() => {
    findCycles(graph.edges);
    summarizeSupport(graph.nodes, graph.edges);
  });
  const svg = await time(() => renderMapSvg(graph, positions, "Benchmark"));
  const cells = [n, map.edges.length, first, median(layouts), Math.min(...layouts), analysis.ms, svg.ms];
  console.log(cells.map((c, i) => (i < 2 ? String(c) : `${Math.round(c as number)} ms`).padEnd(i === 0 ? 7 : 11)).join(""));
  const verdict = n === 1000 ? (median(layouts) < TARGET_MS ? " ✔ under 1 s" : " ✘ over 1 s") : "";
  rows.push(
    `| ${n.toLocaleString("en")} | ${map.edges.length.toLocaleString("en")} | ${Math.round(first)} | ${Math.round(median(layouts))}${verdict} | ${Math.round(Math.min(...layouts))} | ${analysis.ms.toFixed(1)} | ${Math.round(svg.ms)} (${Math.round(svg.value.length / 1024)} KB) |`,
  );
}

let browser = "";
if (process.env.BENCH_MAP_BROWSER !== "0") {
  const units = Number(process.env.BENCH_UNITS ?? 2000);
  const runs = Number(process.env.BENCH_MAP_RUNS ?? 5);
  console.log(`\nThe map page in Chromium, ${units.toLocaleString("en")}-sentence article, ${runs} loads after a warm-up`);
  const result = await measureMapInBrowser({ units, runs, port: Number(process.env.BENCH_PORT ?? 3192) });
  const table = browserTable(result);
  console.log(table);
  browser = `
## The map page in Chromium

Production build, embedded PGlite, headless Chromium at 1400 × 900, load average ${loadavg()[0]!.toFixed(2)} after the
layout runs. A generated article of ${units.toLocaleString("en")} sentences (the one \`npm run bench:workbench\` reads) is imported, then
its map page is loaded ${runs} times after one warm-up load. Times are from the navigation's start, read in the page each
frame: "first node" when the first map node can be painted, "layout applied" when the automatic (ELK) layout is on
screen and the nodes have finished gliding to it ("laid out in … ms" in the header, which gives the layout's own time
from request to answer). Goal (issue 12): first nodes < 1.5 s.

${table}

First node, each load: ${result.firstNodes.map((ms) => Math.round(ms)).join(", ")} ms.
`;
}

const md = `# Argument map layout benchmark

\`npm run bench:map\` — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "CPU"},
load average ${load} when it started (the machine is shared: expect noise).

The layout is \`layoutMap(toMapGraph(map))\` from lib/domain/map-elk.ts (ELK layered via elkjs, the
same code the map page runs in its layout worker). Maps are generated like analysed articles: about 55%
claims, 15% premises, 30% evidence, ~0.8 relations per unit. "First run" includes the JIT
warming up; "median" and "best" are over ${RUNS} further runs. Above 300 units the layout
switches to its fast settings (thoroughness 1, no greedy switch). Times in milliseconds.

| units | relations | first run | median | best | cycles + support summary | SVG export |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join("\n")}
${browser}`;
mkdirSync(join(root, "bench", "results"), { recursive: true });
writeFileSync(join(root, "bench", "results", "map.md"), md);
console.log("Wrote bench/results/map.md");
