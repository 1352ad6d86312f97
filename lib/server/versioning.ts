import "server-only";
import { AppError, notFound } from "@/lib/domain/errors";
import type { DbTx } from "./db";
import { toUnitView, UNIT_COUNTS } from "./view-mappers";

/** The 409 for a write that carried a stale version: it holds the current unit to compare. */
export async function versionConflict(tx: DbTx, unitId: string): Promise<AppError> {
  const current = await tx.unit.findUnique({ where: { id: unitId }, include: UNIT_COUNTS });
  if (!current) return notFound("The claim");
  return new AppError("VERSION_CONFLICT", "Someone else changed this claim after you opened it. Their version is shown; review it and save again.", {
    current: toUnitView(current),
  });
}
