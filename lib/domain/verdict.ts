// Verdict rules shared by the UI, the actions and the REST API.
export const VERDICTS = ["UNREVIEWED", "SUPPORTED", "DISPUTED", "OPINION"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABEL: Record<Verdict, string> = {
  UNREVIEWED: "Unreviewed",
  SUPPORTED: "Supported",
  DISPUTED: "Disputed",
  OPINION: "Opinion",
};

/** Supported and Disputed are findings that others will rely on: they need a rationale. */
export function rationaleRequired(verdict: Verdict): boolean {
  return verdict === "SUPPORTED" || verdict === "DISPUTED";
}

/** Problem with a verdict + rationale pair, or null when it may be saved. */
export function verdictProblem(verdict: Verdict, rationale: string | null | undefined): string | null {
  if (rationaleRequired(verdict) && !rationale?.trim()) {
    return `A rationale is required to mark a claim ${VERDICT_LABEL[verdict]}.`;
  }
  return null;
}

/** The analyser suggests Opinion from this opinion score up (a suggestion: a person decides). */
export const OPINION_SUGGESTION_THRESHOLD = 0.5;
