import "server-only";
import { cookies } from "next/headers";
import type { MyWorkspaceView } from "@/lib/domain/views";
import { listWorkspaces } from "./use-cases/list-workspaces";

// The "current workspace" is a convenience remembered in a cookie: which workspace the header
// shows, which one the import form proposes, which one the documents list shows first. It is
// NEVER an access check: every use case checks the membership of the workspace it acts on.

export const WORKSPACE_COOKIE = "warrant-workspace";

export async function rememberWorkspace(workspaceId: string): Promise<void> {
  (await cookies()).set(WORKSPACE_COOKIE, workspaceId, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 365 * 24 * 3600 });
}

export async function rememberedWorkspaceId(): Promise<string | undefined> {
  return (await cookies()).get(WORKSPACE_COOKIE)?.value;
}

/** The list with the remembered workspace first (when the caller still belongs to it); else as it was. */
export function currentFirst<T>(list: T[], currentId: string | undefined, idOf: (item: T) => string = (w) => (w as { id: string }).id): T[] {
  const current = list.find((w) => idOf(w) === currentId);
  return current ? [current, ...list.filter((w) => w !== current)] : list;
}

/** What the header's workspace switcher shows: the caller's workspaces and the current one (remembered, else the first). */
export async function headerWorkspaces(userId: string): Promise<{ workspaces: MyWorkspaceView[]; currentWorkspaceId: string | undefined }> {
  const workspaces = await listWorkspaces({ userId, permission: "workspace.read" });
  return { workspaces, currentWorkspaceId: currentFirst(workspaces, await rememberedWorkspaceId())[0]?.id };
}
