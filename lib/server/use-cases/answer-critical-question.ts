import "server-only";
import { AppError } from "@/lib/domain/errors";
import { getScheme } from "@/lib/domain/schemes";
import { ZAnswerQuestionInput } from "@/lib/validation/argument";
import { argumentConflict, bumpVersion, readArgument } from "../arguments";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireArgumentAccess } from "../guards";
import { defineUseCase } from "../use-case";

/**
 * Answer one critical question of the argument's scheme: holds, fails or unknown, with a note.
 * Versioned like any write of the argument; a reviewed argument whose answer turns to "fails"
 * goes back to draft, since its review no longer stands.
 */
export const answerCriticalQuestion = defineUseCase(ZAnswerQuestionInput, ({ userId, input: { argumentId, version, questionId, answer, note } }) =>
  db.$transaction(async (tx) => {
    const { argument, workspaceId } = await requireArgumentAccess(tx, userId, argumentId, "argument.review");
    if (argument.version !== version) throw await argumentConflict(tx, argumentId);
    const scheme = getScheme(argument.schemeId);
    if (!scheme) throw new AppError("VALIDATION", "Pick a scheme for this argument first: its critical questions are the ones to answer.");
    if (!scheme.criticalQuestions.some((q) => q.id === questionId)) {
      throw new AppError("VALIDATION", `“${scheme.name}” has no critical question “${questionId}”.`, {
        fields: { questionId: ["Not a question of this scheme."] },
      });
    }
    const key = { argumentId_schemeId_questionId: { argumentId, schemeId: scheme.id, questionId } };
    const previous = await tx.argumentAnswer.findUnique({ where: key });
    await tx.argumentAnswer.upsert({
      where: key,
      create: { argumentId, schemeId: scheme.id, questionId, answer, note, answeredById: userId },
      update: { answer, note, answeredById: userId },
    });
    const reopen = argument.status === "REVIEWED" && answer !== "HOLDS";
    await bumpVersion(tx, argumentId, version, reopen ? { status: "DRAFT" } : {});
    await recordChange(tx, {
      workspaceId,
      actorId: userId,
      action: "argument.answer",
      entityType: "argument",
      entityId: argumentId,
      documentId: argument.documentId,
      before: { schemeId: scheme.id, questionId, answer: previous?.answer ?? null, note: previous?.note ?? null, version },
      after: { title: argument.title, schemeId: scheme.id, questionId, answer, note, version: version + 1, ...(reopen ? { status: "DRAFT" } : {}) },
    });
    return readArgument(tx, argumentId);
  }),
);
