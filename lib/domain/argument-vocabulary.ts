// The words of arguments (issue 16), each once, equal to the Prisma enums (argument-vocabulary.test.ts).

/** A statement's place in a premise-conclusion structure (Argdown's PCS). */
export const ARGUMENT_ROLES = ["PREMISE", "INTERMEDIATE", "CONCLUSION"] as const;
export type ArgumentRole = (typeof ARGUMENT_ROLES)[number];
export const ARGUMENT_ROLE_LABEL: Record<ArgumentRole, string> = { PREMISE: "Premise", INTERMEDIATE: "Intermediate conclusion", CONCLUSION: "Conclusion" };

export const ARGUMENT_STATUSES = ["DRAFT", "REVIEWED"] as const;
export type ArgumentStatus = (typeof ARGUMENT_STATUSES)[number];
export const ARGUMENT_STATUS_LABEL: Record<ArgumentStatus, string> = { DRAFT: "Draft", REVIEWED: "Reviewed" };

export const QUESTION_ANSWERS = ["HOLDS", "FAILS", "UNKNOWN"] as const;
export type QuestionAnswer = (typeof QUESTION_ANSWERS)[number];
export const QUESTION_ANSWER_LABEL: Record<QuestionAnswer, string> = { HOLDS: "Holds", FAILS: "Fails", UNKNOWN: "Unknown" };

/** Support, attack (rebuts the conclusion), undercut (attacks the inference), undermine (attacks a premise). */
export const ARGUMENT_RELATION_TYPES = ["SUPPORTS", "ATTACKS", "UNDERCUTS", "UNDERMINES"] as const;
export type ArgumentRelationType = (typeof ARGUMENT_RELATION_TYPES)[number];
export const ARGUMENT_RELATION_LABEL: Record<ArgumentRelationType, string> = {
  SUPPORTS: "supports",
  ATTACKS: "attacks",
  UNDERCUTS: "undercuts",
  UNDERMINES: "undermines",
};
