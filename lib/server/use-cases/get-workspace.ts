import "server-only";
import type { WorkspaceSettingsView } from "@/lib/domain/views";
import { ZWorkspaceRef } from "@/lib/validation/workspace";
import { db } from "../db";
import { requireMembership } from "../guards";
import { defineUseCase } from "../use-case";

/** A workspace the caller belongs to, with their role and its settings; NOT_FOUND otherwise. */
export const getWorkspace = defineUseCase(ZWorkspaceRef, async ({ userId, input: { workspaceId } }): Promise<WorkspaceSettingsView> => {
  const { role } = await requireMembership(db, userId, workspaceId, "workspace.read");
  const workspace = await db.workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { id: true, name: true, slug: true, assignedOnly: true, methodology: true },
  });
  return { ...workspace, role };
});
