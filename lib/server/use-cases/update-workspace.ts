import "server-only";
import type { WorkspaceSettingsView } from "@/lib/domain/views";
import { ZUpdateWorkspaceInput } from "@/lib/validation/workspace";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireMembership } from "../guards";
import { defineUseCase } from "../use-case";
import { toWorkspaceSettingsView, WORKSPACE_SETTINGS_SELECT } from "../workspace-settings";

/**
 * An owner renames the workspace or changes its settings. The slug stays: scripts and the CLI
 * name workspaces by it. One Activity row per thing changed, so the feed reads "renamed" and
 * "turned assigned-only on" separately. Turning on the daily check for changes records who did:
 * its jobs run with that member's rights (lib/server/jobs/watch-schedule.ts).
 */
export const updateWorkspace = defineUseCase(
  ZUpdateWorkspaceInput,
  ({ userId, input: { workspaceId, name, assignedOnly, methodology, watchDaily } }): Promise<WorkspaceSettingsView> =>
    db.$transaction(async (tx) => {
      const { role } = await requireMembership(tx, userId, workspaceId, "workspace.manage");
      const before = await tx.workspace.findUniqueOrThrow({
        where: { id: workspaceId },
        select: { name: true, assignedOnly: true, methodology: true, watchDaily: true },
      });
      // Turning the daily check on makes its jobs run with this owner's rights; off forgets who.
      const watch =
        watchDaily === undefined || watchDaily === before.watchDaily
          ? {}
          : watchDaily
            ? { watchDaily, watchById: userId, watchCheckedAt: null }
            : { watchDaily, watchById: null };
      const after = await tx.workspace.update({
        where: { id: workspaceId },
        data: { name, assignedOnly, methodology, ...watch },
        select: WORKSPACE_SETTINGS_SELECT,
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
      if (before.watchDaily !== after.watchDaily) {
        await recordChange(tx, {
          ...change,
          action: "workspace.watch",
          before: { watchDaily: before.watchDaily },
          after: { watchDaily: after.watchDaily },
        });
      }
      return toWorkspaceSettingsView(after, role);
    }),
);
