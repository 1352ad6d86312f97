import type { Metadata } from "next";
import Link from "next/link";
import { StatusBar } from "@/components/claims/status-bar";
import { ReviewedShare } from "@/components/review/reviewed-share";
import { VerdictChart } from "@/components/review/verdict-chart";
import { WorkloadTable } from "@/components/review/workload-table";
import { DASHBOARD_SORT_LABEL, DASHBOARD_SORTS, type DashboardSort } from "@/lib/domain/dashboard";
import { VERDICT_LABEL, VERDICTS } from "@/lib/domain/vocabulary";
import { requirePageUser } from "@/lib/server/current-user";
import { getDashboard } from "@/lib/server/use-cases/get-dashboard";

export const metadata: Metadata = { title: "Dashboard" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ sort?: string | string[]; archived?: string | string[] }> }) {
  const params = await searchParams;
  const sort: DashboardSort = (DASHBOARD_SORTS as readonly string[]).includes(one(params.sort)) ? (one(params.sort) as DashboardSort) : "progress";
  const archived = one(params.archived) === "on";
  const user = await requirePageUser("/documents/dashboard");
  const workspaces = await getDashboard({ userId: user.id, includeArchived: archived, sort });
  return (
    <main className="mx-auto max-w-5xl px-6 py-8">
      <h1 className="text-2xl font-semibold">Dashboard</h1>
      <form className="mt-3 flex flex-wrap items-center gap-3 text-sm" action="/documents/dashboard">
        <label className="flex items-center gap-1">
          Order documents
          <select name="sort" defaultValue={sort} className="rounded-md border border-stone-300 px-2 py-1.5">
            {DASHBOARD_SORTS.map((s) => (
              <option key={s} value={s}>
                {DASHBOARD_SORT_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-1">
          <input type="checkbox" name="archived" defaultChecked={archived} />
          Show archived
        </label>
        <button type="submit" className="rounded-md border border-stone-300 px-3 py-1.5 font-medium hover:bg-stone-50">
          Apply
        </button>
      </form>
      {workspaces.map(({ workspace, totals, agreement, documents, workload }) => (
        <section key={workspace.id} className="mt-8 rounded-lg border border-stone-200 bg-white p-6" aria-labelledby={`dash-${workspace.id}`}>
          <h2 id={`dash-${workspace.id}`} className="text-lg font-semibold">
            {workspace.name}
          </h2>
          <p className="mt-1 text-sm text-stone-600" data-testid="verdict-totals">
            {VERDICTS.map((v) => `${VERDICT_LABEL[v]} ${totals[v] ?? 0}`).join(" · ")}
          </p>
          {agreement.doubleReviewed > 0 && (
            <p className="mt-1 text-sm text-stone-600" data-testid="dashboard-agreement">
              Reviewers agreed on {Math.round(agreement.percentAgreement ?? 0)}% of {agreement.doubleReviewed} double-reviewed claims · Cohen&apos;s κ{" "}
              {agreement.kappa === null ? "not defined (one verdict only)" : agreement.kappa.toFixed(2)}
            </p>
          )}
          {documents.length > 0 ? <VerdictChart rows={documents} /> : <p className="mt-4 text-stone-600">No documents yet.</p>}
          {/* Scrolls sideways inside its card on a narrow screen rather than widening the page. */}
          <div className="mt-4 overflow-x-auto">
            <table className="w-full min-w-[44rem] text-sm [&_td]:pr-3 [&_th]:pr-3" data-testid="dashboard-documents">
              <caption className="sr-only">Review progress and verdict counts per document</caption>
              <thead>
                <tr className="text-left text-stone-600">
                  <th scope="col" className="min-w-[14rem] py-1">
                    Document
                  </th>
                  <th scope="col" className="py-1">
                    Reviewed
                  </th>
                  <th scope="col" className="py-1">
                    Workflow
                  </th>
                  {VERDICTS.map((v) => (
                    <th key={v} scope="col" className="py-1 text-right">
                      {VERDICT_LABEL[v]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {documents.map((d) => (
                  <tr key={d.id} className="border-t border-stone-100">
                    <td className="py-1">
                      <Link href={`/documents/${d.id}`} className="text-blue-800 hover:underline">
                        {d.title}
                      </Link>
                      {d.archivedAt && <span className="ml-2 rounded bg-stone-200 px-1.5 text-xs text-stone-700">Archived</span>}
                    </td>
                    <td className="py-1">
                      <ReviewedShare percent={d.percentReviewed} reviewed={d.reviewed} claims={d.claims} />
                    </td>
                    <td className="py-1">
                      <StatusBar counts={d.statuses} />
                    </td>
                    {VERDICTS.map((v) => (
                      <td key={v} className="py-1 text-right tabular-nums">
                        {d.verdicts[v] ?? 0}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3 className="mt-6 text-sm font-semibold uppercase tracking-wide text-stone-500">Reviewer workload</h3>
          <WorkloadTable rows={workload} workspaceName={workspace.name} />
        </section>
      ))}
    </main>
  );
}
