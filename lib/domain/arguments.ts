// Rules of reconstructed arguments (issue 16). PURE: the use cases, the card and the exports ask
// these, so "is this structure complete", "may it be marked reviewed" and "what does a failed
// question attack" have one answer everywhere.
import type { ArgumentRelationType, ArgumentRole, ArgumentStatus, QuestionAnswer } from "./argument-vocabulary";
import { getScheme, type CriticalQuestion } from "./schemes";

export interface ArgumentStatementView {
  id: string;
  position: number;
  role: ArgumentRole;
  /** The unit the statement is anchored to (the author's words); null for a reconstructed one. */
  unitId: string | null;
  text: string;
  /** Written by the reviewer: an unstated premise made explicit. */
  implicit: boolean;
}

export interface ArgumentAnswerView {
  questionId: string;
  answer: QuestionAnswer;
  note: string | null;
  answeredBy: { id: string; name: string } | null;
  updatedAt: string;
}

export interface ArgumentRelationView {
  id: string;
  type: ArgumentRelationType;
  from: { argumentId: string | null; unitId: string | null; text: string | null };
  to: { argumentId: string | null; statementId: string | null; unitId: string | null };
  /** The critical question whose failure this relation records. */
  questionId: string | null;
  createdAt: string;
}

/**
 * One inference step of a PCS (the line before an intermediate or main conclusion) as Argdown
 * names it: `-- Modus ponens {uses: [1, 2]} --`. Kept from an imported file, written on export.
 */
export interface InferenceStep {
  rules: string[];
  data: Record<string, unknown> | null;
}

export interface ArgumentView {
  id: string;
  documentId: string;
  title: string;
  /** Its Argdown title (`<label>`) when it came from an Argdown file; null otherwise. */
  label: string | null;
  /** The inference rules of its PCS steps, in order, when a file named them; null otherwise. */
  inference: InferenceStep[] | null;
  schemeId: string | null;
  status: ArgumentStatus;
  version: number;
  createdBy: { id: string; name: string } | null;
  createdAt: string;
  updatedAt: string;
  statements: ArgumentStatementView[];
  /** Answers to the current scheme's questions only. */
  answers: ArgumentAnswerView[];
  /** Relations that start from or end at this argument or one of its statements. */
  relations: ArgumentRelationView[];
}

/**
 * A scheme the analyser suggests for an argument (lib/analysis/scheme-suggest.ts): shown with its
 * signals, applied only when a person picks it.
 */
export interface SchemeSuggestion {
  schemeId: string;
  /** 0..1, from the cues' weights combined as a noisy-or. */
  confidence: number;
  /** Why, in words: "speaker: Lin Jian, “official representative” (office) → position to know". */
  signals: string[];
}

export interface StatementDraft {
  role: ArgumentRole;
  unitId?: string | null;
  text?: string | null;
}

/** What is wrong with a premise-conclusion structure, as sentences; empty when it is sound. */
export function structureProblems(statements: readonly StatementDraft[]): string[] {
  const problems: string[] = [];
  const conclusions = statements.filter((s) => s.role === "CONCLUSION").length;
  if (conclusions !== 1) problems.push(conclusions === 0 ? "Pick the conclusion of the argument." : "An argument has exactly one conclusion.");
  else if (statements.at(-1)?.role !== "CONCLUSION") problems.push("The conclusion comes last, after the premises.");
  if (!statements.some((s) => s.role === "PREMISE")) problems.push("An argument needs at least one premise.");
  if (statements[0]?.role === "INTERMEDIATE") problems.push("An intermediate conclusion follows at least one premise.");
  if (statements.some((s) => !s.unitId && !s.text?.trim())) problems.push("Each statement is a unit of the text or words you write.");
  return problems;
}

/** Default roles for units picked in reading order: the last is the conclusion, the others premises. */
export function defaultRoles(count: number): ArgumentRole[] {
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? "CONCLUSION" : "PREMISE"));
}

/** The scheme's questions nobody has answered yet (an "unknown" is an answer). */
export function unansweredQuestions(schemeId: string | null, answers: readonly Pick<ArgumentAnswerView, "questionId">[]): CriticalQuestion[] {
  const answered = new Set(answers.map((a) => a.questionId));
  return (getScheme(schemeId)?.criticalQuestions ?? []).filter((q) => !answered.has(q.id));
}

/** Why the argument may not be marked reviewed yet, or null when it may. */
export function reviewBlocker(a: {
  schemeId: string | null;
  statements: readonly StatementDraft[];
  answers: readonly { questionId: string }[];
}): string | null {
  const problems = structureProblems(a.statements);
  if (problems.length) return problems[0]!;
  const open = unansweredQuestions(a.schemeId, a.answers);
  if (open.length) return `Answer every critical question first (${open.length} unanswered).`;
  return null;
}

/**
 * What a failed critical question attacks: the premise it questions (an undermine of the
 * argument's premise at that position among its premises) or the inference (an undercut). A
 * question about a premise the reconstruction does not have becomes an undercut.
 */
export function attackForQuestion(
  schemeId: string | null,
  questionId: string,
  statements: readonly Pick<ArgumentStatementView, "id" | "role">[],
): { type: "UNDERCUTS" } | { type: "UNDERMINES"; statementId: string } | null {
  const q = getScheme(schemeId)?.criticalQuestions.find((c) => c.id === questionId);
  if (!q) return null;
  if (q.attacks === "premise" && q.premise !== undefined) {
    const premise = statements.filter((s) => s.role === "PREMISE")[q.premise];
    if (premise) return { type: "UNDERMINES", statementId: premise.id };
  }
  return { type: "UNDERCUTS" };
}
