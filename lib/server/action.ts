import "server-only";
import type { z } from "zod";
import type { ActionResult } from "@/lib/domain/errors";
import { requireUser } from "./current-user";
import { runAction } from "./errors";
import type { UseCase } from "./use-case";

/**
 * The one way to write a server action (the browser's twin of `apiRoute`): the signed-in user,
 * one use case that parses the untrusted argument with its own schema, and every failure
 * mapped to a typed result in lib/server/errors.ts. The argument's type comes from that schema,
 * so the browser is type-checked against what the server accepts. Server actions are public
 * endpoints: the type helps callers, the parse protects the server.
 *
 *   export const setVerdictAction = defineAction(setVerdict);
 */
export function defineAction<S extends z.ZodType, R>(useCase: UseCase<S, R>): (input: z.input<S>) => Promise<ActionResult<R>> {
  return async (input) => runAction(async () => useCase({ userId: (await requireUser()).id, input }));
}
