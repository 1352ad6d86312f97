import { apiRoute, readJson } from "@/lib/server/api";
import { setVerdict } from "@/lib/server/use-cases/set-verdict";
import { toUnitView } from "@/lib/server/views";
import type { TSetVerdictInput } from "@/lib/validation/unit";

// PATCH {version, verdict, rationale?} -> 200 with the unit, or 409 with the current unit.
export const PATCH = apiRoute<{ id: string }>(async (req, { id }, user) => {
  const input = (await readJson(req)) as TSetVerdictInput;
  return Response.json(toUnitView(await setVerdict({ userId: user.id, unitId: id, input })));
});
