import { z } from "zod";
import { ZText } from "./text";
import { ZId } from "./ids";

/** One browser tab (a random id it makes up): the same person may have the document open twice. */
const ZConnectionId = ZText()
  .trim()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, "The connection id must be 8–64 letters, digits, - or _.")
  .default("api");

/** POST /api/v1/documents/{id}/presence: "I am here (and have this claim selected)". */
export const ZPresenceHeartbeatInput = z.object({
  documentId: ZId("The document"),
  connectionId: ZConnectionId,
  unitId: ZId("The claim").nullish(),
});
export type TPresenceHeartbeatInput = z.input<typeof ZPresenceHeartbeatInput>;

/** DELETE /api/v1/documents/{id}/presence?connectionId=: "I left". */
export const ZLeavePresenceInput = z.object({ documentId: ZId("The document"), connectionId: ZConnectionId });
export type TLeavePresenceInput = z.input<typeof ZLeavePresenceInput>;

/** GET /api/v1/documents/{id}/presence */
export const ZListPresenceInput = z.object({ documentId: ZId("The document") });
