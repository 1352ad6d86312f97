import "server-only";
import type { z } from "zod";
import { AppError, type ActionResult } from "@/lib/domain/errors";
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
  return async (input) =>
    runAction(async () => {
      const userId = (await requireUser()).id;
      if (!isPlainObject(input)) throw new AppError("VALIDATION", "Send the action's input as one object of named fields.");
      return useCase({ userId, input });
    });
}

/** `{...}` as JSON or React's action transport makes it: not null, an array, a Date, a Map, FormData. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The FormData a form action was posted with. A form action is a public endpoint too, and can be
 * called with any argument (a plain object, a string): that reads as an empty form, so the use
 * case's own validation answers ("Name the workspace.") instead of a TypeError and a 500.
 */
export function formOf(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}
