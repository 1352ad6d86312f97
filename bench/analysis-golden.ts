// Golden check for speed work on lib/analysis: hashes the full analyze() result of the demo
// article, the speed bench's generated text (1 MB), the gold fixture's texts and every string
// literal of lib/analysis/*.test.ts (each alone, in each language, and all joined), the generated
// news text of each language (bench/speed-text-languages.ts) and, with WARRANT_GOLDEN_DIR, every
// .txt file of that folder (real texts that may not be committed), so an optimisation can be shown
// to leave the output byte-identical.
// Usage: [WARRANT_GOLDEN_DIR=<folder>] tsx bench/analysis-golden.ts [out.json] [compare.json]
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze } from "../lib/analysis";
import { rng } from "./rng";
import { speedText } from "./speed-text";
import { languageText, SPEED_LANGUAGES } from "./speed-text-languages";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const corpus = resolve(root, process.env.WARRANT_CORPUS_DIR ?? "../shared/corpus");
const demo = readFileSync(join(corpus, "valdai-nato-east-asia.txt"), "utf8");
const hash = (x: unknown): string => createHash("sha256").update(JSON.stringify(x)).digest("hex").slice(0, 16);
const out: Record<string, string> = {};
const LANGS = [undefined, "en", "de", "fr", "es", "ru", "zh"];
out.demo = hash(analyze(demo));
for (const l of LANGS.slice(1)) out[`demo:${l}`] = hash(analyze(demo, { language: l }));
out.bench1MB = hash(analyze(speedText(1024 * 1024, demo)));
out.bench200KB = hash(analyze(speedText(200_000, demo)));
// Demo with single line breaks turned into spaces and paragraphs shuffled: other seams.
const r = rng(3);
const paras = demo.split("\n").filter(Boolean);
for (let i = paras.length - 1; i > 0; i--) {
  const j = Math.floor(r() * (i + 1));
  [paras[i], paras[j]] = [paras[j]!, paras[i]!];
}
out.demoShuffled = hash(analyze(paras.join(" ")));
for (const l of Object.keys(SPEED_LANGUAGES)) out[`generated:${l}`] = hash(analyze(languageText(l, 300_000, 5)));
const extra = process.env.WARRANT_GOLDEN_DIR;
if (extra) {
  const files = readdirSync(extra)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  for (const f of files) out[`file:${f}`] = hash(analyze(readFileSync(join(extra, f), "utf8")));
}
// Gold fixture texts.
const fx = join(root, "lib/analysis/fixtures");
for (const f of readdirSync(fx)) {
  const strings: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === "string") strings.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(JSON.parse(readFileSync(join(fx, f), "utf8")));
  out[`fixture:${f}`] = hash(strings.map((s) => analyze(s)));
}
// Every string literal of the analyser's tests.
const literals: string[] = [];
// The test files as of the commit the speed work started from, so new tests do not change the set.
const BASE = "0dd2a18";
const testFiles = execFileSync("git", ["ls-tree", "--name-only", BASE, "lib/analysis/"], { cwd: root, encoding: "utf8" })
  .split("\n")
  .filter((n) => n.endsWith(".test.ts"))
  .sort();
for (const f of testFiles) {
  const src = execFileSync("git", ["show", `${BASE}:${f}`], { cwd: root, encoding: "utf8" });
  const re = /"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g;
  for (let m; (m = re.exec(src));) {
    const raw = m[1] ?? m[2] ?? "";
    if (raw.length < 12 || raw.includes("${")) continue;
    let s: string;
    try {
      s = m[1] !== undefined ? (JSON.parse(`"${raw}"`) as string) : raw.replace(/\\n/g, "\n").replace(/\\`/g, "`");
    } catch {
      s = raw;
    }
    literals.push(s);
  }
}
const per: string[] = [];
for (const s of literals) for (const l of LANGS) per.push(hash(analyze(s, l ? { language: l } : {})));
out.testLiterals = hash(per);
out.testLiteralCount = String(literals.length);
out.testLiteralsJoined = hash(analyze(literals.join("\n")));
out.testLiteralsJoinedSpaces = hash(analyze(literals.join(" ")));
for (const l of LANGS.slice(1)) out[`testLiteralsJoined:${l}`] = hash(analyze(literals.join("\n\n"), { language: l }));
const [, , outPath, cmpPath] = process.argv;
if (outPath) writeFileSync(outPath, JSON.stringify(out, null, 2));
if (cmpPath && existsSync(cmpPath)) {
  const before = JSON.parse(readFileSync(cmpPath, "utf8")) as Record<string, string>;
  const diff = Object.keys({ ...before, ...out }).filter((k) => before[k] !== out[k]);
  process.stdout.write(diff.length ? `DIFFERENT: ${diff.join(", ")}\n` : `identical (${Object.keys(out).length} cases)\n`);
  process.exit(diff.length ? 1 : 0);
} else process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
