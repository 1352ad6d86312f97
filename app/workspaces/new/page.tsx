import type { Metadata } from "next";
import { CreateWorkspaceForm } from "@/components/team/create-workspace-form";
import { requirePageUser } from "@/lib/server/current-user";

export const metadata: Metadata = { title: "New workspace" };

export default async function NewWorkspacePage() {
  await requirePageUser("/workspaces/new");
  return (
    <main className="mx-auto max-w-xl px-6 py-8">
      <h1 className="text-2xl font-semibold">New workspace</h1>
      <p className="mt-2 text-sm text-stone-600">A workspace holds documents, sources and a team. You will own it and can invite people next.</p>
      <div className="mt-6 rounded-lg border border-stone-200 bg-white p-6">
        <CreateWorkspaceForm />
      </div>
    </main>
  );
}
