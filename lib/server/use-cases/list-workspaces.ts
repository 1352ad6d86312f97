import "server-only";
import { can, type Action } from "@/lib/domain/policy";
import type { MyWorkspaceView } from "@/lib/domain/views";
import { db } from "../db";

/** The caller's workspaces where their role allows `permission`. */
export async function listWorkspaces({ userId, permission }: { userId: string; permission: Action }): Promise<MyWorkspaceView[]> {
  const memberships = await db.membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { role: true, workspace: { select: { id: true, name: true, slug: true } } },
  });
  return memberships.filter((m) => can(m.role, permission)).map((m) => ({ ...m.workspace, role: m.role }));
}
