import { z } from "zod";
import { ZText } from "./text";
import { ZId } from "./ids";
import { optionalParam, ZCursor, ZPageLimit } from "./paging";

/**
 * Action codes ("unit.verdict") or families ("unit.comment"), comma-separated; see
 * matchesActionFilter in lib/domain/activity.ts. Letters, dots and hyphens only, so a term can
 * never carry a LIKE wildcard into the query.
 */
const ZActionFilter = ZText()
  .trim()
  .max(500, "Keep the action filter under 500 characters.")
  .regex(/^[a-z][a-z.-]*(\s*,\s*[a-z][a-z.-]*)*$/, "The action filter is a comma-separated list of action codes such as unit.verdict or unit.comment.");

const feedQuery = {
  /** Only what this person did (a user id). */
  actor: optionalParam(ZId("The person")),
  action: optionalParam(ZActionFilter),
  cursor: ZCursor,
  limit: ZPageLimit(30),
};

/** GET /api/v1/documents/{id}/activity */
export const ZDocumentActivityInput = z.object({ documentId: ZId("The document"), ...feedQuery });
export type TDocumentActivityInput = z.input<typeof ZDocumentActivityInput>;

/** GET /api/v1/workspaces/{id}/activity */
export const ZWorkspaceActivityInput = z.object({ workspaceId: ZId("The workspace"), ...feedQuery });
export type TWorkspaceActivityInput = z.input<typeof ZWorkspaceActivityInput>;
