import { z } from "zod";
import { ASSIGNMENT_STRATEGIES } from "@/lib/domain/assignment";
import { ZId } from "./ids";

const id = ZId("An id");

const workspaceName = z.string({ message: "Name the workspace." }).trim().min(1, "Name the workspace.").max(100, "Keep the name under 100 characters.");

/** POST /api/v1/workspaces */
export const ZCreateWorkspaceInput = z.object({ name: workspaceName });
export type TCreateWorkspaceInput = z.input<typeof ZCreateWorkspaceInput>;

/** PATCH /api/v1/workspaces/{id}: rename, or change the settings (owners). */
export const ZUpdateWorkspaceInput = z
  .object({
    workspaceId: ZId("The workspace"),
    name: workspaceName.optional(),
    /** Reviewers (role REVIEWER) work only on claims assigned to them. */
    assignedOnly: z.boolean({ message: "assignedOnly is true or false." }).optional(),
  })
  .refine((v) => v.name !== undefined || v.assignedOnly !== undefined, { message: "Send a new name or assignedOnly (or both)." });
export type TUpdateWorkspaceInput = z.input<typeof ZUpdateWorkspaceInput>;

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
