import "server-only";
import { ZDeleteArgumentInput } from "@/lib/validation/argument";
import { argumentConflict } from "../arguments";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireArgumentAccess } from "../guards";
import { defineUseCase } from "../use-case";

/** Delete an argument with its statements, answers and relations (the Activity row keeps its title). */
export const deleteArgument = defineUseCase(ZDeleteArgumentInput, ({ userId, input: { argumentId, version } }) =>
  db.$transaction(async (tx) => {
    const { argument, workspaceId } = await requireArgumentAccess(tx, userId, argumentId, "argument.edit");
    const statements = await tx.argumentStatement.count({ where: { argumentId } });
    const { count } = await tx.argument.deleteMany({ where: { id: argumentId, version } });
    if (count === 0) throw await argumentConflict(tx, argumentId);
    await recordChange(tx, {
      workspaceId,
      actorId: userId,
      action: "argument.delete",
      entityType: "argument",
      entityId: argumentId,
      documentId: argument.documentId,
      before: { title: argument.title, schemeId: argument.schemeId, statements, version: argument.version },
    });
    return { id: argumentId };
  }),
);
