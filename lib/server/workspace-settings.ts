import "server-only";
import type { DbTx } from "./db";

/**
 * Whether the workspace's reviewers work only on claims assigned to them (owners set it on the
 * members page or by PATCH /api/v1/workspaces/{id}). The rule itself is pure:
 * lib/domain/membership.ts mayWorkOnClaim; review use cases ask it with this setting.
 */
export async function isAssignedOnly(tx: DbTx, workspaceId: string): Promise<boolean> {
  const row = await tx.workspace.findUnique({ where: { id: workspaceId }, select: { assignedOnly: true } });
  return row?.assignedOnly ?? false;
}
