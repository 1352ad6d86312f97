// Test data for activity.test.ts: the people of the examples, and one activity row per action code the server
// writes, with the sentence the feed must read for it. Kept apart from the tests, which are about how the sentences
// are made; adding an action code means adding its example here.
import { peopleMap, type ActivityRow } from "./activity";

export const people = peopleMap([
  { id: "u-ann", name: "Ann" },
  { id: "u-ben", name: "Ben" },
  { id: "u-cleo", name: "Cleo" },
]);

export const row = (action: string, before: unknown, after: unknown, actorId: string | null = "u-ann"): ActivityRow => ({ action, actorId, before, after });

/** One example per code (and a few variants): the row and the sentence people read. */
export const EXAMPLES: [string, ActivityRow, string][] = [
  ["document.import", row("document.import", null, { title: "Budget speech", units: 12, relations: 3 }), "Ann imported “Budget speech” (12 units)"],
  ["document.import.file", row("document.import.file", null, { format: "aif", units: 1, relations: 0 }), "Ann imported an argument file (aif, 1 unit)"],
  ["document.map-layout", row("document.map-layout", null, { moved: 3, replace: false }), "Ann arranged the argument map (3 nodes moved)"],
  ["document.map-layout.reset", row("document.map-layout.reset", null, { moved: 0, replace: true }), "Ann reset the argument map's layout"],
  ["member.add", row("member.add", null, { userId: "u-cleo", email: "cleo@example.org", role: "REVIEWER" }), "Ann added Cleo as reviewer"],
  ["relation.create", row("relation.create", null, { fromId: "a", toId: "b", type: "SUPPORTS" }), "Ann drew a “supports” relation"],
  ["relation.update", row("relation.update", { type: "SUPPORTS" }, { type: "ATTACKS" }), "Ann changed a relation: supports → attacks"],
  ["relation.delete", row("relation.delete", { fromId: "a", toId: "b", type: "CITES", origin: "AUTO" }, null), "Ann deleted a “cites” relation"],
  ["token.create", row("token.create", null, { name: "nightly export" }), "Ann created an API token “nightly export”"],
  ["token.revoke", row("token.revoke", null, { name: "nightly export" }), "Ann revoked the API token “nightly export”"],
  [
    "unit.unassign",
    row("unit.unassign", { assigneeId: "u-cleo", status: "IN_REVIEW", version: 2 }, { assigneeId: null, status: "OPEN", version: 3 }),
    "Ann unassigned the claim (was Cleo)",
  ],
  ["unit.start", row("unit.start", { status: "OPEN" }, { status: "IN_REVIEW" }), "Ann started reviewing the claim"],
  ["unit.approve", row("unit.approve", { status: "REVIEWED" }, { status: "APPROVED" }), "Ann approved the claim"],
  ["unit.reopen", row("unit.reopen", { status: "APPROVED" }, { status: "OPEN" }), "Ann reopened the claim (was approved)"],
  [
    "unit.adjudicate",
    row(
      "unit.adjudicate",
      {
        status: "NEEDS_ADJUDICATION",
        verdict: "UNREVIEWED",
        reviews: [
          { reviewerId: "u-cleo", verdict: "SUPPORTED" },
          { reviewerId: "u-ben", verdict: "DISPUTED" },
        ],
      },
      { status: "REVIEWED", verdict: "DISPUTED", rationale: "The final figure." },
    ),
    "Ann decided the claim: Disputed (the reviewers said Cleo: Supported, Ben: Disputed)",
  ],
  ["unit.review.submit", row("unit.review.submit", { status: "IN_REVIEW" }, { status: "IN_REVIEW" }), "Ann submitted a verdict on the claim (double review)"],
  [
    "unit.review.withdraw",
    row("unit.review.withdraw", { status: "IN_REVIEW" }, { status: "IN_REVIEW" }),
    "Ann withdrew their verdict on the claim (double review)",
  ],
  ["unit.review.agreed", row("unit.review.agreed", null, { verdict: "SUPPORTED", status: "REVIEWED" }), "Ann settled the claim: both reviewers said Supported"],
  [
    "unit.review.disagreed",
    row("unit.review.disagreed", null, {
      reviews: [
        { reviewerId: "u-cleo", verdict: "SUPPORTED" },
        { reviewerId: "u-ben", verdict: "DISPUTED" },
      ],
      status: "NEEDS_ADJUDICATION",
    }),
    "Ann completed the double review of the claim: the reviewers disagree (Cleo: Supported, Ben: Disputed)",
  ],
  [
    "document.refresh",
    row("document.refresh", null, { snapshotId: "s1", textChanged: true, unchanged: 30, moved: 1, changed: 2, gone: 1 }),
    "Ann checked the source page for changes: it was edited (2 units changed, 1 unit gone, 1 unit moved)",
  ],
  [
    "document.archive",
    row("document.archive", { title: "Budget speech", archivedAt: null }, { title: "Budget speech", archivedAt: "2026-12-02T10:00:00.000Z" }),
    "Ann archived the document “Budget speech”",
  ],
  [
    "document.unarchive",
    row("document.unarchive", { title: "Budget speech" }, { title: "Budget speech", archivedAt: null }),
    "Ann unarchived the document “Budget speech”",
  ],
  [
    "document.publish",
    row("document.publish", null, { title: "Budget speech", version: 1, claims: 12, onlyApproved: true, showReviewers: false }),
    "Ann published the report on “Budget speech” (version 1, 12 claims)",
  ],
  [
    "document.publish",
    row("document.publish", null, { title: "Budget speech", version: 2, claims: 1, onlyApproved: false, showReviewers: true }),
    "Ann republished the report on “Budget speech” (version 2, 1 claim)",
  ],
  [
    "document.unpublish",
    row("document.unpublish", { title: "Budget speech", version: 2 }, { title: "Budget speech", unpublishedAt: "2026-12-03T10:00:00.000Z" }),
    "Ann unpublished the report on “Budget speech”",
  ],
  ["document.delete", row("document.delete", { title: "Budget speech", units: 12 }, null), "Ann deleted the document “Budget speech” (12 units)"],
  ["document.settings", row("document.settings", { doubleReview: false }, { doubleReview: true }), "Ann turned double review on"],
  ["invitation.create", row("invitation.create", null, { email: "dan@example.org", role: "EDITOR" }), "Ann invited dan@example.org as editor"],
  ["invitation.revoke", row("invitation.revoke", { email: "dan@example.org", role: "EDITOR" }, null), "Ann revoked the invitation of dan@example.org"],
  ["invitation.accept", row("invitation.accept", null, { role: "REVIEWER" }), "Ann accepted an invitation (already a member as reviewer)"],
  ["member.join", row("member.join", null, { userId: "u-ann", role: "REVIEWER" }), "Ann joined as reviewer"],
  [
    "member.role",
    row("member.role", { userId: "u-cleo", role: "REVIEWER" }, { userId: "u-cleo", role: "VIEWER" }),
    "Ann changed the role of Cleo: Reviewer → Viewer",
  ],
  ["member.remove", row("member.remove", { userId: "u-cleo", role: "REVIEWER" }, null), "Ann removed Cleo from the workspace"],
  ["member.leave", row("member.leave", { userId: "u-ann", role: "EDITOR" }, null), "Ann left the workspace"],
  [
    "member.reset-link",
    row("member.reset-link", null, { userId: "u-cleo", email: "cleo@example.org", name: "Cleo", viaEmail: false }),
    "Ann made a password reset link for Cleo",
  ],
  ["workspace.rename", row("workspace.rename", { name: "Desk" }, { name: "Fact desk" }), "Ann renamed the workspace “Desk” to “Fact desk”"],
  [
    "workspace.methodology",
    row("workspace.methodology", { methodology: null }, { methodology: "We call the source." }),
    "Ann changed the methodology note of published reports",
  ],
  ["workspace.methodology", row("workspace.methodology", { methodology: "x" }, { methodology: null }), "Ann removed the methodology note of published reports"],
  [
    "workspace.watch",
    row("workspace.watch", { watchDaily: false }, { watchDaily: true }),
    "Ann turned on the daily check for changes of articles imported from the web",
  ],
  [
    "workspace.watch",
    row("workspace.watch", { watchDaily: true }, { watchDaily: false }),
    "Ann turned off the daily check for changes of articles imported from the web",
  ],
  ["workspace.settings", row("workspace.settings", { assignedOnly: false }, { assignedOnly: true }), "Ann let reviewers work only on claims assigned to them"],
  [
    "unit.assign",
    row("unit.assign", { assigneeId: null, status: "OPEN", version: 1 }, { assigneeId: "u-cleo", status: "IN_REVIEW", version: 2 }),
    "Ann assigned the claim to Cleo",
  ],
  [
    "unit.comment.add",
    row("unit.comment.add", null, { commentId: "c", body: "Check the\nminutes, @Ben" }),
    "Ann commented on the claim: “Check the minutes, @Ben”",
  ],
  ["unit.comment.edit", row("unit.comment.edit", { commentId: "c", body: "old" }, { commentId: "c", body: "new" }), "Ann edited a comment on the claim"],
  ["unit.comment.resolve", row("unit.comment.resolve", null, { commentId: "c" }), "Ann resolved a comment on the claim"],
  ["unit.comment.reopen", row("unit.comment.reopen", null, { commentId: "c" }), "Ann reopened a comment on the claim"],
  ["unit.create", row("unit.create", null, { kind: "PREMISE", start: 0, end: 9, exact: "Taxes rose." }), "Ann marked a new premise “Taxes rose.”"],
  [
    "unit.delete",
    row("unit.delete", { kind: "CLAIM", start: 0, end: 9, exact: "Taxes rose.", verdict: "UNREVIEWED", rationale: null }, null),
    "Ann deleted the claim “Taxes rose.”",
  ],
  [
    "unit.merge",
    row("unit.merge", { start: 0, end: 5, verdict: "UNREVIEWED", mergedUnitId: "b" }, { start: 0, end: 9, verdict: "UNREVIEWED", version: 2 }),
    "Ann merged the next unit into the claim",
  ],
  ["unit.split", row("unit.split", { start: 0, end: 9, version: 1 }, { start: 0, end: 4, version: 2, newUnitId: "b" }), "Ann split the claim in two"],
  [
    "unit.source.attach",
    row("unit.source.attach", null, { sourceId: "s", title: "Minutes of 3 March", url: null, stance: "REFUTES", reused: false }),
    "Ann attached the source “Minutes of 3 March” to the claim (refutes)",
  ],
  [
    "unit.source.detach",
    row("unit.source.detach", { sourceId: "s", title: "Minutes of 3 March", stance: "REFUTES" }, null),
    "Ann removed the source “Minutes of 3 March” from the claim",
  ],
  [
    "unit.source.reuse",
    row("unit.source.reuse", null, { fromUnitId: "x", sourceIds: ["s1", "s2"], attached: 2 }),
    "Ann reused 2 sources of a similar reviewed claim on the claim",
  ],
  ["unit.split", row("unit.split", null, null), "Ann split the claim in two"],
  ["unit.update", row("unit.update", { kind: "CLAIM", version: 1 }, { kind: "PREMISE", version: 2 }), "Ann edited the claim: kind Claim → Premise"],
  [
    "unit.verdict",
    row("unit.verdict", { verdict: "UNREVIEWED", rationale: null, version: 1 }, { verdict: "DISPUTED", rationale: "The minutes say 9%.", version: 2 }),
    "Ann set the verdict of the claim: Unreviewed → Disputed",
  ],
  [
    "workspace.claim",
    row("workspace.claim", null, { name: "Demo workspace", owner: "ann@example.org" }),
    "Ann took ownership of the workspace “Demo workspace”",
  ],
  ["workspace.create", row("workspace.create", null, { name: "Fact desk", slug: "fact-desk" }), "Ann created the workspace “Fact desk”"],
  [
    "argument.create",
    row("argument.create", null, { title: "NATO's eastward turn", schemeId: "position-to-know", statements: 3, version: 1 }),
    "Ann reconstructed the argument “NATO's eastward turn” as argument from position to know (3 statements)",
  ],
  [
    "argument.update",
    row("argument.update", { schemeId: null, version: 1 }, { schemeId: "expert-opinion", version: 2 }),
    "Ann changed the argument: set its scheme: no scheme → argument from expert opinion",
  ],
  [
    "argument.update",
    row("argument.update", { status: "DRAFT", title: "A", version: 4 }, { status: "REVIEWED", title: "A", version: 5 }),
    "Ann marked the argument “A” reviewed",
  ],
  [
    "argument.update",
    row("argument.update", { title: "Old", statements: [{}, {}], version: 2 }, { title: "New", statements: [{}, {}, {}], version: 3 }),
    "Ann changed the argument “Old”: renamed it “New”; restructured it (3 statements)",
  ],
  ["argument.delete", row("argument.delete", { title: "Old", statements: 2, version: 3 }, null), "Ann deleted the argument “Old”"],
  [
    "argument.answer",
    row("argument.answer", { answer: null }, { title: "A", schemeId: "expert-opinion", questionId: "field", answer: "HOLDS", note: null, version: 2 }),
    "Ann answered “Is E an expert in the field that A is in?” on the argument “A”: Holds",
  ],
  [
    "argument.objection",
    row("argument.objection", { answer: null }, { title: "A", schemeId: "expert-opinion", questionId: "backup-evidence", answer: "FAILS", type: "UNDERCUTS" }),
    "Ann turned the failed question “Is E's assertion based on evidence?” into an undercut of the argument “A”",
  ],
  ["argument.relation.delete", row("argument.relation.delete", { type: "UNDERMINES", questionId: "field" }, null), "Ann withdrew an undermine"],
];
