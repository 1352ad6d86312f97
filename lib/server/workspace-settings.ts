import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/lib/domain/vocabulary";
import type { WorkspaceSettingsView } from "@/lib/domain/views";
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

/** The columns a WorkspaceSettingsView is read from (getWorkspace, updateWorkspace). */
export const WORKSPACE_SETTINGS_SELECT = {
  id: true,
  name: true,
  slug: true,
  assignedOnly: true,
  methodology: true,
  watchDaily: true,
  watchCheckedAt: true,
  watchBy: { select: { id: true, name: true } },
} satisfies Prisma.WorkspaceSelect;

type Row = Prisma.WorkspaceGetPayload<{ select: typeof WORKSPACE_SETTINGS_SELECT }>;

export function toWorkspaceSettingsView(row: Row, role: Role): WorkspaceSettingsView {
  const { watchCheckedAt, watchBy, ...rest } = row;
  return { ...rest, role, watchBy: row.watchDaily ? watchBy : null, watchCheckedAt: watchCheckedAt?.toISOString() ?? null };
}
