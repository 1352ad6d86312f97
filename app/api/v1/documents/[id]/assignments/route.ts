import { apiRoute, readJsonObject } from "@/lib/server/api";
import { assignClaims } from "@/lib/server/use-cases/assign-claims";
import { unassignClaims } from "@/lib/server/use-cases/unassign-claims";

// POST {reviewerIds, unitIds?, strategy?: "explicit" | "balance", checkworthyMin?, slot?: "first" | "second", preview?}
// -> 200 {assignments: [{unitId, assigneeId}], preview: [{reviewerId, current, added, removed, total}], unassigned, applied}.
// Editors and owners; 400 names reviewers who may not review and units of another document.
export const POST = apiRoute<{ id: string }>(async (req, { id }, user) =>
  Response.json(await assignClaims({ userId: user.id, input: { ...(await readJsonObject(req)), documentId: id } })),
);

// DELETE {unitIds, slot?} -> 200 {unitIds}: the claims are taken back (a claim in review reopens).
export const DELETE = apiRoute<{ id: string }>(async (req, { id }, user) =>
  Response.json(await unassignClaims({ userId: user.id, input: { ...(await readJsonObject(req)), documentId: id } })),
);
