import "server-only";
import { ZCreateArgumentInput } from "@/lib/validation/argument";
import { readArgument, resolveStatements, statementData } from "../arguments";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireDocumentAccess } from "../guards";
import { defineUseCase } from "../use-case";

/** "Reconstruct as argument": units picked in reading order (and written premises) become a premise-conclusion structure. */
export const createArgument = defineUseCase(ZCreateArgumentInput, ({ userId, input: { documentId, title, schemeId, statements } }) =>
  db.$transaction(async (tx) => {
    const { workspaceId } = await requireDocumentAccess(tx, userId, documentId, "argument.edit");
    const rows = await resolveStatements(tx, documentId, statements);
    const count = await tx.argument.count({ where: { documentId } });
    const argument = await tx.argument.create({
      data: { documentId, title: title ?? `Argument ${count + 1}`, schemeId: schemeId ?? null, createdById: userId },
    });
    await tx.argumentStatement.createMany({ data: rows.map((r) => statementData(argument.id, r)) });
    await recordChange(tx, {
      workspaceId,
      actorId: userId,
      action: "argument.create",
      entityType: "argument",
      entityId: argument.id,
      documentId,
      after: { title: argument.title, schemeId: argument.schemeId, statements: rows.length, version: 1 },
    });
    return readArgument(tx, argument.id);
  }),
);
