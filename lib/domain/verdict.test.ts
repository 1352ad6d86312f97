import { expect, test } from "vitest";
import { verdictProblem } from "./verdict";
import type { Verdict } from "./vocabulary";

test.each<[Verdict, string | null, boolean]>([
  ["SUPPORTED", "Matches the NATO communiqué text.", true],
  ["SUPPORTED", "", false],
  ["SUPPORTED", "   ", false],
  ["DISPUTED", null, false],
  ["DISPUTED", "The summit ended on July 11, not July 10.", true],
  ["OPINION", null, true],
  ["OPINION", "", true],
  ["UNREVIEWED", null, true],
])("%s with rationale %j may be saved: %s", (verdict, rationale, ok) => {
  expect(verdictProblem(verdict, rationale) === null).toBe(ok);
});
