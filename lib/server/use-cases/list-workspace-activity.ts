import "server-only";
import type { ActivityPageView } from "@/lib/domain/views";
import { ZWorkspaceActivityInput } from "@/lib/validation/activity";
import { readActivityFeed } from "../activity-feed";
import { db } from "../db";
import { requireMembership } from "../guards";
import { defineUseCase } from "../use-case";

/** A workspace's activity feed (/workspaces/{id}/activity): every document's rows and the workspace's own. */
export const listWorkspaceActivity = defineUseCase(ZWorkspaceActivityInput, async ({ userId, input: { workspaceId, ...query } }): Promise<ActivityPageView> => {
  await requireMembership(db, userId, workspaceId, "workspace.read");
  return readActivityFeed(db, { workspaceId }, query);
});
