"use server";
import { requireUser } from "@/lib/server/current-user";
import { runAction } from "@/lib/server/errors";
import { setVerdict } from "@/lib/server/use-cases/set-verdict";
import type { TSetVerdictInput } from "@/lib/validation/unit";

// A public endpoint: the use case validates `input` with ZSetVerdictInput and checks access.
export async function setVerdictAction(unitId: string, input: TSetVerdictInput) {
  return runAction(async () => {
    const user = await requireUser();
    return setVerdict({ userId: user.id, unitId: String(unitId), input });
  });
}
