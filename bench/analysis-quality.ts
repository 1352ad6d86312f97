// Quality benchmark of lib/analysis against every *.gold.json in the corpus folder.
// Usage: npm run bench:analysis-quality [-- <corpus dir>] [--strict]
// The corpus defaults to ../shared/corpus relative to the repo root; WARRANT_CORPUS_DIR
// or the first argument overrides it. --strict exits 1 when a goal is missed.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze, type DocumentAnalysis } from "../lib/analysis";

interface GoldQuote {
  start: number;
  end: number;
  text: string;
  kind: string;
  speaker?: string;
  speakerAliases?: string[];
}
interface GoldClaim {
  text: string;
  start: number;
  expectedVerdict?: string;
}
interface Gold {
  document: { file: string; language?: string };
  quotes: GoldQuote[];
  checkableClaims: GoldClaim[];
}

interface Tally {
  predQuotes: number;
  goldQuotes: number;
  matched: number;
  kindRight: number;
  speakerTotal: number;
  speakerRight: number;
  claims: number;
  claimsFound: number;
  opinionClaims: number;
  opinionFlagged: number;
  units: number;
  unitsCheckworthy: number;
  ms: number;
  misses: string[];
}

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const args = process.argv.slice(2);
const strict = args.includes("--strict");
const corpus = resolve(root, args.find((a) => !a.startsWith("--")) ?? process.env.WARRANT_CORPUS_DIR ?? "../shared/corpus");

/** Names compare without case, articles, curly apostrophes or surrounding punctuation. */
export const normName = (s: string): string =>
  s.normalize("NFKC").toLowerCase().replace(/[’`]/g, "'").replace(/^the\s+/, "").replace(/[\s]+/g, " ").replace(/^[\s,.:;]+|[\s,.:;]+$/g, "");

function score(gold: Gold, text: string): Tally {
  // Best of several runs, so the time column shows the steady state, not JIT and Intl loading.
  let a: DocumentAnalysis = analyze(text);
  let ms = Infinity;
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    a = analyze(text);
    ms = Math.min(ms, performance.now() - t0);
  }
  const t: Tally = { predQuotes: a.quotes.length, goldQuotes: gold.quotes.length, matched: 0, kindRight: 0, speakerTotal: 0, speakerRight: 0, claims: 0, claimsFound: 0, opinionClaims: 0, opinionFlagged: 0, units: a.units.length, unitsCheckworthy: a.units.filter((u) => u.checkworthy >= 0.5).length, ms, misses: [] };
  const byspan = new Map(a.quotes.map((q) => [`${q.start}:${q.end}`, q]));
  for (const g of gold.quotes) {
    const p = byspan.get(`${g.start}:${g.end}`);
    if (!p) {
      t.misses.push(`quote not found: ${g.start}-${g.end} “${g.text.slice(0, 40)}”`);
      continue;
    }
    t.matched++;
    if (p.kind === g.kind) t.kindRight++;
    else t.misses.push(`quote kind ${p.kind}, gold ${g.kind}: “${g.text.slice(0, 40)}”`);
    if (g.kind === "speech" && g.speaker) {
      t.speakerTotal++;
      const names = new Set([g.speaker, ...(g.speakerAliases ?? [])].map(normName));
      if (p.speaker && names.has(normName(p.speaker.name))) t.speakerRight++;
      else t.misses.push(`speaker ${p.speaker ? `“${p.speaker.name}”` : "none"}, gold “${g.speaker}”: “${g.text.slice(0, 30)}”`);
    }
  }
  for (const c of gold.checkableClaims) {
    const end = c.start + c.text.length;
    const cover = a.units.filter((u) => u.start <= c.start && end <= u.end);
    t.claims++;
    if (cover.some((u) => u.checkworthy >= 0.5)) t.claimsFound++;
    else t.misses.push(`claim not check-worthy (${cover.map((u) => `${u.id}=${u.checkworthy}`).join(",") || "no covering unit"}): “${c.text.slice(0, 50)}”`);
    if (c.expectedVerdict === "opinion") {
      t.opinionClaims++;
      if (cover.some((u) => u.suggestedVerdict === "OPINION")) t.opinionFlagged++;
    }
  }
  return t;
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);
const f = (x: number): string => x.toFixed(3);

if (!existsSync(corpus)) {
  process.stderr.write(`analysis-quality: corpus folder not found: ${corpus}\n`);
  process.exit(2);
}
const files = readdirSync(corpus).filter((n) => n.endsWith(".gold.json")).sort();
const rows: Array<{ file: string; t: Tally }> = [];
for (const file of files) {
  const gold = JSON.parse(readFileSync(join(corpus, file), "utf8")) as Gold;
  const textFile = join(corpus, gold.document?.file ?? basename(file, ".gold.json") + ".txt");
  rows.push({ file: basename(textFile), t: score(gold, readFileSync(textFile, "utf8")) });
}
const sum = rows.reduce<Tally>(
  (s, { t }) => {
    for (const k of Object.keys(s) as Array<keyof Tally>) if (k !== "misses") (s[k] as number) += t[k] as number;
    return s;
  },
  { predQuotes: 0, goldQuotes: 0, matched: 0, kindRight: 0, speakerTotal: 0, speakerRight: 0, claims: 0, claimsFound: 0, opinionClaims: 0, opinionFlagged: 0, units: 0, unitsCheckworthy: 0, ms: 0, misses: [] },
);

const metrics = (t: Tally) => {
  const p = ratio(t.matched, t.predQuotes);
  const r = ratio(t.matched, t.goldQuotes);
  return { precision: p, recall: r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r), kind: ratio(t.kindRight, t.matched), speaker: ratio(t.speakerRight, t.speakerTotal), claims: ratio(t.claimsFound, t.claims), opinion: ratio(t.opinionFlagged, t.opinionClaims), selectivity: ratio(t.unitsCheckworthy, t.units) };
};
const total = metrics(sum);
const goals = [
  ["quote F1", total.f1, 1.0],
  ["quote-kind accuracy", total.kind, 1.0],
  ["speaker accuracy", total.speaker, 0.9],
  ["checkable-claim recall", total.claims, 0.9],
] as const;

const lines: string[] = [];
lines.push("# Analysis quality", "", `Corpus: ${corpus} (${files.length} gold file${files.length === 1 ? "" : "s"}). Generated by \`npm run bench:analysis-quality\`.`, "");
lines.push("| file | quotes pred/gold | quote P | quote R | quote F1 | kind acc | speaker acc | checkable-claim recall | opinion flagged | units ≥0.5 checkworthy | ms (best of 10) |", "|---|---|---|---|---|---|---|---|---|---|---|");
for (const { file, t } of [...rows, { file: "**all**", t: sum }]) {
  const m = metrics(t);
  lines.push(`| ${file} | ${t.predQuotes}/${t.goldQuotes} | ${f(m.precision)} | ${f(m.recall)} | ${f(m.f1)} | ${f(m.kind)} (${t.kindRight}/${t.matched}) | ${f(m.speaker)} (${t.speakerRight}/${t.speakerTotal}) | ${f(m.claims)} (${t.claimsFound}/${t.claims}) | ${t.opinionFlagged}/${t.opinionClaims} | ${t.unitsCheckworthy}/${t.units} | ${t.ms.toFixed(1)} |`);
}
lines.push("", "| goal | value | target | met |", "|---|---|---|---|");
for (const [name, value, target] of goals) lines.push(`| ${name} | ${f(value)} | ≥ ${target.toFixed(1)} | ${value >= target ? "yes" : "NO"} |`);
const misses = rows.flatMap(({ file, t }) => t.misses.map((m) => `- ${file}: ${m}`));
lines.push("", "## Misses", "", ...(misses.length ? misses : ["none"]), "");
const report = lines.join("\n");
process.stdout.write(report);

const out = join(root, "bench", "results");
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "analysis-quality.md"), report);
writeFileSync(join(out, "analysis-quality.json"), `${JSON.stringify({ corpus, files: rows.map(({ file, t }) => ({ file, ...metrics(t), misses: t.misses })), total, goals: goals.map(([name, value, target]) => ({ name, value, target, met: value >= target })) }, null, 2)}\n`);
if (strict && goals.some(([, value, target]) => value < target)) process.exit(1);
