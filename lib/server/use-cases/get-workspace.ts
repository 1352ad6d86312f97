import "server-only";
import type { WorkspaceSettingsView } from "@/lib/domain/views";
import { ZWorkspaceRef } from "@/lib/validation/workspace";
import { db } from "../db";
import { requireMembership } from "../guards";
import { defineUseCase } from "../use-case";
import { toWorkspaceSettingsView, WORKSPACE_SETTINGS_SELECT } from "../workspace-settings";

/** A workspace the caller belongs to, with their role and its settings; NOT_FOUND otherwise. */
export const getWorkspace = defineUseCase(ZWorkspaceRef, async ({ userId, input: { workspaceId } }): Promise<WorkspaceSettingsView> => {
  const { role } = await requireMembership(db, userId, workspaceId, "workspace.read");
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: WORKSPACE_SETTINGS_SELECT });
  return toWorkspaceSettingsView(workspace, role);
});
