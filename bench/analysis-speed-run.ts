// The measuring half of bench/analysis-speed.ts. That script bundles this file with lib/analysis
// into one module (as a production build does: no per-module export getters, no tsx helpers) and
// runs it with `node --single-threaded`, so the garbage collector and the optimising compiler
// work on the measured thread too: CPU time is then one core's time. Prints JSON on stdout.
// Argument: the demo article's path (a generated article stands in when it is missing).
import { existsSync, readFileSync } from "node:fs";
import { analyze } from "../lib/analysis";
import { generated, speedText } from "./speed-text";
import { languageText, SPEED_LANGUAGES } from "./speed-text-languages";

const MB = 1024 * 1024;
const demoPath = process.argv[2] ?? "";
const demo = demoPath && existsSync(demoPath) ? readFileSync(demoPath, "utf8") : generated(10_000, 7);

function plainSplit(text: string): number {
  const seg = new Intl.Segmenter("en", { granularity: "sentence" });
  let n = 0;
  for (const para of text.split("\n")) for (const s of seg.segment(para)) n += s.segment ? 1 : 0;
  return n;
}

// Wall time and CPU time (user + system of this process) of the best run.
function time<T>(fn: () => T, runs: number): { ms: number; cpuMs: number; result: T } {
  let best = Infinity;
  let bestCpu = Infinity;
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    result = fn();
    const c = process.cpuUsage(c0);
    best = Math.min(best, performance.now() - t0);
    bestCpu = Math.min(bestCpu, (c.user + c.system) / 1000);
  }
  return { ms: best, cpuMs: bestCpu, result };
}

analyze(speedText(200_000, demo)); // warm-up: JIT and Intl data loading are not part of the rate
const rows = [];
for (const mb of [1, 10]) {
  const text = speedText(mb * MB, demo);
  const a = time(() => analyze(text), mb === 1 ? 3 : 1);
  const s = time(() => plainSplit(text), mb === 1 ? 3 : 1);
  rows.push({
    size: `${mb} MB`,
    mb,
    ms: a.ms,
    mbs: text.length / MB / (a.ms / 1000),
    cpuMs: a.cpuMs,
    cpuMbs: text.length / MB / (a.cpuMs / 1000),
    segMs: s.ms,
    segCpuMs: s.cpuMs,
    ratio: a.cpuMs / s.cpuMs,
    units: a.result.units.length,
    quotes: a.result.quotes.length,
  });
}

// Steady state: the same 1 MB analysed again and again, once the optimising compiler has settled.
const STEADY_RUNS = 8;
const steadyText = speedText(MB, demo);
const steadyCpu: number[] = [];
for (let i = 0; i < STEADY_RUNS; i++) steadyCpu.push(time(() => analyze(steadyText), 1).cpuMs);
// The other languages, after the English figures (so these do not change them): generated text in each, after its own
// 200 KB warm-up, 1 MB (best of 2) and 4 MB (one run), for their MB/s and to show each language's path is linear too.
const languages = [];
for (const language of Object.keys(SPEED_LANGUAGES)) {
  analyze(languageText(language, 200_000, 3));
  const one = languageText(language, MB);
  const four = languageText(language, 4 * MB);
  const a = time(() => analyze(one), 2);
  const b = time(() => analyze(four), 1);
  languages.push({ language, detected: a.result.language, quotes: a.result.quotes.length, cpuMs1: a.cpuMs, cpuMs4: b.cpuMs });
}
process.stdout.write(JSON.stringify({ node: process.version, rows, steadyCpu, languages }));
