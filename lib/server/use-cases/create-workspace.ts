import "server-only";
import { ZCreateWorkspaceInput } from "@/lib/validation/workspace";
import { recordChange } from "../changes";
import { db } from "../db";
import { freeWorkspaceSlug } from "../slugs";
import { defineUseCase } from "../use-case";

/** Any signed-in user may create a workspace; they own it. */
export const createWorkspace = defineUseCase(ZCreateWorkspaceInput, ({ userId, input: { name } }) =>
  db.$transaction(async (tx) => {
    const slug = await freeWorkspaceSlug(tx, name);
    const workspace = await tx.workspace.create({ data: { name, slug }, select: { id: true, name: true, slug: true } });
    await tx.membership.create({ data: { workspaceId: workspace.id, userId, role: "OWNER" } });
    await recordChange(tx, {
      workspaceId: workspace.id,
      actorId: userId,
      action: "workspace.create",
      entityType: "workspace",
      entityId: workspace.id,
      after: { name, slug },
    });
    return { ...workspace, role: "OWNER" as const };
  }),
);
