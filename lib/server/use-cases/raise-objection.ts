import "server-only";
import { attackForQuestion } from "@/lib/domain/arguments";
import { AppError } from "@/lib/domain/errors";
import { getScheme } from "@/lib/domain/schemes";
import { ZRaiseObjectionInput } from "@/lib/validation/argument";
import { argumentConflict, bumpVersion, readArgument, toArgumentRelationView } from "../arguments";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireArgumentAccess } from "../guards";
import { defineUseCase } from "../use-case";

/**
 * A failed critical question becomes an objection in one step: an undermine of the premise it
 * questions, or an undercut of the inference (lib/domain/arguments.ts attackForQuestion). The
 * answer is recorded as "fails" in the same transaction; the objection's words are the given
 * text, else the answer's note, else the question.
 */
export const raiseObjection = defineUseCase(ZRaiseObjectionInput, ({ userId, input: { argumentId, version, questionId, text } }) =>
  db.$transaction(async (tx) => {
    const { argument, workspaceId } = await requireArgumentAccess(tx, userId, argumentId, "argument.review");
    if (argument.version !== version) throw await argumentConflict(tx, argumentId);
    const scheme = getScheme(argument.schemeId);
    const question = scheme?.criticalQuestions.find((q) => q.id === questionId);
    if (!scheme || !question) throw new AppError("VALIDATION", "Only a critical question of the argument's scheme can become an objection.");
    const statements = await tx.argumentStatement.findMany({ where: { argumentId }, orderBy: { position: "asc" } });
    const attack = attackForQuestion(scheme.id, questionId, statements)!;
    const exists = await tx.argumentRelation.findFirst({ where: { toArgumentId: argumentId, questionId }, select: { id: true } });
    const existsOnPremise = await tx.argumentRelation.findFirst({ where: { toStatement: { argumentId }, questionId }, select: { id: true } });
    const existing = exists ?? existsOnPremise;
    if (existing) throw new AppError("CONFLICT", "This question already has its objection.", { existingId: existing.id });
    const key = { argumentId_schemeId_questionId: { argumentId, schemeId: scheme.id, questionId } };
    const answer = await tx.argumentAnswer.findUnique({ where: key });
    const words = text?.trim() || answer?.note || question.text;
    await tx.argumentAnswer.upsert({
      where: key,
      create: { argumentId, schemeId: scheme.id, questionId, answer: "FAILS", note: answer?.note ?? null, answeredById: userId },
      update: { answer: "FAILS", answeredById: userId },
    });
    const relation = await tx.argumentRelation.create({
      data: {
        documentId: argument.documentId,
        type: attack.type,
        fromText: words,
        questionId,
        ...(attack.type === "UNDERMINES" ? { toStatementId: attack.statementId } : { toArgumentId: argumentId }),
      },
    });
    await bumpVersion(tx, argumentId, version, argument.status === "REVIEWED" ? { status: "DRAFT" } : {});
    await recordChange(tx, {
      workspaceId,
      actorId: userId,
      action: "argument.objection",
      entityType: "argument",
      entityId: argumentId,
      documentId: argument.documentId,
      before: { questionId, answer: answer?.answer ?? null, version },
      after: {
        title: argument.title,
        schemeId: scheme.id,
        questionId,
        answer: "FAILS",
        type: attack.type,
        relationId: relation.id,
        text: words,
        version: version + 1,
      },
    });
    return { argument: await readArgument(tx, argumentId), relation: toArgumentRelationView(relation) };
  }),
);
