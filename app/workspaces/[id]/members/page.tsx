import type { Metadata } from "next";
import { InviteForm } from "@/components/team/invite-form";
import { MembersTable } from "@/components/team/members-table";
import { PendingInvitations } from "@/components/team/pending-invitations";
import { WorkspaceSettingsForm } from "@/components/team/workspace-settings-form";
import { can } from "@/lib/domain/policy";
import { ROLE_LABEL } from "@/lib/domain/vocabulary";
import { requirePageUser } from "@/lib/server/current-user";
import { orNotFound } from "@/lib/server/pages";
import { getWorkspace } from "@/lib/server/use-cases/get-workspace";
import { listInvitations } from "@/lib/server/use-cases/list-invitations";
import { listMembers } from "@/lib/server/use-cases/list-members";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/workspaces/${encodeURIComponent(id)}/members`);
  const workspace = await orNotFound(getWorkspace({ userId: user.id, input: { workspaceId: id } }));
  const members = await listMembers({ userId: user.id, input: { workspaceId: id } });
  const mayInvite = can(workspace.role, "member.invite");
  const invitations = mayInvite ? await listInvitations({ userId: user.id, input: { workspaceId: id } }) : [];
  return (
    <main className="mx-auto max-w-5xl px-6 py-8">
      <h1 className="text-2xl font-semibold" data-testid="workspace-name">
        {workspace.name}
      </h1>
      <p className="mt-1 text-sm text-stone-600">
        Your role: <span data-testid="my-role">{ROLE_LABEL[workspace.role]}</span>
      </p>

      <section aria-labelledby="members-heading" className="mt-8 rounded-lg border border-stone-200 bg-white p-6">
        <h2 id="members-heading" className="font-semibold">
          Members
        </h2>
        <p className="mt-1 text-xs text-stone-500">
          Open assignments: claims assigned to the member (first or second reviewer) that are open, in review or need adjudication.
        </p>
        <MembersTable workspaceId={id} members={members} meId={user.id} manage={can(workspace.role, "member.manage")} />
      </section>

      {mayInvite && (
        <section aria-labelledby="invite-heading" className="mt-6 rounded-lg border border-stone-200 bg-white p-6">
          <h2 id="invite-heading" className="mb-1 font-semibold">
            Invite someone
          </h2>
          <p className="mb-4 text-sm text-stone-600">
            An invitation is a one-time link for one email address, valid for 7 days. The person opens it, signs in or creates an account with that address, and
            joins with the role you chose.
          </p>
          <InviteForm workspaceId={id} />
          <PendingInvitations invitations={invitations} />
        </section>
      )}

      <section aria-labelledby="settings-heading" className="mt-6 rounded-lg border border-stone-200 bg-white p-6">
        <h2 id="settings-heading" className="mb-4 font-semibold">
          Settings
        </h2>
        {can(workspace.role, "workspace.manage") ? (
          <WorkspaceSettingsForm workspace={workspace} />
        ) : (
          <p className="text-sm text-stone-700" data-testid="assigned-only">
            Reviewers work only on claims assigned to them: <strong>{workspace.assignedOnly ? "on" : "off"}</strong>. Owners change the settings.
          </p>
        )}
      </section>
    </main>
  );
}
