import "server-only";
import type { ArgumentView, SchemeSuggestion } from "@/lib/domain/arguments";
import { ZGetArgumentInput } from "@/lib/validation/argument";
import { argumentSchemeSuggestions } from "../argument-suggestions";
import { readArgument } from "../arguments";
import { db } from "../db";
import { requireArgumentAccess } from "../guards";
import { defineUseCase } from "../use-case";

/**
 * One argument with its statements, answers and relations, and the schemes the analyser suggests
 * for it (`suggestedSchemes`, best first; shown to people, never applied by the read).
 */
export const getArgument = defineUseCase(
  ZGetArgumentInput,
  async ({ userId, input: { argumentId } }): Promise<ArgumentView & { suggestedSchemes: SchemeSuggestion[] }> => {
    await requireArgumentAccess(db, userId, argumentId, "workspace.read");
    const argument = await readArgument(db, argumentId);
    return { ...argument, suggestedSchemes: await argumentSchemeSuggestions(db, argument) };
  },
);
