import "server-only";
import type { WorkspaceSettingsView } from "@/lib/domain/views";
import { ZUpdateWorkspaceInput } from "@/lib/validation/workspace";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireMembership } from "../guards";
import { defineUseCase } from "../use-case";

/**
 * An owner renames the workspace or changes its settings. The slug stays: scripts and the CLI
 * name workspaces by it. One Activity row per thing changed, so the feed reads "renamed" and
 * "turned assigned-only on" separately.
 */
export const updateWorkspace = defineUseCase(
  ZUpdateWorkspaceInput,
  ({ userId, input: { workspaceId, name, assignedOnly, methodology } }): Promise<WorkspaceSettingsView> =>
    db.$transaction(async (tx) => {
      const { role } = await requireMembership(tx, userId, workspaceId, "workspace.manage");
      const before = await tx.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { name: true, assignedOnly: true, methodology: true } });
      const after = await tx.workspace.update({
        where: { id: workspaceId },
        data: { name, assignedOnly, methodology },
        select: { id: true, name: true, slug: true, assignedOnly: true, methodology: true },
      });
      const change = { workspaceId, actorId: userId, entityType: "workspace", entityId: workspaceId } as const;
      if (before.name !== after.name)
        await recordChange(tx, { ...change, action: "workspace.rename", before: { name: before.name }, after: { name: after.name } });
      if (before.assignedOnly !== after.assignedOnly) {
        await recordChange(tx, {
          ...change,
          action: "workspace.settings",
          before: { assignedOnly: before.assignedOnly },
          after: { assignedOnly: after.assignedOnly },
        });
      }
      if (before.methodology !== after.methodology) {
        await recordChange(tx, {
          ...change,
          action: "workspace.methodology",
          before: { methodology: before.methodology },
          after: { methodology: after.methodology },
        });
      }
      return { ...after, role };
    }),
);
