import "server-only";
import { db } from "../db";
import { requireMembership } from "../guards";

/** The members of a workspace the caller belongs to (for assignee pickers and filters). */
export async function listMembers({ userId, workspaceId }: { userId: string; workspaceId: string }) {
  await requireMembership(db, userId, workspaceId, "workspace.read");
  const rows = await db.membership.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "asc" },
    select: { role: true, user: { select: { id: true, name: true, email: true } } },
  });
  return rows.map((r) => ({ ...r.user, role: r.role }));
}
