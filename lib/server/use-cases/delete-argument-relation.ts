import "server-only";
import { ZDeleteArgumentRelationInput } from "@/lib/validation/argument";
import { toArgumentRelationView } from "../arguments";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireArgumentRelationAccess } from "../guards";
import { defineUseCase } from "../use-case";

/** Withdraw a relation of arguments (an objection, a support). The answer that raised it stays. */
export const deleteArgumentRelation = defineUseCase(ZDeleteArgumentRelationInput, ({ userId, input: { relationId } }) =>
  db.$transaction(async (tx) => {
    const { relation, workspaceId } = await requireArgumentRelationAccess(tx, userId, relationId, "argument.review");
    await tx.argumentRelation.delete({ where: { id: relationId } });
    const view = toArgumentRelationView(relation);
    const statement = relation.toStatementId
      ? await tx.argumentStatement.findUnique({ where: { id: relation.toStatementId }, select: { argumentId: true } })
      : null;
    await recordChange(tx, {
      workspaceId,
      actorId: userId,
      action: "argument.relation.delete",
      entityType: "argument",
      // The argument it touched, so the argument's history shows it; a statement's argument otherwise.
      entityId: relation.toArgumentId ?? statement?.argumentId ?? relation.fromArgumentId ?? relationId,
      documentId: relation.documentId,
      before: { type: relation.type, questionId: relation.questionId, text: relation.fromText, from: view.from, to: view.to },
    });
    return view;
  }),
);
