// Scoring of one analysis against one gold file, and tallies that add up across files.
// Shared by bench/analysis-quality.ts; no I/O here.
import { analyze, type DocumentAnalysis } from "../lib/analysis";

export interface GoldQuote {
  start: number;
  end: number;
  text: string;
  kind: string;
  speaker?: string;
  speakerAliases?: string[];
}
export interface GoldClaim {
  text: string;
  start: number;
  expectedVerdict?: string;
}
export interface Gold {
  document: { file: string; language?: string; split?: string; source?: string; licence?: string };
  quotes: GoldQuote[];
  checkableClaims: GoldClaim[];
}

export interface Tally {
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
  /** Check-worthy units that hold at least one gold claim: a lower bound of precision (gold lists are not exhaustive). */
  unitsCheckworthyWithClaim: number;
  ms: number;
  misses: string[];
}

export const emptyTally = (): Tally => ({
  predQuotes: 0,
  goldQuotes: 0,
  matched: 0,
  kindRight: 0,
  speakerTotal: 0,
  speakerRight: 0,
  claims: 0,
  claimsFound: 0,
  opinionClaims: 0,
  opinionFlagged: 0,
  units: 0,
  unitsCheckworthy: 0,
  unitsCheckworthyWithClaim: 0,
  ms: 0,
  misses: [],
});

export function addTally(sum: Tally, t: Tally): Tally {
  for (const k of Object.keys(sum) as Array<keyof Tally>) if (k !== "misses") (sum[k] as number) += t[k] as number;
  return sum;
}

/** Names compare without case, a leading article (definite or indefinite), curly apostrophes or surrounding punctuation. */
export const normName = (s: string): string =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/^(?:the|a|an|der|die|das|le|la|les|l'|un|une|el|los|las|una)(?:\s+|(?<=')\s*)/, "")
    // An honorific before the name is the writer's courtesy, not part of it: "Ms Bauchtman" is "Bauchtman".
    .replace(/^(?:mr|mrs|ms|dr|sr|sra|srta|mme|mlle|m|herr|frau|г-н|г-жа)\.?\s+/u, "")
    .replace(/[\s]+/g, " ")
    .replace(/^[\s,.:;]+|[\s,.:;]+$/g, "");

export function score(gold: Gold, text: string): Tally {
  const language = gold.document.language;
  // Best of several runs, so the time column shows the steady state, not JIT and Intl loading.
  let a: DocumentAnalysis = analyze(text, { language });
  let ms = Infinity;
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    a = analyze(text, { language });
    ms = Math.min(ms, performance.now() - t0);
  }
  const t = emptyTally();
  t.predQuotes = a.quotes.length;
  t.goldQuotes = gold.quotes.length;
  t.units = a.units.length;
  t.ms = ms;
  const byspan = new Map(a.quotes.map((q) => [`${q.start}:${q.end}`, q]));
  for (const g of gold.quotes) {
    const p = byspan.get(`${g.start}:${g.end}`);
    if (!p) {
      t.misses.push(`quote not found: ${g.start}-${g.end}${snippet(g.text)}`);
      continue;
    }
    t.matched++;
    if (p.kind === g.kind) t.kindRight++;
    else t.misses.push(`quote kind ${p.kind}, gold ${g.kind}: ${g.start}-${g.end}${snippet(g.text)}`);
    if (g.kind === "speech" && g.speaker) {
      t.speakerTotal++;
      const names = new Set([g.speaker, ...(g.speakerAliases ?? [])].map(normName));
      if (p.speaker && names.has(normName(p.speaker.name))) t.speakerRight++;
      else t.misses.push(`speaker ${p.speaker ? "wrong" : "none"}: ${g.start}-${g.end}${snippet(`${p.speaker?.name ?? "none"} ≠ ${g.speaker}`)}`);
    }
  }
  const claimSpans = gold.checkableClaims.map((c) => ({ start: c.start, end: c.start + c.text.length }));
  for (const c of gold.checkableClaims) {
    const end = c.start + c.text.length;
    const cover = a.units.filter((u) => u.start <= c.start && end <= u.end);
    t.claims++;
    if (cover.some((u) => u.checkworthy >= 0.5)) t.claimsFound++;
    else
      t.misses.push(
        `claim not check-worthy (${cover.map((u) => `${u.id}=${u.checkworthy}`).join(",") || "no covering unit"}): ${c.start}-${end}${snippet(c.text)}`,
      );
    if (c.expectedVerdict === "opinion") {
      t.opinionClaims++;
      if (cover.some((u) => u.suggestedVerdict === "OPINION")) t.opinionFlagged++;
    }
  }
  for (const u of a.units) {
    if (u.checkworthy < 0.5) continue;
    t.unitsCheckworthy++;
    if (claimSpans.some((c) => c.start < u.end && u.start < c.end)) t.unitsCheckworthyWithClaim++;
  }
  return t;
}

/**
 * Text from the corpus shown with a miss. It is printed on the terminal only: the corpus is
 * third-party text kept outside the repository, so reports written to bench/results carry
 * offsets, not the text (see withoutSnippets).
 */
const snippet = (s: string): string => ` ⟦${s.slice(0, 50)}⟧`;
export const withoutSnippets = (line: string): string => line.replace(/ ⟦[^⟧]*⟧/g, "");

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

export function metrics(t: Tally) {
  const p = ratio(t.matched, t.predQuotes);
  const r = ratio(t.matched, t.goldQuotes);
  return {
    precision: p,
    recall: r,
    f1: p + r === 0 ? 0 : (2 * p * r) / (p + r),
    kind: ratio(t.kindRight, t.matched),
    speaker: ratio(t.speakerRight, t.speakerTotal),
    claims: ratio(t.claimsFound, t.claims),
    claimPrecision: ratio(t.unitsCheckworthyWithClaim, t.unitsCheckworthy),
    opinion: ratio(t.opinionFlagged, t.opinionClaims),
    selectivity: ratio(t.unitsCheckworthy, t.units),
  };
}
