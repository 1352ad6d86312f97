import { apiRoute, readJsonObject } from "@/lib/server/api";
import { assignClaims } from "@/lib/server/use-cases/assign-claims";

// POST {reviewerIds, unitIds?, strategy?: "balance"} -> 200 {assignments: [{unitId, assigneeId}]}.
// Editors and owners; 400 names reviewers who may not review and units of another document.
export const POST = apiRoute<{ id: string }>(async (req, { id }, user) =>
  Response.json(await assignClaims({ userId: user.id, input: { ...(await readJsonObject(req)), documentId: id } })),
);
