// Quality benchmark of lib/analysis against every *.gold.json in the corpus folder and its
// dev/ subfolder (the development corpus: openly licensed news texts with a manifest, each
// gold file marked with its split: "dev<N>" (read and tuned on), "heldout<N>" (read as numbers
// only), "read<N>" (held out in round N, measured, then read and tuned on) or "seen<N>" (texts an
// earlier session's corpus already held, annotated again: never pooled as held out; the splits of the
// rounds are listed in SPLITS below). Reports a table per split and language, every held-out
// split pooled (where the goals are read), then every file, so tuning shows against the
// held-out part.
// Usage: npm run bench:analysis-quality [-- <corpus dir>] [--strict] [--name=<results file name>]
// The corpus defaults to ../shared/corpus relative to the repo root; WARRANT_CORPUS_DIR
// or the first argument overrides it. --strict exits 1 when a goal is missed.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { addTally, emptyTally, metrics, score, withoutSnippets, type Gold, type Tally } from "./quality-score";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const args = process.argv.slice(2);
const strict = args.includes("--strict");
// --name=<file name>: write bench/results/<name>.md and .json (default analysis-quality).
const resultsName = args.find((a) => a.startsWith("--name="))?.slice("--name=".length) ?? "analysis-quality";
const corpus = resolve(root, args.find((a) => !a.startsWith("--")) ?? process.env.WARRANT_CORPUS_DIR ?? "../shared/corpus");
const f = (x: number): string => x.toFixed(3);

if (!existsSync(corpus)) {
  process.stderr.write(`analysis-quality: corpus folder not found: ${corpus}\n`);
  process.exit(2);
}

interface Row {
  file: string;
  language: string;
  split: string;
  t: Tally;
}
const rows: Row[] = [];
for (const dir of [corpus, join(corpus, "dev")]) {
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir)
    .filter((n) => n.endsWith(".gold.json"))
    .sort()) {
    const gold = JSON.parse(readFileSync(join(dir, file), "utf8")) as Gold;
    const textFile = join(dir, gold.document?.file ?? basename(file, ".gold.json") + ".txt");
    // Files in the corpus root are the demo article(s): they must stay exact.
    const split = dir === corpus ? "demo" : (gold.document.split ?? "dev");
    rows.push({ file: basename(textFile), language: gold.document.language ?? "en", split, t: score(gold, readFileSync(textFile, "utf8")) });
  }
}

const HELD_OUT = "held out (pooled)";
const groups = new Map<string, { split: string; language: string; docs: number; t: Tally }>();
const group = (split: string, language: string, t: Tally): void => {
  const key = `${split}\u0000${language}`;
  const g = groups.get(key) ?? { split, language, docs: 0, t: emptyTally() };
  g.docs++;
  addTally(g.t, t);
  groups.set(key, g);
};
// In the order they were made: each held-out round is read only as numbers until it is measured
// and, where a later round replaces it, renamed read<N> and tuned on.
const SPLITS = [
  "demo",
  "dev",
  "dev2",
  "heldout",
  "dev3",
  "heldout3",
  "dev4",
  "heldout4",
  "read4",
  "dev5",
  "heldout5",
  "read5",
  "dev6",
  "heldout6",
  "dev7",
  "heldout7",
  "dev8",
  "heldout8",
  "dev9",
  "heldout9",
  "dev10",
  "heldout10",
  "dev11",
  "heldout11",
  "read11",
  "dev12",
  "heldout12",
  "read12",
  "dev13",
  "heldout13",
  "read13",
  "dev14",
  "heldout14",
  "read14",
  "dev15",
  "heldout15",
  "read15",
  "dev16",
  "heldout16",
  "read16",
  "dev17",
  "heldout17",
  "read17",
  "dev18",
  "heldout18",
  "read18",
  "seen18",
  "dev19",
  "heldout19",
  "read19",
  "dev20",
  "heldout20",
  "dev21",
  "heldout21",
  "dev22",
  "heldout22",
  "dev23",
  "heldout23",
  "heldout24",
  "read24",
  "dev25",
  "heldout25",
  "dev26",
  "heldout26",
  "read25",
  "read26",
  "heldout27",
  "read27",
  "heldout28",
  "dev29",
  "heldout29",
  "heldout30",
  "dev31",
  "dev32",
  "heldout33",
  "dev34",
  "heldout35",
  "heldout36",
  "dev37",
  "heldout38",
  "dev39",
  "heldout40",
  "dev41",
  "heldout42",
  "read42",
  "dev43",
  "heldout44",
  "heldout46",
  "dev47",
  "dev48",
  "heldout49",
  "dev50",
  "heldout51",
  "seen51",
  "dev52",
  "heldout53",
  "dev54",
  "heldout55",
  "dev56",
  "heldout57",
  "dev58",
  "heldout59",
  "dev60",
  "heldout61",
  "dev62",
  "heldout63",
  "dev64",
  "heldout65",
  "dev66",
  "heldout67",
  "dev68",
  "heldout69",
  "dev70",
  "heldout71",
  "dev72",
  "heldout73",
  "dev74",
  "heldout75",
  "dev76",
  "heldout77",
  "dev78",
  "heldout79",
  "dev80",
  "heldout81",
  "dev82",
  "heldout83",
  "dev84",
  "heldout85",
  "dev86",
  "heldout87",
  "dev88",
  "heldout89",
  "dev90",
  "heldout91",
  "dev92",
  "heldout93",
  "dev94",
  "heldout95",
  "dev96",
  "heldout97",
  "dev98",
  "heldout99",
  "dev100",
  "heldout101",
  "dev102",
  "heldout103",
  "dev104",
  "heldout105",
  "heldout107",
  // Rounds 108–123 (nineteenth session): even rounds read (dev), odd rounds held out.
  ...Array.from({ length: 16 }, (_, k) => `${k % 2 === 0 ? "dev" : "heldout"}${108 + k}`),
  HELD_OUT,
];
const isHeldOut = (split: string): boolean => split.startsWith("heldout");
for (const r of rows) {
  group(r.split, r.language, r.t);
  group(r.split, "all", r.t);
  // Every held-out round on this machine, pooled: the goals are read on it.
  if (isHeldOut(r.split)) {
    group(HELD_OUT, r.language, r.t);
    group(HELD_OUT, "all", r.t);
  }
}
const ordered = [...groups.values()].sort(
  (a, b) => SPLITS.indexOf(a.split) - SPLITS.indexOf(b.split) || (a.language === "all" ? -1 : b.language === "all" ? 1 : a.language.localeCompare(b.language)),
);

const cell = (value: number, n: number, d: number): string => `${f(value)} (${n}/${d})`;
const lines: string[] = [];
lines.push("# Analysis quality", "", `Corpus: ${corpus} and its dev/ folder (${rows.length} gold files). Generated by \`npm run bench:analysis-quality\`.`, "");
lines.push("## Per split and language", "");
lines.push(
  "Check-worthy precision is a lower bound: the share of units scored ≥ 0.5 that hold a gold checkable claim (gold lists name the main checkable statements, not all).",
  "",
);
lines.push(
  "| split | language | docs | quote F1 | kind accuracy | speaker accuracy | check-worthy recall | check-worthy precision (≥) | units ≥ 0.5 |",
  "|---|---|---|---|---|---|---|---|---|",
);
for (const g of ordered) {
  const m = metrics(g.t);
  const t = g.t;
  lines.push(
    `| ${g.split} | ${g.language} | ${g.docs} | ${f(m.f1)} (${t.matched}/${t.goldQuotes} gold, ${t.predQuotes} found) | ${cell(m.kind, t.kindRight, t.matched)} | ${cell(m.speaker, t.speakerRight, t.speakerTotal)} | ${cell(m.claims, t.claimsFound, t.claims)} | ${cell(m.claimPrecision, t.unitsCheckworthyWithClaim, t.unitsCheckworthy)} | ${t.unitsCheckworthy}/${t.units} |`,
  );
}

lines.push("", "## Per file", "");
lines.push(
  "| file | split | lang | quotes pred/gold | quote F1 | kind acc | speaker acc | check-worthy recall | opinion flagged | units ≥0.5 | ms (best of 10) |",
  "|---|---|---|---|---|---|---|---|---|---|---|",
);
for (const { file, split, language, t } of rows) {
  const m = metrics(t);
  lines.push(
    `| ${file} | ${split} | ${language} | ${t.predQuotes}/${t.goldQuotes} | ${f(m.f1)} | ${cell(m.kind, t.kindRight, t.matched)} | ${cell(m.speaker, t.speakerRight, t.speakerTotal)} | ${cell(m.claims, t.claimsFound, t.claims)} | ${t.opinionFlagged}/${t.opinionClaims} | ${t.unitsCheckworthy}/${t.units} | ${t.ms.toFixed(1)} |`,
  );
}

const at = (split: string) => metrics(groups.get(`${split}\u0000all`)?.t ?? emptyTally());
const demo = at("demo");
// The goals are read on every held-out round present, pooled.
const heldRounds = SPLITS.filter((s) => isHeldOut(s) && groups.has(`${s}\u0000all`));
const heldSplit = `held out (${heldRounds.join(" + ") || "none"})`;
const held = at(HELD_OUT);
// With no held-out round left unread on this machine, the held-out goals cannot be read: they are
// reported as such and count as missed (an empty tally would read as a perfect score).
const noHeld = heldRounds.length === 0;
const goals: Array<readonly [string, number, number]> = [
  ["demo: quote F1", demo.f1, 1.0],
  ["demo: quote-kind accuracy", demo.kind, 1.0],
  ["demo: speaker accuracy", demo.speaker, 1.0],
  ["demo: checkable-claim recall", demo.claims, 1.0],
  [`${heldSplit}: quote F1`, noHeld ? NaN : held.f1, 0.95],
  [`${heldSplit}: quote-kind accuracy`, noHeld ? NaN : held.kind, 0.9],
  [`${heldSplit}: speaker accuracy`, noHeld ? NaN : held.speaker, 0.9],
  [`${heldSplit}: check-worthy recall`, noHeld ? NaN : held.claims, 0.9],
];
lines.push("", "| goal | value | target | met |", "|---|---|---|---|");
for (const [name, value, target] of goals)
  lines.push(`| ${name} | ${Number.isNaN(value) ? "no held-out part" : f(value)} | ≥ ${target.toFixed(2)} | ${value >= target ? "yes" : "NO"} |`);
// Misses are listed for the demo and dev parts only: the held-out part is read as numbers, so
// rules are never tuned on its individual sentences.
const misses = rows.filter((r) => !isHeldOut(r.split)).flatMap(({ file, t }) => t.misses.map((m) => `- ${file}: ${m}`));
lines.push("", "## Misses (demo and dev only)", "", ...(misses.length ? misses : ["none"]), "");
const report = lines.join("\n");
process.stdout.write(report);

const out = join(root, "bench", "results");
mkdirSync(out, { recursive: true });
// The files name misses by offset only; the corpus text stays outside the repository.
const demoFiles = new Set(rows.filter((r) => r.split === "demo").map((r) => r.file));
const strip = (line: string): string => (line.startsWith("- ") && !demoFiles.has(line.slice(2, line.indexOf(":"))) ? withoutSnippets(line) : line);
writeFileSync(join(out, `${resultsName}.md`), report.split("\n").map(strip).join("\n"));
writeFileSync(
  join(out, `${resultsName}.json`),
  `${JSON.stringify({ corpus, groups: ordered.map((g) => ({ split: g.split, language: g.language, docs: g.docs, ...metrics(g.t) })), files: rows.map(({ file, split, language, t }) => ({ file, split, language, ...metrics(t), misses: isHeldOut(split) ? [] : split === "demo" ? t.misses : t.misses.map(withoutSnippets) })), goals: goals.map(([name, value, target]) => ({ name, value, target, met: value >= target })) }, null, 2)}\n`,
);
if (strict && goals.some(([, value, target]) => !(value >= target))) process.exit(1);
