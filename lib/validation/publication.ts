import { z } from "zod";
import { ZId } from "./ids";
import { ZText } from "./text";

/** POST /api/v1/documents/{id}/publication */
export const ZPublishDocumentInput = z.object({
  documentId: ZId("The document"),
  /** Only APPROVED claims (default: when the document's claims go through approval), else every reviewed claim. */
  onlyApproved: z.boolean({ message: "onlyApproved is true or false." }).optional(),
  /** Show who reviewed each claim (default: hidden). */
  showReviewers: z.boolean({ message: "showReviewers is true or false." }).default(false),
});
export type TPublishDocumentInput = z.input<typeof ZPublishDocumentInput>;

/** /r/{slug}: 16 random bytes, base64url (22 characters). Anything else is not a report. */
export const ZReportSlug = z.object({ slug: ZText().regex(/^[A-Za-z0-9_-]{22}$/, "Not a report address.") });
