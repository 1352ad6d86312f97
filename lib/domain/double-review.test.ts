import { describe, expect, test } from "vitest";
import {
  adjudicate,
  canSeeEvidence,
  canSeeReview,
  doubleReviewOutcome,
  stateWith,
  visibleReviews,
  type Review,
  type Reviewers,
  type Viewer,
} from "./double-review";
import type { Verdict } from "./vocabulary";

const R: Reviewers = ["ann", "ben"];
const rev = (reviewerId: string, verdict: Verdict, submitted = true, rationale: string | null = `${reviewerId}'s reason`): Review => ({
  reviewerId,
  verdict,
  rationale,
  submitted,
});

describe("doubleReviewOutcome", () => {
  test.each<[string, Reviewers, Review[], Partial<ReturnType<typeof doubleReviewOutcome>>]>([
    ["no reviews yet", R, [], { state: "WAITING", status: "IN_REVIEW", verdict: null, waitingFor: ["ann", "ben"] }],
    ["one submitted", R, [rev("ann", "SUPPORTED")], { state: "WAITING", status: "IN_REVIEW", waitingFor: ["ben"] }],
    ["the other is a draft", R, [rev("ann", "SUPPORTED"), rev("ben", "SUPPORTED", false)], { state: "WAITING", waitingFor: ["ben"] }],
    ["no second reviewer assigned", ["ann", null], [rev("ann", "SUPPORTED")], { state: "WAITING", waitingFor: [] }],
    [
      "agree: both rationales kept, first reviewer's first",
      R,
      [rev("ben", "DISPUTED"), rev("ann", "DISPUTED")],
      { state: "AGREED", status: "REVIEWED", verdict: "DISPUTED", rationale: "ann's reason\n\nben's reason" },
    ],
    [
      "agree with the same words: kept once",
      R,
      [rev("ann", "SUPPORTED", true, "Minutes p. 4"), rev("ben", "SUPPORTED", true, " Minutes p. 4 ")],
      { state: "AGREED", rationale: "Minutes p. 4" },
    ],
    [
      "agree on opinion without rationales",
      R,
      [rev("ann", "OPINION", true, null), rev("ben", "OPINION", true, "")],
      { state: "AGREED", verdict: "OPINION", rationale: null },
    ],
    ["disagree", R, [rev("ann", "SUPPORTED"), rev("ben", "DISPUTED")], { state: "DISAGREED", status: "NEEDS_ADJUDICATION", verdict: null, rationale: null }],
    [
      "a replaced reviewer's review does not count",
      R,
      [rev("cat", "DISPUTED"), rev("ann", "SUPPORTED"), rev("ben", "SUPPORTED")],
      { state: "AGREED", verdict: "SUPPORTED" },
    ],
  ])("%s", (_name, reviewers, reviews, expected) => {
    expect(doubleReviewOutcome(reviewers, reviews)).toMatchObject(expected);
  });

  test("one person cannot be both reviewers", () => {
    expect(() => doubleReviewOutcome(["ann", "ann"], [rev("ann", "SUPPORTED")])).toThrow(/must differ/);
  });

  test.each<[string, Review[], Review, string]>([
    ["the first submission waits", [], rev("ann", "SUPPORTED"), "WAITING"],
    ["the second one agrees", [rev("ann", "SUPPORTED")], rev("ben", "SUPPORTED"), "AGREED"],
    ["the second one differs", [rev("ann", "SUPPORTED")], rev("ben", "OPINION"), "DISAGREED"],
    ["a revision replaces the reviewer's own earlier review", [rev("ann", "SUPPORTED"), rev("ben", "OPINION")], rev("ben", "SUPPORTED"), "AGREED"],
    ["a submitted draft counts", [rev("ann", "DISPUTED"), rev("ben", "DISPUTED", false)], rev("ben", "DISPUTED"), "AGREED"],
  ])("stateWith: %s", (_name, reviews, review, state) => {
    expect(stateWith(R, reviews, review)).toBe(state);
  });
});

describe("adjudicate", () => {
  test.each<[Verdict, string[]]>([
    ["SUPPORTED", ["ben"]],
    ["DISPUTED", ["ann"]],
    ["OPINION", ["ann", "ben"]],
  ])("deciding %s overrules %j", (decision, overruled) => {
    expect(adjudicate(R, [rev("ann", "SUPPORTED"), rev("ben", "DISPUTED")], decision)).toEqual({ verdict: decision, overruled });
  });
});

describe("visibility before both have submitted", () => {
  const ann: Viewer = { userId: "ann", role: "REVIEWER" };
  const ben: Viewer = { userId: "ben", role: "REVIEWER" };
  const cat: Viewer = { userId: "cat", role: "REVIEWER" };
  const vic: Viewer = { userId: "vic", role: "VIEWER" };
  const ed: Viewer = { userId: "ed", role: "EDITOR" };
  const own: Viewer = { userId: "olga", role: "OWNER" };
  const half = [rev("ann", "SUPPORTED"), rev("ben", "DISPUTED", false)];
  const both = [rev("ann", "SUPPORTED"), rev("ben", "DISPUTED")];

  test.each<[string, Viewer, Review[], string[]]>([
    ["a reviewer sees only their own review", ann, half, ["ann"]],
    ["the other reviewer sees only their own draft", ben, half, ["ben"]],
    ["another reviewer sees neither", cat, half, []],
    ["a viewer sees neither", vic, half, []],
    ["an editor sees both", ed, half, ["ann", "ben"]],
    ["an owner sees both", own, half, ["ann", "ben"]],
    ["once both submitted, the reviewers see each other", ann, both, ["ann", "ben"]],
    ["once both submitted, everyone who may read sees them", vic, both, ["ann", "ben"]],
  ])("%s", (_name, viewer, reviews, visible) => {
    expect(visibleReviews(viewer, R, reviews).map((r) => r.reviewerId)).toEqual(visible);
  });

  test.each<[string, Viewer, string | null, Review[], boolean]>([
    ["the other reviewer's source is hidden", ann, "ben", half, false],
    ["one's own source is shown", ben, "ben", half, true],
    ["an editor sees a reviewer's source", ed, "ben", half, true],
    ["a source attached by an editor is part of the claim", ann, "ed", half, true],
    ["a source of unknown origin is shown", ann, null, half, true],
    ["after both submitted it is shown", ann, "ben", both, true],
  ])("sources: %s", (_name, viewer, addedById, reviews, visible) => {
    expect(canSeeEvidence(viewer, addedById, R, reviews)).toBe(visible);
  });

  test("a review by someone who is not an assigned reviewer follows the same rule", () => {
    expect(canSeeReview(ann, "cat", R, half)).toBe(false);
    expect(canSeeReview(ann, "cat", R, both)).toBe(true);
  });
});
