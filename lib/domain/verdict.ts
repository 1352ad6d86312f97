// Verdict rules shared by the UI, the actions and the REST API. The verdicts themselves and
// their labels are words of the vocabulary (vocabulary.ts).
import { VERDICT_LABEL, type Verdict } from "./vocabulary";

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
