import "server-only";
import type { z } from "zod";

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
  const useCase = async ({ userId, input }: UseCaseCall, ...options: X) => run({ userId, input: schema.parse(input) }, ...options);
  return Object.assign(useCase, { schema });
}
