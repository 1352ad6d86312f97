import type { Metadata } from "next";
import Link from "next/link";
import { StatusBar } from "@/components/claims/status-bar";
import { VerdictBar } from "@/components/claims/verdict-bar";
import { DocumentAdmin } from "@/components/documents/document-admin";
import { can } from "@/lib/domain/policy";
import { requirePageUser } from "@/lib/server/current-user";
import { currentFirst, rememberedWorkspaceId } from "@/lib/server/current-workspace";
import { listDocuments } from "@/lib/server/use-cases/list-documents";

export const metadata: Metadata = { title: "Documents" };

export default async function DocumentsPage({ searchParams }: { searchParams: Promise<{ archived?: string | string[] }> }) {
  const showArchived = (await searchParams).archived === "on";
  const user = await requirePageUser("/documents");
  // The current workspace (header switcher) first: a default order, not an access rule.
  const workspaces = currentFirst(
    await listDocuments({ userId: user.id, includeArchived: showArchived }),
    await rememberedWorkspaceId(),
    (w) => w.workspace.id,
  );
  return (
    <main className="mx-auto max-w-5xl px-6 py-8">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Documents</h1>
        <Link href="/documents/new" className="rounded-md bg-blue-700 px-4 py-2 text-sm font-semibold text-white hover:bg-blue-800">
          Import an article
        </Link>
      </div>
      <form className="mt-3 flex items-center gap-2 text-sm" action="/documents">
        <label className="flex items-center gap-1">
          <input type="checkbox" name="archived" defaultChecked={showArchived} />
          Show archived documents
        </label>
        <button type="submit" className="rounded-md border border-stone-300 px-2 py-1 hover:bg-stone-50">
          Apply
        </button>
      </form>
      {workspaces.map(({ workspace, documents, role }) => (
        <section key={workspace.id} className="mt-8" aria-labelledby={`ws-${workspace.id}`}>
          <div className="flex items-baseline justify-between gap-4">
            <h2 id={`ws-${workspace.id}`} className="text-sm font-semibold uppercase tracking-wide text-stone-500">
              {workspace.name} <span className="font-normal normal-case">· {role.toLowerCase()}</span>
            </h2>
            <span className="flex gap-3 text-sm">
              <Link href={`/workspaces/${workspace.id}/members`} className="text-blue-700 hover:underline">
                Members<span className="sr-only"> of {workspace.name}</span>
              </Link>
              <Link href={`/workspaces/${workspace.id}/activity`} className="text-blue-700 hover:underline">
                Activity<span className="sr-only"> of {workspace.name}</span>
              </Link>
            </span>
          </div>
          {documents.length === 0 ? (
            <p className="mt-3 text-stone-600">No documents yet. Import an article to start reviewing its claims.</p>
          ) : (
            <ul className="mt-3 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
              {documents.map((d) => {
                return (
                  <li key={d.id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:gap-4" data-testid="document-row">
                    <div className="min-w-0 sm:flex-1">
                      <Link href={`/documents/${d.id}`} className="font-medium text-blue-800 hover:underline">
                        {d.title}
                      </Link>
                      {d.archivedAt && <span className="ml-2 rounded bg-stone-200 px-1.5 text-xs text-stone-700">Archived</span>}
                      <p className="truncate text-xs text-stone-500">
                        {[d.author, d.publisher, d.publishedAt].filter(Boolean).join(" · ") || "No source details"}
                        {" · "}
                        {d.units} units
                      </p>
                    </div>
                    <div className="flex shrink-0 flex-col gap-1 sm:items-end">
                      <StatusBar counts={d.statuses} />
                      <VerdictBar counts={d.verdicts} />
                    </div>
                    {can(role, "document.archive") && can(role, "document.delete") && (
                      <DocumentAdmin documentId={d.id} title={d.title} archived={d.archivedAt !== null} units={d.units} />
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ))}
    </main>
  );
}
