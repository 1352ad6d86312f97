import "server-only";
import { ZUpdateUnitInput } from "@/lib/validation/unit";
import { writeUnit } from "../unit-writes";
import { defineUseCase } from "../use-case";

/**
 * Change a unit: verdict and rationale (reviewers), kind, normalised wording, workflow status
 * (editors), assignee (assigners). The write carries the version the caller read.
 */
export const updateUnit = defineUseCase(ZUpdateUnitInput, ({ userId, input: { unitId, version, ...changes } }) =>
  writeUnit({ userId, unitId, version, changes }),
);
