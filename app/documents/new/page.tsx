import type { Metadata } from "next";
import { FileUrlImport } from "@/components/interchange/file-url-import";
import { RecentImports } from "@/components/interchange/recent-imports";
import { ImportForm } from "@/components/review/import-form";
import { requirePageUser } from "@/lib/server/current-user";
import { currentFirst, rememberedWorkspaceId } from "@/lib/server/current-workspace";
import { listJobs } from "@/lib/server/use-cases/get-job";
import { listWorkspaces } from "@/lib/server/use-cases/list-workspaces";
import { MAX_DOCUMENT_BYTES } from "@/lib/validation/limits";

export const metadata: Metadata = { title: "Import an article" };

export default async function NewDocumentPage({ searchParams }: { searchParams: Promise<{ job?: string | string[] }> }) {
  const user = await requirePageUser("/documents/new");
  // The current workspace first, so both forms propose it: a default, the import still checks the role.
  const workspaces = currentFirst(await listWorkspaces({ userId: user.id, permission: "document.create" }), await rememberedWorkspaceId());
  const jobs = (await Promise.all(workspaces.map((w) => listJobs({ userId: user.id, input: { workspaceId: w.id } }))))
    .flat()
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const { job } = await searchParams;
  return (
    <main className="mx-auto max-w-3xl px-6 py-8">
      <h1 className="text-2xl font-semibold">Import an article</h1>
      <p className="mt-2 text-sm text-stone-600">Warrant splits the text into claims, each anchored to its exact words, so you can review them one by one.</p>
      <RecentImports jobs={jobs} current={typeof job === "string" ? job : undefined} />
      <div className="mt-6 rounded-lg border border-stone-200 bg-white p-6">
        {workspaces.length === 0 ? (
          <p>Your role does not allow importing documents in any workspace.</p>
        ) : (
          <ImportForm workspaces={workspaces} maxMegabytes={MAX_DOCUMENT_BYTES / 1024 / 1024} />
        )}
      </div>
      {workspaces.length > 0 && (
        <section className="mt-6 rounded-lg border border-stone-200 bg-white p-6">
          <h2 className="mb-4 font-semibold">Import from a URL or a file</h2>
          <FileUrlImport workspaces={workspaces} />
        </section>
      )}
    </main>
  );
}
