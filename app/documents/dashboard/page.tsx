import type { Metadata } from "next";
import Link from "next/link";
import { StatusBar } from "@/components/claims/status-bar";
import { VerdictChart } from "@/components/review/verdict-chart";
import { VERDICT_LABEL, VERDICTS } from "@/lib/domain/vocabulary";
import { requirePageUser } from "@/lib/server/current-user";
import { getDashboard } from "@/lib/server/use-cases/get-dashboard";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requirePageUser("/documents/dashboard");
  const workspaces = await getDashboard({ userId: user.id });
  return (
    <main className="mx-auto max-w-5xl px-6 py-8">
      <h1 className="text-2xl font-semibold">Dashboard</h1>
      {workspaces.map(({ workspace, totals, agreement, documents }) => (
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
          <table className="mt-4 w-full text-sm">
            <caption className="sr-only">Verdict counts per document</caption>
            <thead>
              <tr className="text-left text-stone-600">
                <th scope="col" className="py-1">
                  Document
                </th>
                <th scope="col" className="py-1">
                  Progress
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
        </section>
      ))}
    </main>
  );
}
