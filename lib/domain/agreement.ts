// Inter-reviewer agreement over double-reviewed claims: percent agreement and Cohen's kappa,
// overall and per reviewer pair. PURE. Categories are the verdicts the two reviewers gave.
//
// Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and
// Psychological Measurement 20(1), 37–46:  κ = (p_o − p_e) / (1 − p_e), where p_o is the
// observed proportion of agreement and p_e = Σ_c p_A(c)·p_B(c) the agreement expected by
// chance from each rater's own distribution over the categories. Notation as in Artstein &
// Poesio (2008), "Inter-coder agreement for computational linguistics", Computational
// Linguistics 34(4), 555–596, §2.
import type { Verdict } from "./vocabulary";

export interface Rating<C extends string = Verdict> {
  reviewerId: string;
  verdict: C;
}

/** One double-reviewed claim: both submitted verdicts, first and second reviewer. */
export interface DoubleRating<C extends string = Verdict> {
  first: Rating<C>;
  second: Rating<C>;
}

export interface Agreement {
  items: number;
  /** Items where both verdicts are the same. */
  agreed: number;
  /** 0–100; null with no items. */
  percentAgreement: number | null;
  /** p_e, 0–1; null with no items. */
  chanceAgreement: number | null;
  /**
   * −1…1. null with no items, and when chance agreement is 1: both reviewers gave every item
   * the same single verdict, so κ = 0/0 is undefined (scikit-learn's cohen_kappa_score returns
   * NaN there). Show percent agreement alone then; 1 would claim more than the data shows.
   */
  kappa: number | null;
}

export interface PairAgreement extends Agreement {
  /** The two reviewers, sorted. */
  reviewerIds: [string, string];
}

/** Cohen's kappa over pairs of categories [rater A's, rater B's], one pair per item. */
export function cohensKappa<C extends string>(pairs: readonly (readonly [C, C])[]): Agreement {
  const n = pairs.length;
  if (n === 0) return { items: 0, agreed: 0, percentAgreement: null, chanceAgreement: null, kappa: null };
  const byA = new Map<C, number>();
  const byB = new Map<C, number>();
  let agreed = 0;
  for (const [a, b] of pairs) {
    if (a === b) agreed++;
    byA.set(a, (byA.get(a) ?? 0) + 1);
    byB.set(b, (byB.get(b) ?? 0) + 1);
  }
  const observed = agreed / n;
  let chance = 0;
  for (const [c, countA] of byA) chance += (countA / n) * ((byB.get(c) ?? 0) / n);
  // p_e reaches 1 only when both raters used one and the same category for every item.
  const kappa = chance >= 1 - 1e-12 ? null : (observed - chance) / (1 - chance);
  return { items: n, agreed, percentAgreement: 100 * observed, chanceAgreement: chance, kappa };
}

/**
 * Overall and per pair. Overall, rater A is each claim's first reviewer and rater B its second
 * (positions, not people: with more than two reviewers this is the usual pooled figure, and the
 * per-pair numbers are Cohen's kappa in the strict sense of two fixed raters). In a pair, rater
 * A is the reviewer whose id sorts first, whichever position they held on a claim, so each
 * person's own verdict distribution feeds p_e.
 */
export function agreementOf<C extends string = Verdict>(items: readonly DoubleRating<C>[]): Agreement & { pairs: PairAgreement[] } {
  const overall = cohensKappa(items.map((i) => [i.first.verdict, i.second.verdict] as const));
  const byPair = new Map<string, { ids: [string, string]; pairs: [C, C][] }>();
  for (const { first, second } of items) {
    const [a, b] = first.reviewerId <= second.reviewerId ? [first, second] : [second, first];
    const key = JSON.stringify([a.reviewerId, b.reviewerId]);
    const entry = byPair.get(key) ?? { ids: [a.reviewerId, b.reviewerId], pairs: [] };
    entry.pairs.push([a.verdict, b.verdict]);
    byPair.set(key, entry);
  }
  const pairs = [...byPair.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([, { ids, pairs }]) => ({ reviewerIds: ids, ...cohensKappa(pairs) }));
  return { ...overall, pairs };
}
