import { z } from "zod";
import { ZText } from "./text";
import { UNIT_KINDS, VERDICTS } from "@/lib/domain/vocabulary";

/** A query parameter that may be absent or empty (a select's "Any" option): both mean no filter. */
const blankless = () =>
  ZText()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined));

const oneOf = <T extends readonly [string, ...string[]]>(values: T, name: string) =>
  blankless()
    .transform((v) => v?.toUpperCase())
    .pipe(z.enum(values, { message: `${name} is one of ${values.join(", ")}.` }).optional());

/** GET /api/v1/search and /documents/search: the words, the page and the filters (URL parameters). */
export const ZSearchInput = z.object({
  q: ZText().trim().min(2, "Type at least two characters.").max(200, "Keep the search under 200 characters."),
  page: z.coerce
    .number({ message: "page is a number from 1." })
    .int("page is a whole number.")
    .min(1, "page is a number from 1.")
    .max(10_000, "page is at most 10000.")
    .default(1),
  /** Only this document (its id). */
  document: blankless().pipe(z.string().max(100, "document is not a valid id.").optional()),
  /** Only units with this verdict (document titles have none, so they drop out). */
  verdict: oneOf(VERDICTS, "verdict"),
  /** Only units of this kind. */
  kind: oneOf(UNIT_KINDS, "kind"),
  /** Include archived documents (true, 1 or on); by default they are left out. */
  archived: blankless().pipe(
    z
      .enum(["true", "1", "on", "false", "0", "off"], { message: "archived is true or false." })
      .optional()
      .transform((v) => v === "true" || v === "1" || v === "on"),
  ),
});
export type TSearchInput = z.input<typeof ZSearchInput>;
