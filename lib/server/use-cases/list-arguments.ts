import "server-only";
import { ZListArgumentsInput } from "@/lib/validation/argument";
import { ARGUMENT_INCLUDE, toArgumentRelationView, toArgumentView } from "../arguments";
import { db } from "../db";
import { requireDocumentAccess } from "../guards";
import { defineUseCase } from "../use-case";

/** A document's arguments, oldest first, and every relation among them and the document's units. */
export const listArguments = defineUseCase(ZListArgumentsInput, async ({ userId, input: { documentId } }) => {
  await requireDocumentAccess(db, userId, documentId, "workspace.read");
  const [args, relations] = await Promise.all([
    db.argument.findMany({ where: { documentId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: ARGUMENT_INCLUDE }),
    db.argumentRelation.findMany({ where: { documentId }, orderBy: { createdAt: "asc" } }),
  ]);
  return { arguments: args.map(toArgumentView), relations: relations.map(toArgumentRelationView) };
});
