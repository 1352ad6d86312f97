"use server";
import { requireUser } from "@/lib/server/current-user";
import { runAction } from "@/lib/server/errors";
import { createRelation } from "@/lib/server/use-cases/create-relation";
import { deleteRelation } from "@/lib/server/use-cases/delete-relation";
import { saveMapLayout } from "@/lib/server/use-cases/save-map-layout";
import { updateRelation } from "@/lib/server/use-cases/update-relation";
import { toRelationView } from "@/lib/server/views";
import type { TCreateRelationInput, TSaveMapLayoutInput, TUpdateRelationInput } from "@/lib/validation/relation";

// Public endpoints: each use case validates its input with the shared zod schema and checks
// access, exactly as for the REST API. Verdicts go through setVerdictAction (../actions.ts).

export async function createRelationAction(documentId: string, input: TCreateRelationInput) {
  return runAction(async () => {
    const user = await requireUser();
    return toRelationView(await createRelation({ userId: user.id, documentId: String(documentId), input }));
  });
}

export async function updateRelationAction(relationId: string, input: TUpdateRelationInput) {
  return runAction(async () => {
    const user = await requireUser();
    return toRelationView(await updateRelation({ userId: user.id, relationId: String(relationId), input }));
  });
}

export async function deleteRelationAction(relationId: string) {
  return runAction(async () => {
    const user = await requireUser();
    return toRelationView(await deleteRelation({ userId: user.id, relationId: String(relationId) }));
  });
}

export async function saveMapLayoutAction(documentId: string, input: TSaveMapLayoutInput) {
  return runAction(async () => {
    const user = await requireUser();
    return saveMapLayout({ userId: user.id, documentId: String(documentId), input });
  });
}
