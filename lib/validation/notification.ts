import { z } from "zod";
import { ZId } from "./ids";
import { optionalParam, ZCursor, ZPageLimit } from "./paging";

/** GET /api/v1/notifications (the query string sends "true"/"false"; the browser a boolean). */
export const ZListNotificationsInput = z.object({
  unread: optionalParam(z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean({ message: "unread is true or false." }))),
  cursor: ZCursor,
  limit: ZPageLimit(20),
});
export type TListNotificationsInput = z.input<typeof ZListNotificationsInput>;

/** POST /api/v1/notifications/read: {ids} or {all: true}. */
export const ZMarkNotificationsReadInput = z
  .object({
    ids: z
      .array(ZId("A notification"), { message: "ids is a list of notification ids." })
      .min(1, "Name at least one notification.")
      .max(500, "Mark at most 500 notifications at a time.")
      .optional(),
    all: z.literal(true, { message: "all is true (or leave it out and send ids)." }).optional(),
  })
  .refine((v) => (v.ids === undefined) !== (v.all === undefined), { message: 'Send either {"ids": [...]} or {"all": true}.' });
export type TMarkNotificationsReadInput = z.input<typeof ZMarkNotificationsReadInput>;
