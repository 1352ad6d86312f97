import { apiRoute, readJsonObject } from "@/lib/server/api";
import { transitionUnit } from "@/lib/server/use-cases/transition-unit";

// POST {to: OPEN | IN_REVIEW | REVIEWED | APPROVED, version, verdict?, rationale?} -> 200 with the unit;
// 403 when the role may not, 400 when the workflow has no such move, 409 when `version` is stale.
export const POST = apiRoute<{ id: string }>(async (req, { id }, user) =>
  Response.json(await transitionUnit({ userId: user.id, input: { ...(await readJsonObject(req)), unitId: id } })),
);
