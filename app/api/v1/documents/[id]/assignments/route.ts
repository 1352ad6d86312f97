import { apiRoute, readJson } from "@/lib/server/api";
import { assignClaims } from "@/lib/server/use-cases/assign-claims";
import type { TAssignClaimsInput } from "@/lib/validation/workspace";

// POST {reviewerIds, unitIds?, strategy?: "balance"} -> 200 {assignments: [{unitId, assigneeId}]}.
// Editors and owners; 400 names reviewers who may not review and units of another document.
export const POST = apiRoute<{ id: string }>(async (req, { id }, user) => {
  const input = (await readJson(req)) as TAssignClaimsInput;
  return Response.json(await assignClaims({ userId: user.id, documentId: id, input }));
});
