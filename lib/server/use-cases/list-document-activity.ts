import "server-only";
import type { ActivityPageView } from "@/lib/domain/views";
import { ZDocumentActivityInput } from "@/lib/validation/activity";
import { readActivityFeed } from "../activity-feed";
import { db } from "../db";
import { requireDocumentAccess } from "../guards";
import { defineUseCase } from "../use-case";

/** A document's activity feed (its side tab): who did what, newest first, filtered by person and action. */
export const listDocumentActivity = defineUseCase(ZDocumentActivityInput, async ({ userId, input: { documentId, ...query } }): Promise<ActivityPageView> => {
  const { workspaceId } = await requireDocumentAccess(db, userId, documentId, "workspace.read");
  return readActivityFeed(db, { workspaceId, documentId }, query);
});
