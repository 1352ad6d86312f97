import { z } from "zod";
import { ZText } from "./text";
import { ASSIGNMENT_SLOTS, ASSIGNMENT_STRATEGIES } from "@/lib/domain/assignment";
import { ZId } from "./ids";

const id = ZId("An id");

const workspaceName = ZText({ message: "Name the workspace." }).trim().min(1, "Name the workspace.").max(100, "Keep the name under 100 characters.");

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
    /** The methodology note on every published report (plain text; empty removes it). */
    methodology: ZText({ message: "The methodology note is text." })
      .trim()
      .max(2000, "Keep the methodology note under 2,000 characters.")
      .transform((v) => v || null)
      .nullable()
      .optional(),
    /** "Check for changes" every day on the documents imported from a web address. */
    watchDaily: z.boolean({ message: "watchDaily is true or false." }).optional(),
  })
  .refine((v) => v.name !== undefined || v.assignedOnly !== undefined || v.methodology !== undefined || v.watchDaily !== undefined, {
    message: "Send a new name, assignedOnly, methodology or watchDaily.",
  });
export type TUpdateWorkspaceInput = z.input<typeof ZUpdateWorkspaceInput>;

const unitIds = z.array(id).max(10_000, "Assign at most 10,000 units at a time.");
const slot = z.enum(ASSIGNMENT_SLOTS, { message: "The slot is first or second (the second reviewer, in double review)." }).default("first");

/** POST /api/v1/documents/{id}/assignments */
export const ZAssignClaimsInput = z
  .object({
    documentId: ZId("The document"),
    /** Default (balance): the document's open, unassigned claims, premises and evidence. */
    unitIds: unitIds.optional(),
    reviewerIds: z.array(id).min(1, "Name at least one reviewer.").max(200, "Name at most 200 reviewers."),
    strategy: z.enum(ASSIGNMENT_STRATEGIES, { message: `The strategy is one of ${ASSIGNMENT_STRATEGIES.join(", ")}.` }).default("balance"),
    /** Balance only the claims at least this check-worthy (0–1). */
    checkworthyMin: z.number({ message: "checkworthyMin is a number from 0 to 1." }).min(0).max(1).optional(),
    slot,
    /** true: answer what would be assigned, and each reviewer's load before and after, without writing. */
    preview: z.boolean().default(false),
  })
  .refine((v) => v.strategy !== "explicit" || (v.unitIds?.length && v.reviewerIds.length === 1), {
    message: "An explicit assignment names the units and exactly one reviewer.",
    path: ["reviewerIds"],
  });
export type TAssignClaimsInput = z.input<typeof ZAssignClaimsInput>;

/** DELETE /api/v1/documents/{id}/assignments: take claims back. */
export const ZUnassignClaimsInput = z.object({
  documentId: ZId("The document"),
  unitIds: unitIds.min(1, "Name the units to unassign."),
  slot,
});

/** Reads of one workspace (documents, members). */
export const ZWorkspaceRef = z.object({ workspaceId: ZId("The workspace") });

/** GET /api/v1/queue: no parameters (the caller's queue); an absent input is an empty one. */
export const ZQueueInput = z.object({}).default({});
