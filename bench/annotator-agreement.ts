// Inter-annotator agreement: two independent gold annotations of the same texts (the corpus's gold files, and a second
// annotation written without seeing them), compared with each other and with the analyser, per language. It tells how
// far a measure can go on this corpus: where two careful readers agree on 75% of quote kinds, an analyser scored against
// one of them cannot be expected to reach 90%.
// Usage: npm run bench:agreement -- <first gold folder> <second gold folder> [--name=<results file name>]
// Texts are read from the first folder (`document.file`); only files present in both folders are compared.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze } from "../lib/analysis";
import { normName, type Gold, type GoldQuote } from "./quality-score";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const args = process.argv.slice(2);
const resultsName = args.find((a) => a.startsWith("--name="))?.slice("--name=".length) ?? "annotator-agreement";
const [first, second] = args.filter((a) => !a.startsWith("--")).map((a) => resolve(a));
if (!first || !second || !existsSync(first) || !existsSync(second)) {
  process.stderr.write("usage: npm run bench:agreement -- <first gold folder> <second gold folder> [--name=<results file name>]\n");
  process.exit(2);
}

const KINDS = ["speech", "title", "scare"] as const;
interface Pair {
  n: number;
  agree: number;
}
interface Row {
  docs: number;
  quotesA: number;
  quotesB: number;
  spans: number;
  /** kind agreement on shared spans, and the confusion counts for Cohen's kappa */
  kind: Pair;
  confusion: Map<string, number>;
  /** speech with a named speaker in both annotations: do the names meet? */
  speaker: Pair;
  /** claims of one annotation that overlap a claim of the other, each way */
  claimsA: Pair;
  claimsB: Pair;
  /** the analyser against each annotation, on the same spans */
  analyserKindA: Pair;
  analyserKindB: Pair;
  analyserSpeakerA: Pair;
  analyserSpeakerB: Pair;
}
const pair = (): Pair => ({ n: 0, agree: 0 });
const emptyRow = (): Row => ({
  docs: 0,
  quotesA: 0,
  quotesB: 0,
  spans: 0,
  kind: pair(),
  confusion: new Map(),
  speaker: pair(),
  claimsA: pair(),
  claimsB: pair(),
  analyserKindA: pair(),
  analyserKindB: pair(),
  analyserSpeakerA: pair(),
  analyserSpeakerB: pair(),
});
const count = (p: Pair, agree: boolean): void => {
  p.n++;
  if (agree) p.agree++;
};
const names = (q: GoldQuote): Set<string> => new Set([q.speaker ?? "", ...(q.speakerAliases ?? [])].filter(Boolean).map(normName));
/** Two annotations name the same speaker when a name of one is among the names of the other. */
const sameSpeaker = (a: GoldQuote, b: GoldQuote): boolean => {
  const nb = names(b);
  return [...names(a)].some((n) => nb.has(n));
};
const overlaps = (x: { start: number; text: string }, ys: Array<{ start: number; text: string }>): boolean =>
  ys.some((y) => x.start < y.start + y.text.length && y.start < x.start + x.text.length);

const rows = new Map<string, Row>();
const files = readdirSync(first)
  .filter((f) => f.endsWith(".gold.json") && existsSync(join(second, f)))
  .sort();
for (const file of files) {
  const a = JSON.parse(readFileSync(join(first, file), "utf8")) as Gold;
  const b = JSON.parse(readFileSync(join(second, file), "utf8")) as Gold;
  const language = a.document.language ?? "en";
  const text = readFileSync(join(first, a.document.file), "utf8");
  const analysis = analyze(text, { language });
  const predicted = new Map(analysis.quotes.map((q) => [`${q.start}:${q.end}`, q]));
  for (const key of [language, "all"]) {
    const r = rows.get(key) ?? rows.set(key, emptyRow()).get(key)!;
    r.docs++;
    r.quotesA += a.quotes.length;
    r.quotesB += b.quotes.length;
    const bySpan = new Map(b.quotes.map((q) => [`${q.start}:${q.end}`, q]));
    for (const qa of a.quotes) {
      const qb = bySpan.get(`${qa.start}:${qa.end}`);
      if (!qb) continue;
      r.spans++;
      count(r.kind, qa.kind === qb.kind);
      const cell = `${qa.kind}|${qb.kind}`;
      r.confusion.set(cell, (r.confusion.get(cell) ?? 0) + 1);
      const p = predicted.get(`${qa.start}:${qa.end}`);
      count(r.analyserKindA, p?.kind === qa.kind);
      count(r.analyserKindB, p?.kind === qb.kind);
      if (qa.kind === "speech" && qb.kind === "speech" && qa.speaker && qb.speaker) {
        count(r.speaker, sameSpeaker(qa, qb));
        const said = p?.speaker ? normName(p.speaker.name) : "";
        count(r.analyserSpeakerA, said !== "" && names(qa).has(said));
        count(r.analyserSpeakerB, said !== "" && names(qb).has(said));
      }
    }
    for (const c of a.checkableClaims) count(r.claimsA, overlaps(c, b.checkableClaims));
    for (const c of b.checkableClaims) count(r.claimsB, overlaps(c, a.checkableClaims));
  }
}

const ratio = (p: Pair): string => (p.n === 0 ? "–" : `${(p.agree / p.n).toFixed(3)} (${p.agree}/${p.n})`);
/** Cohen's kappa of the kind labels on shared spans: agreement corrected for the agreement chance alone would give. */
function kappa(r: Row): string {
  const n = r.kind.n;
  if (n === 0) return "–";
  let expected = 0;
  for (const k of KINDS) {
    let a = 0;
    let b = 0;
    for (const [cell, c] of r.confusion) {
      const [x, y] = cell.split("|");
      if (x === k) a += c;
      if (y === k) b += c;
    }
    expected += (a / n) * (b / n);
  }
  const observed = r.kind.agree / n;
  return expected === 1 ? "–" : ((observed - expected) / (1 - expected)).toFixed(3);
}
const order = [...rows.keys()].sort((x, y) => (x === "all" ? -1 : y === "all" ? 1 : x.localeCompare(y)));
const lines = [
  "# Annotator agreement",
  "",
  `Two independent gold annotations of the same ${files.length} texts: A (\`${relative(root, first)}\`) and B (\`${relative(root, second)}\`), B written without seeing A, by the same rules (\`bench/corpus/HELPER-GOLD.md\`). Generated by \`npm run bench:agreement\`. Quote spans are compared where both annotations hold the same span (both mark every pair of quotation marks); speakers where both call the quotation speech and name a speaker (the names meet when one annotation's name or alias is among the other's); checkable statements by overlap.`,
  "",
  "| language | docs | quotes A / B | shared spans | kind agreement A–B | kind κ A–B | analyser kind vs A | analyser kind vs B | speaker agreement A–B | analyser speaker vs A | analyser speaker vs B | claims of A that B marks | claims of B that A marks |",
  "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
  ...order.map((l) => {
    const r = rows.get(l)!;
    return `| ${l} | ${r.docs} | ${r.quotesA} / ${r.quotesB} | ${r.spans} | ${ratio(r.kind)} | ${kappa(r)} | ${ratio(r.analyserKindA)} | ${ratio(r.analyserKindB)} | ${ratio(r.speaker)} | ${ratio(r.analyserSpeakerA)} | ${ratio(r.analyserSpeakerB)} | ${ratio(r.claimsA)} | ${ratio(r.claimsB)} |`;
  }),
  "",
  "Kind confusion (all languages; rows A, columns B):",
  "",
  "| A \\ B | speech | title | scare |",
  "|---|---|---|---|",
  ...KINDS.map((k) => `| ${k} | ${KINDS.map((j) => rows.get("all")?.confusion.get(`${k}|${j}`) ?? 0).join(" | ")} |`),
  "",
];
mkdirSync(join(root, "bench", "results"), { recursive: true });
writeFileSync(join(root, "bench", "results", `${resultsName}.md`), lines.join("\n"));
process.stdout.write(lines.join("\n") + "\n");
