import { z } from "zod";

// In the browser, zod's compiled fast path is off: building an object schema would otherwise probe
// for `Function("")`, which the page's Content-Security-Policy forbids (no 'unsafe-eval') and the
// browser reports as a violation. Every schema module imports this one first, so it runs before
// any schema is built. The server keeps the fast path.
if (typeof window !== "undefined") z.config({ jitless: true });

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a string cannot be stored, or null when it can. PostgreSQL text refuses NUL, and a lone
 * UTF-16 surrogate has no UTF-8 form: both would fail deep in the database as a 500, so every
 * string a person or a client sends is checked here first and refused with a 400.
 */
export function textProblem(s: string): string | null {
  if (s.includes("\u0000")) return "The text contains a NUL character (\\u0000), which cannot be stored. Remove it and try again.";
  if (LONE_SURROGATE.test(s)) {
    return "The text contains a broken character (a lone UTF-16 surrogate), which cannot be stored. Remove it and try again.";
  }
  return null;
}

/**
 * The string every input schema starts from (instead of z.string()): any text that cannot be
 * stored (see textProblem) is a validation error with a readable message.
 */
export const ZText = (params?: Parameters<typeof z.string>[0]) =>
  z.string(params).superRefine((s, ctx) => {
    const problem = textProblem(s);
    if (problem) ctx.addIssue({ code: "custom", message: problem, abort: true });
  });
