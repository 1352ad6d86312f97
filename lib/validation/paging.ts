import { z } from "zod";
import { ZText } from "./text";

// Cursor paging, newest first, for the activity feeds and the notifications. A cursor names the
// last row of the page (its time and id): the next page is the rows strictly older in the order
// (createdAt desc, id desc). Rows written in one transaction share createdAt, so the id breaks
// ties. The cursor is opaque to clients but plain, so no decoding can fail in surprising ways.

export interface Cursor {
  at: Date;
  id: string;
}

export function encodeCursor({ at, id }: Cursor): string {
  return `${at.getTime()}_${id}`;
}

const CURSOR_MESSAGE = "The cursor is not valid: start again from the first page.";

/** A query-string parameter: an empty value (`?actor=`) counts as not given. */
export const optionalParam = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

export const ZCursor = optionalParam(
  ZText()
    .max(200, CURSOR_MESSAGE)
    .transform((value, ctx): Cursor => {
      const match = /^(\d{1,15})_([\w-]{1,100})$/.exec(value);
      const at = match ? new Date(Number(match[1])) : null;
      if (!match || !at || Number.isNaN(at.getTime())) {
        ctx.addIssue({ code: "custom", message: CURSOR_MESSAGE });
        return z.NEVER;
      }
      return { at, id: match[2]! };
    }),
);

export const ZPageLimit = (fallback: number) =>
  optionalParam(
    z.coerce
      .number({ message: "The limit is a number from 1 to 100." })
      .int("The limit is a whole number.")
      .min(1, "The limit is at least 1.")
      .max(100, "The limit is at most 100."),
  ).transform((v) => v ?? fallback);
