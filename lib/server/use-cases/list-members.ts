import "server-only";
import type { MemberView } from "@/lib/domain/views";
import { ZWorkspaceRef } from "@/lib/validation/workspace";
import { db } from "../db";
import { requireMembership } from "../guards";
import { defineUseCase } from "../use-case";

/** The members of a workspace the caller belongs to (for assignee pickers and filters). */
export const listMembers = defineUseCase(ZWorkspaceRef, async ({ userId, input: { workspaceId } }): Promise<MemberView[]> => {
  await requireMembership(db, userId, workspaceId, "workspace.read");
  const rows = await db.membership.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "asc" },
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  return rows.map((r) => ({ user: r.user, role: r.role, joinedAt: r.createdAt.toISOString() }));
});
