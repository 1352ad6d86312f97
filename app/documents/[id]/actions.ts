"use server";
// Server actions of the review workbench. Each is a public endpoint: the use case validates
// its input with the shared zod schema and checks the caller's access.
import { requireUser } from "@/lib/server/current-user";
import { runAction } from "@/lib/server/errors";
import { addComment } from "@/lib/server/use-cases/add-comment";
import { attachSource } from "@/lib/server/use-cases/attach-source";
import { createUnit } from "@/lib/server/use-cases/create-unit";
import { deleteUnit } from "@/lib/server/use-cases/delete-unit";
import { detachSource } from "@/lib/server/use-cases/detach-source";
import { editComment } from "@/lib/server/use-cases/edit-comment";
import { findSimilarClaims } from "@/lib/server/use-cases/find-similar-claims";
import { getUnitDetails } from "@/lib/server/use-cases/get-unit-details";
import { listUnits } from "@/lib/server/use-cases/list-units";
import { mergeUnits } from "@/lib/server/use-cases/merge-units";
import { resolveComment } from "@/lib/server/use-cases/resolve-comment";
import { searchSources } from "@/lib/server/use-cases/search-sources";
import { setVerdict } from "@/lib/server/use-cases/set-verdict";
import { splitUnit } from "@/lib/server/use-cases/split-unit";
import { updateUnit } from "@/lib/server/use-cases/update-unit";
import type { TAttachSourceInput, TCommentInput } from "@/lib/validation/source";
import type { TCreateUnitInput, TDeleteUnitInput, TMergeUnitsInput, TSetVerdictInput, TSplitUnitInput, TUpdateUnitInput } from "@/lib/validation/unit";

const as = async <T,>(fn: (userId: string) => Promise<T>) => runAction(async () => fn((await requireUser()).id));
const id = (v: unknown) => String(v);

export async function setVerdictAction(unitId: string, input: TSetVerdictInput) {
  return as((userId) => setVerdict({ userId, unitId: id(unitId), input }));
}
export async function updateUnitAction(unitId: string, input: TUpdateUnitInput) {
  return as((userId) => updateUnit({ userId, unitId: id(unitId), input }));
}
export async function createUnitAction(documentId: string, input: TCreateUnitInput) {
  return as((userId) => createUnit({ userId, documentId: id(documentId), input }));
}
export async function splitUnitAction(unitId: string, input: TSplitUnitInput) {
  return as((userId) => splitUnit({ userId, unitId: id(unitId), input }));
}
export async function mergeUnitsAction(unitId: string, input: TMergeUnitsInput) {
  return as((userId) => mergeUnits({ userId, unitId: id(unitId), input }));
}
export async function deleteUnitAction(unitId: string, input: TDeleteUnitInput) {
  return as((userId) => deleteUnit({ userId, unitId: id(unitId), input }));
}
export async function listUnitsAction(documentId: string) {
  return as((userId) => listUnits({ userId, documentId: id(documentId), query: {} }));
}
export async function getUnitDetailsAction(unitId: string) {
  return as((userId) => getUnitDetails({ userId, unitId: id(unitId) }));
}
export async function findSimilarClaimsAction(unitId: string) {
  return as((userId) => findSimilarClaims({ userId, unitId: id(unitId) }));
}
export async function attachSourceAction(unitId: string, input: TAttachSourceInput) {
  return as(async (userId) => (await attachSource({ userId, unitId: id(unitId), input })).sourceId);
}
export async function detachSourceAction(unitId: string, sourceId: string) {
  return as((userId) => detachSource({ userId, unitId: id(unitId), sourceId: id(sourceId) }));
}
export async function searchSourcesAction(unitId: string, q: string) {
  return as((userId) => searchSources({ userId, unitId: id(unitId), q: id(q) }));
}
export async function addCommentAction(unitId: string, input: TCommentInput) {
  return as(async (userId) => (await addComment({ userId, unitId: id(unitId), input })).id);
}
export async function editCommentAction(commentId: string, input: TCommentInput) {
  return as(async (userId) => (await editComment({ userId, commentId: id(commentId), input })).id);
}
export async function resolveCommentAction(commentId: string, resolved: boolean) {
  return as(async (userId) => (await resolveComment({ userId, commentId: id(commentId), resolved: resolved === true })).id);
}
