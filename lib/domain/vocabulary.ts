// The words of the domain, each once: the values of every enum (equal to the Prisma enums of
// prisma/schema.prisma, checked by vocabulary.test.ts) and how people read them. zod schemas, the
// OpenAPI document, forms, filters, the map and the export formats import them from here, so
// adding or renaming a value is one edit and the compiler finds every place that must follow.

export const UNIT_KINDS = ["CLAIM", "PREMISE", "EVIDENCE", "CONTEXT"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABEL: Record<UnitKind, string> = { CLAIM: "Claim", PREMISE: "Premise", EVIDENCE: "Evidence", CONTEXT: "Context" };

export const VERDICTS = ["UNREVIEWED", "SUPPORTED", "DISPUTED", "OPINION"] as const;
export type Verdict = (typeof VERDICTS)[number];
export const VERDICT_LABEL: Record<Verdict, string> = { UNREVIEWED: "Unreviewed", SUPPORTED: "Supported", DISPUTED: "Disputed", OPINION: "Opinion" };

/** Workflow order (also the enum's order in PostgreSQL, so ORDER BY status follows the work); moves: workflow.ts. */
export const REVIEW_STATUSES = ["OPEN", "IN_REVIEW", "NEEDS_ADJUDICATION", "REVIEWED", "APPROVED"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const REVIEW_STATUS_LABEL: Record<ReviewStatus, string> = {
  OPEN: "Open",
  IN_REVIEW: "In review",
  NEEDS_ADJUDICATION: "Needs adjudication",
  REVIEWED: "Reviewed",
  APPROVED: "Approved",
};

export const RELATION_TYPES = ["SUPPORTS", "ATTACKS", "CITES", "REPHRASES"] as const;
export type RelationType = (typeof RELATION_TYPES)[number];
/**
 * A relation read from either end: "A supports B" (outgoing, from A) and "B: supported by A"
 * (incoming, at B). Lower case, because the words sit inside a sentence or on a map edge.
 */
export const RELATION_LABEL: Record<RelationType, { outgoing: string; incoming: string }> = {
  SUPPORTS: { outgoing: "supports", incoming: "supported by" },
  ATTACKS: { outgoing: "attacks", incoming: "attacked by" },
  CITES: { outgoing: "cites", incoming: "cited by" },
  REPHRASES: { outgoing: "rephrases", incoming: "rephrased by" },
};

/** How an attached source bears on a unit. */
export const STANCES = ["SUPPORTS", "REFUTES", "CONTEXT"] as const;
export type Stance = (typeof STANCES)[number];
/** `short` tags a source in lists and reports; `choice` is the option a reviewer picks, said of the claim. */
export const STANCE_LABEL: Record<Stance, { short: string; choice: string }> = {
  SUPPORTS: { short: "supports", choice: "Supports the claim" },
  REFUTES: { short: "refutes", choice: "Refutes the claim" },
  CONTEXT: { short: "context", choice: "Context" },
};

/** Who made a unit or relation: the analyser proposes, a person decides. */
export const ORIGINS = ["AUTO", "MANUAL"] as const;
export type Origin = (typeof ORIGINS)[number];
/** Worded for relations, the only records whose origin the UI shows today. */
export const ORIGIN_LABEL: Record<Origin, string> = { AUTO: "proposed by the analyser", MANUAL: "drawn by a person" };

/** Roles in a workspace, most rights first; what each may do is the policy table (policy.ts). */
export const ROLES = ["OWNER", "EDITOR", "REVIEWER", "VIEWER"] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABEL: Record<Role, string> = { OWNER: "Owner", EDITOR: "Editor", REVIEWER: "Reviewer", VIEWER: "Viewer" };
