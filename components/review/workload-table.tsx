import type { ReviewerWorkloadView } from "@/lib/domain/views";

/** Each reviewer's assigned claims, open and done (the busiest first). */
export function WorkloadTable({ rows, workspaceName }: { rows: ReviewerWorkloadView[]; workspaceName: string }) {
  if (rows.length === 0) return <p className="mt-2 text-sm text-stone-600">No one in this workspace reviews claims yet.</p>;
  return (
    <table className="mt-2 w-full max-w-lg text-sm" data-testid="workload">
      <caption className="sr-only">Reviewer workload in {workspaceName}</caption>
      <thead>
        <tr className="text-left text-stone-600">
          <th scope="col" className="py-1">
            Reviewer
          </th>
          <th scope="col" className="py-1 text-right">
            Assigned, open
          </th>
          <th scope="col" className="py-1 text-right">
            Done
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.userId} className="border-t border-stone-100">
            <th scope="row" className="py-1 text-left font-normal">
              {r.name}
            </th>
            <td className="py-1 text-right tabular-nums">{r.open}</td>
            <td className="py-1 text-right tabular-nums">{r.done}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
