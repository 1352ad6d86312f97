import "server-only";
import type { Verdict } from "@/lib/domain/vocabulary";
import { listDocuments } from "./list-documents";

/** Verdict counts per document and per workspace, for the dashboard chart. */
export async function getDashboard({ userId }: { userId: string }) {
  const workspaces = await listDocuments({ userId });
  return workspaces.map(({ workspace, documents }) => {
    const totals: Partial<Record<Verdict, number>> = {};
    for (const d of documents) for (const [v, n] of Object.entries(d.verdicts) as [Verdict, number][]) totals[v] = (totals[v] ?? 0) + n;
    return { workspace, totals, documents: documents.map((d) => ({ id: d.id, title: d.title, verdicts: d.verdicts })) };
  });
}
