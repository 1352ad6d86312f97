import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { WorkspaceActivity } from "@/components/team/workspace-activity";
import { AppHeader } from "@/components/ui/app-header";
import { requirePageUser } from "@/lib/server/current-user";
import { orNotFound } from "@/lib/server/pages";
import { listMembers } from "@/lib/server/use-cases/list-members";
import { listWorkspaceActivity } from "@/lib/server/use-cases/list-workspace-activity";
import { listWorkspaces } from "@/lib/server/use-cases/list-workspaces";

export const metadata: Metadata = { title: "Activity" };

export default async function WorkspaceActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/workspaces/${encodeURIComponent(id)}/activity`);
  const workspace = (await listWorkspaces({ userId: user.id, permission: "workspace.read" })).find((w) => w.id === id);
  if (!workspace) notFound();
  const [initial, members] = await Promise.all([
    orNotFound(listWorkspaceActivity({ userId: user.id, input: { workspaceId: id } })),
    orNotFound(listMembers({ userId: user.id, input: { workspaceId: id } })),
  ]);
  return (
    <>
      <AppHeader user={user} />
      <main className="mx-auto max-w-4xl space-y-4 px-6 py-8">
        <div>
          <p className="text-sm uppercase tracking-wide text-stone-500">{workspace.name}</p>
          <h1 className="text-2xl font-semibold">Activity</h1>
          <p className="mt-1 text-sm text-stone-600">
            Who did what in this workspace, newest first: verdicts, assignments, comments, sources, edits and members.
          </p>
        </div>
        <WorkspaceActivity workspaceId={id} initial={initial} members={members.map((m) => ({ id: m.user.id, name: m.user.name }))} />
      </main>
    </>
  );
}
