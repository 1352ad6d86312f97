"use server";
// The workspace activity page's "load more" and filters (the first page is rendered on the server).
import { defineAction } from "@/lib/server/action";
import { listWorkspaceActivity } from "@/lib/server/use-cases/list-workspace-activity";

export const listWorkspaceActivityAction = defineAction(listWorkspaceActivity);
