import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import type { TImportedDocumentData } from "@/lib/validation/interchange";
import type { DbTx } from "./db";

/**
 * An imported file's arguments (issue 16), in a fixed number of bulk inserts: arguments, their
 * statements (anchored to the file's units, or implicit), answers, and the relations with an
 * argument or an implicit statement at one end. Returns how many arguments were stored.
 */
export async function insertFileArguments(
  tx: DbTx,
  { documentId, file, unitIds }: { documentId: string; file: TImportedDocumentData; unitIds: Map<string, string> },
): Promise<number> {
  if (!file.arguments.length) return 0;
  const argIds = new Map(file.arguments.map((a) => [a.key, randomUUID()]));
  const statementIds = new Map<string, string>();
  const statements = file.arguments.flatMap((a) =>
    a.statements.map((s, position) => {
      const id = randomUUID();
      if (!statementIds.has(s.key)) statementIds.set(s.key, id);
      const unitId = s.unit ? (unitIds.get(s.unit) ?? null) : null;
      return { id, argumentId: argIds.get(a.key)!, position, role: s.role, unitId, text: s.text, implicit: !s.unit };
    }),
  );
  await tx.argument.createMany({
    data: file.arguments.map((a) => ({
      id: argIds.get(a.key)!,
      documentId,
      title: a.title,
      label: a.label,
      inference: a.inference ? (a.inference as Prisma.InputJsonValue) : Prisma.DbNull,
      schemeId: a.schemeId,
      status: a.status,
    })),
  });
  if (statements.length) await tx.argumentStatement.createMany({ data: statements });
  const answers = file.arguments.flatMap((a) =>
    a.schemeId
      ? a.answers.map((x) => ({ argumentId: argIds.get(a.key)!, schemeId: a.schemeId!, questionId: x.questionId, answer: x.answer, note: x.note }))
      : [],
  );
  if (answers.length) await tx.argumentAnswer.createMany({ data: answers, skipDuplicates: true });
  const relations = file.argumentRelations.map((r) => ({
    documentId,
    type: r.type,
    origin: "MANUAL" as const,
    questionId: r.questionId ?? null,
    fromUnitId: r.from.unit ? unitIds.get(r.from.unit) : undefined,
    fromArgumentId: r.from.argument ? argIds.get(r.from.argument) : undefined,
    fromText: r.from.text,
    toUnitId: r.to.unit ? unitIds.get(r.to.unit) : undefined,
    toArgumentId: r.to.argument ? argIds.get(r.to.argument) : undefined,
    toStatementId: r.to.statement ? statementIds.get(r.to.statement) : undefined,
  }));
  if (relations.length) await tx.argumentRelation.createMany({ data: relations });
  return file.arguments.length;
}
