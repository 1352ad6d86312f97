import { z } from "zod";
import { ZText } from "./text";
import { ARGUMENT_ROLES, ARGUMENT_STATUSES, QUESTION_ANSWERS } from "@/lib/domain/argument-vocabulary";
import { getScheme } from "@/lib/domain/schemes";
import { ZId } from "./ids";
import { MAX_RATIONALE_LENGTH, MAX_TITLE_LENGTH } from "./limits";

/** More statements than any argument a person reconstructs; bounds a request. */
export const MAX_ARGUMENT_STATEMENTS = 50;
const MAX_STATEMENT_LENGTH = 2000;

const argumentId = ZId("The argument");
const version = z.number({ message: "The version you read is required." }).int().positive();
const title = ZText().trim().min(1, "Give the argument a title.").max(MAX_TITLE_LENGTH, `Keep the title under ${MAX_TITLE_LENGTH} characters.`);
const schemeId = ZText()
  .nullable()
  .refine((id) => id === null || getScheme(id) !== null, { message: "Choose a scheme from the catalogue." });
const note = ZText()
  .max(MAX_RATIONALE_LENGTH, `Keep the note under ${MAX_RATIONALE_LENGTH} characters.`)
  .nullish()
  .transform((v) => (v?.trim() ? v.trim() : null));

/** A statement: a unit of the document (unitId), or words the reviewer writes (text: an implicit premise). */
const statement = z
  .object({
    /** Kept on PATCH so relations to the statement (undermines) survive a reorder. */
    id: ZId("The statement").optional(),
    role: z.enum(ARGUMENT_ROLES, { message: "A statement is a premise, an intermediate conclusion or the conclusion." }).optional(),
    unitId: ZId("The unit").nullish(),
    text: ZText()
      .max(MAX_STATEMENT_LENGTH, `Keep a statement under ${MAX_STATEMENT_LENGTH} characters.`)
      .nullish()
      .transform((v) => (v?.trim() ? v.trim() : null)),
  })
  .refine((s) => !!s.unitId !== !!s.text, { message: "A statement is either a unit of the text or words you write, not both.", path: ["text"] });
export type TStatementInput = z.output<typeof statement>;

const statements = z
  .array(statement)
  .min(2, "An argument needs at least a premise and a conclusion.")
  .max(MAX_ARGUMENT_STATEMENTS, `At most ${MAX_ARGUMENT_STATEMENTS} statements per argument.`);

/** POST /documents/{id}/arguments: units in reading order (the last is the conclusion unless roles say otherwise). */
export const ZCreateArgumentInput = z.object({
  documentId: ZId("The document"),
  title: title.optional(),
  schemeId: schemeId.optional(),
  statements,
});
export type TCreateArgumentInput = z.input<typeof ZCreateArgumentInput>;

/** PATCH /arguments/{id}: any subset, with the version read. `statements` replaces the structure (ids keep statements). */
export const ZUpdateArgumentInput = z.object({
  argumentId,
  version,
  title: title.optional(),
  schemeId: schemeId.optional(),
  status: z.enum(ARGUMENT_STATUSES, { message: "Status is DRAFT or REVIEWED." }).optional(),
  statements: statements.optional(),
});
export type TUpdateArgumentInput = z.input<typeof ZUpdateArgumentInput>;

export const ZDeleteArgumentInput = z.object({ argumentId, version });
export const ZGetArgumentInput = z.object({ argumentId });
export const ZListArgumentsInput = z.object({ documentId: ZId("The document") });

const questionId = ZText().trim().min(1, "Which critical question?").max(100);

/** POST /arguments/{id}/answers: one critical question of the argument's scheme. */
export const ZAnswerQuestionInput = z.object({
  argumentId,
  version,
  questionId,
  answer: z.enum(QUESTION_ANSWERS, { message: "Answer Holds, Fails or Unknown." }),
  note,
});
export type TAnswerQuestionInput = z.input<typeof ZAnswerQuestionInput>;

/** POST /arguments/{id}/objections: a failed question becomes an undercut or an undermine. */
export const ZRaiseObjectionInput = z.object({
  argumentId,
  version,
  questionId,
  /** The objection's words; default: the answer's note, else the question. */
  text: ZText().max(MAX_STATEMENT_LENGTH).nullish(),
});
export type TRaiseObjectionInput = z.input<typeof ZRaiseObjectionInput>;

export const ZDeleteArgumentRelationInput = z.object({ relationId: ZId("The relation") });
