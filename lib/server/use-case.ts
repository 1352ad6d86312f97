import "server-only";
import { ZodError, type z } from "zod";
import { AppError } from "@/lib/domain/errors";

/** How every adapter (server action, REST route, CLI, test) calls a use case. */
export interface UseCaseCall {
  userId: string;
  /** Untrusted: parsed exactly once, by the use case's own schema. */
  input: unknown;
}

export type UseCase<S extends z.ZodType, R, X extends unknown[] = []> = ((call: UseCaseCall, ...options: X) => Promise<R>) & {
  /** The schema the input is parsed with (defineAction types its argument from it; OpenAPI documents it). */
  readonly schema: S;
};

/**
 * A use case acting for a signed-in person. Its input arrives as `unknown` from whichever adapter
 * calls it and is parsed here, once, with its own zod schema (a ZodError maps to 400 in
 * lib/server/errors.ts); `run` receives the parsed data. Trailing `options` are server-side
 * settings that no client sends (a base URL, a progress callback).
 */
export function defineUseCase<S extends z.ZodType, R, X extends unknown[] = []>(
  schema: S,
  run: (call: { userId: string; input: z.output<S> }, ...options: X) => Promise<R>,
): UseCase<S, R, X> {
  const useCase = async ({ userId, input }: UseCaseCall, ...options: X) => run({ userId, input: parseInput(schema, input) }, ...options);
  return Object.assign(useCase, { schema });
}

/**
 * The schema's verdict on untrusted input. A value no schema expects can make a check itself throw
 * (an object whose toString or valueOf throws, met by a coercion): that is bad input too, a
 * VALIDATION error, never an INTERNAL one.
 */
function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  try {
    return schema.parse(input);
  } catch (e) {
    if (e instanceof ZodError || e instanceof AppError) throw e;
    throw new AppError("VALIDATION", "The input is not valid: send plain values (text, numbers, true/false, lists and objects).");
  }
}
