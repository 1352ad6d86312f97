import "server-only";
import { ZGetArgumentInput } from "@/lib/validation/argument";
import { readArgument } from "../arguments";
import { db } from "../db";
import { requireArgumentAccess } from "../guards";
import { defineUseCase } from "../use-case";

/** One argument with its statements, answers and relations. */
export const getArgument = defineUseCase(ZGetArgumentInput, async ({ userId, input: { argumentId } }) => {
  await requireArgumentAccess(db, userId, argumentId, "workspace.read");
  return readArgument(db, argumentId);
});
