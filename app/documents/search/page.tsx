import type { Metadata } from "next";
import Link from "next/link";
import { AppError } from "@/lib/domain/errors";
import type { SearchHitView } from "@/lib/domain/views";
import { VERDICT_LABEL } from "@/lib/domain/vocabulary";
import { requirePageUser } from "@/lib/server/current-user";
import { searchWorkspace } from "@/lib/server/use-cases/search-workspace";

export const metadata: Metadata = { title: "Search" };

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const q = ((await searchParams).q ?? "").toString();
  const user = await requirePageUser(`/documents/search?q=${encodeURIComponent(q)}`);
  let hits: SearchHitView[] = [];
  let problem: string | null = null;
  try {
    hits = await searchWorkspace({ userId: user.id, input: { q } });
  } catch (e) {
    if (!(e instanceof AppError) && !(e instanceof Error && e.name === "ZodError")) throw e;
    problem = q ? "Type at least two letters or digits to search." : null;
  }
  return (
    <main className="mx-auto max-w-4xl px-6 py-8">
      <h1 className="text-2xl font-semibold">Search</h1>
      <form className="mt-4 flex gap-2" role="search">
        <label htmlFor="search-q" className="sr-only">
          Search documents and claims
        </label>
        <input
          id="search-q"
          name="q"
          defaultValue={q}
          type="search"
          className="flex-1 rounded-md border border-stone-300 px-3 py-2"
          placeholder="Words from a claim or a title"
        />
        <button type="submit" className="rounded-md bg-blue-700 px-4 py-2 text-sm font-semibold text-white">
          Search
        </button>
      </form>
      {problem && (
        <p className="mt-4 text-stone-600" data-testid="search-problem">
          {problem}
        </p>
      )}
      {q && !problem && (
        <p className="mt-4 text-sm text-stone-600" data-testid="search-count">
          {hits.length} result{hits.length === 1 ? "" : "s"} for “{q}”
        </p>
      )}
      <ul className="mt-3 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" data-testid="search-results">
        {hits.map((h) => (
          <li key={`${h.kind}:${h.unitId ?? h.documentId}`} className="px-4 py-3">
            <Link href={h.unitId ? `/documents/${h.documentId}?unit=${h.unitId}` : `/documents/${h.documentId}`} className="text-blue-800 hover:underline">
              {h.kind === "document" ? h.documentTitle : `“${h.text.length > 240 ? `${h.text.slice(0, 239)}…` : h.text}”`}
            </Link>
            <p className="text-xs text-stone-600">
              {h.kind === "document" ? "Document" : `Claim in ${h.documentTitle} · ${VERDICT_LABEL[h.verdict ?? "UNREVIEWED"]}`}
            </p>
          </li>
        ))}
      </ul>
    </main>
  );
}
