import { z } from "zod";
import { ASSIGNMENT_STRATEGIES } from "@/lib/domain/assignment";
import { ROLES } from "@/lib/domain/vocabulary";
import { ZId } from "./ids";

const id = ZId("An id");

/** POST /api/v1/workspaces */
export const ZCreateWorkspaceInput = z.object({
  name: z.string({ message: "Name the workspace." }).trim().min(1, "Name the workspace.").max(100, "Keep the name under 100 characters."),
});
export type TCreateWorkspaceInput = z.input<typeof ZCreateWorkspaceInput>;

/** POST /api/v1/workspaces/{id}/members: an existing account, by email, with a role. */
export const ZAddMemberInput = z.object({
  workspaceId: ZId("The workspace"),
  email: z.string({ message: "Enter the member's email address." }).trim().toLowerCase().pipe(z.email({ message: "Enter a valid email address." })),
  role: z.enum(ROLES, { message: `The role is one of ${ROLES.join(", ")}.` }),
});
export type TAddMemberInput = z.input<typeof ZAddMemberInput>;

/** POST /api/v1/documents/{id}/assignments */
export const ZAssignClaimsInput = z.object({
  documentId: ZId("The document"),
  /** Default: the document's unreviewed claims, premises and evidence. */
  unitIds: z.array(id).max(10_000, "Assign at most 10,000 units at a time.").optional(),
  reviewerIds: z.array(id).min(1, "Name at least one reviewer.").max(200, "Name at most 200 reviewers."),
  strategy: z.enum(ASSIGNMENT_STRATEGIES, { message: `The strategy is one of ${ASSIGNMENT_STRATEGIES.join(", ")}.` }).default("balance"),
});
export type TAssignClaimsInput = z.input<typeof ZAssignClaimsInput>;

/** Reads of one workspace (documents, members). */
export const ZWorkspaceRef = z.object({ workspaceId: ZId("The workspace") });
