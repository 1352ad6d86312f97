import { ZText } from "./text";

/**
 * A record id as it arrives from a path, a form or an action argument. Anything else (an object,
 * a number, an empty or huge string) is a 400 before any query runs; a well-formed id that names
 * nothing the caller may see is a 404 from the guards.
 */
export const ZId = (what: string) =>
  ZText({ message: `${what} is required.` })
    .trim()
    .min(1, `${what} is required.`)
    .max(100, `${what} is not a valid id.`);
