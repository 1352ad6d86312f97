"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction, formOf } from "@/lib/server/action";
import { rememberWorkspace } from "@/lib/server/current-workspace";
import { acceptInvitation } from "@/lib/server/use-cases/accept-invitation";
import { createInvitation } from "@/lib/server/use-cases/create-invitation";
import { createResetLink } from "@/lib/server/use-cases/create-reset-link";
import { createWorkspace } from "@/lib/server/use-cases/create-workspace";
import { getWorkspace } from "@/lib/server/use-cases/get-workspace";
import { listMembers } from "@/lib/server/use-cases/list-members";
import { removeMember } from "@/lib/server/use-cases/remove-member";
import { revokeInvitation } from "@/lib/server/use-cases/revoke-invitation";
import { updateMemberRole } from "@/lib/server/use-cases/update-member-role";
import { updateWorkspace } from "@/lib/server/use-cases/update-workspace";
import { safeReturnPath } from "@/lib/validation/redirect";

export const createInvitationAction = defineAction(createInvitation);
export const revokeInvitationAction = defineAction(revokeInvitation);
export const updateMemberRoleAction = defineAction(updateMemberRole);
export const removeMemberAction = defineAction(removeMember);
export const createResetLinkAction = defineAction(createResetLink);
export const updateWorkspaceAction = defineAction(updateWorkspace);
export const createWorkspaceAction = defineAction(createWorkspace);
export const getWorkspaceAction = defineAction(getWorkspace);
export const acceptInvitationAction = defineAction(acceptInvitation);
export const listMembersAction = defineAction(listMembers);

export interface FormState {
  error?: string;
  fields?: Record<string, string[]>;
  /** What was typed, given back so a refused form keeps it. */
  values?: Record<string, string>;
}

const str = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : "");

/** The new-workspace form: the creator owns it, it becomes the current one, and its members page opens. */
export async function createWorkspaceFormAction(_prev: FormState | undefined, posted: FormData): Promise<FormState> {
  const form = formOf(posted);
  const name = str(form.get("name"));
  const result = await createWorkspaceAction({ name });
  if (!result.ok) return { error: result.error.message, fields: result.error.fields, values: { name } };
  await rememberWorkspace(result.data.id);
  redirect(`/workspaces/${result.data.id}/members`);
}

/**
 * The header's switcher: remember the chosen workspace (a default for lists and forms, never an
 * access check) and stay where the person was; on another workspace's own page, go to the same
 * page of the chosen one.
 */
export async function switchWorkspaceFormAction(posted: FormData): Promise<void> {
  const form = formOf(posted);
  const result = await getWorkspaceAction({ workspaceId: str(form.get("workspaceId")) });
  const back = safeReturnPath(form.get("returnTo"));
  if (!result.ok) redirect(back);
  await rememberWorkspace(result.data.id);
  revalidatePath("/", "layout");
  redirect(back.replace(/^\/workspaces\/[^/]+/, `/workspaces/${encodeURIComponent(result.data.id)}`));
}

/** "Join" on an invitation's page: the signed-in invitee joins, and lands in that workspace. */
export async function acceptInvitationFormAction(_prev: FormState | undefined, posted: FormData): Promise<FormState> {
  const form = formOf(posted);
  const result = await acceptInvitationAction({ token: str(form.get("token")) });
  if (!result.ok) return { error: result.error.message };
  await rememberWorkspace(result.data.workspaceId);
  redirect("/documents");
}
