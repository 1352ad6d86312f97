import type { Metadata } from "next";
import Link from "next/link";
import { SearchResults } from "@/components/search/search-results";
import { AppError } from "@/lib/domain/errors";
import type { SearchPageView } from "@/lib/domain/views";
import { UNIT_KIND_LABEL, UNIT_KINDS, VERDICT_LABEL, VERDICTS } from "@/lib/domain/vocabulary";
import { requirePageUser } from "@/lib/server/current-user";
import { listDocuments } from "@/lib/server/use-cases/list-documents";
import { searchWorkspace } from "@/lib/server/use-cases/search-workspace";

export const metadata: Metadata = { title: "Search" };

type Params = Partial<Record<"q" | "page" | "document" | "verdict" | "kind" | "archived", string | string[]>>;
const FIELD = "rounded-md border border-stone-300 px-2 py-1.5 text-sm";

export default async function SearchPage({ searchParams }: { searchParams: Promise<Params> }) {
  const raw = await searchParams;
  const param = (k: keyof Params) => {
    const v = raw[k];
    return (Array.isArray(v) ? v[0] : v) ?? "";
  };
  const filters = { document: param("document"), verdict: param("verdict"), kind: param("kind"), archived: param("archived") };
  const q = param("q");
  // The URL of a page of these results: the query and the filters that are set, so links keep them.
  const here = (page: number) =>
    `/documents/search?${new URLSearchParams(Object.entries({ q, ...filters, page: page > 1 ? String(page) : "" }).filter(([, v]) => v))}`;
  const user = await requirePageUser(here(Number(param("page")) || 1));
  let found: SearchPageView | null = null;
  let problem: string | null = null;
  try {
    if (q) found = await searchWorkspace({ userId: user.id, input: { q, page: param("page") || undefined, ...filters } });
  } catch (e) {
    if (!(e instanceof AppError) && !(e instanceof Error && e.name === "ZodError")) throw e;
    problem =
      q.replace(/[^\p{L}\p{N}]/gu, "").length < 2 ? "Type at least two letters or digits to search." : "Those filters are not valid; pick them again below.";
  }
  const documents = (await listDocuments({ userId: user.id, includeArchived: filters.archived === "on" })).flatMap((w) => w.documents);
  return (
    <main className="mx-auto max-w-4xl px-6 py-8">
      <h1 className="text-2xl font-semibold">Search</h1>
      <form className="mt-4 flex flex-wrap items-end gap-2" role="search" action="/documents/search">
        <label htmlFor="search-q" className="sr-only">
          Search documents and claims
        </label>
        <input
          id="search-q"
          name="q"
          defaultValue={q}
          type="search"
          className="min-w-60 flex-1 rounded-md border border-stone-300 px-3 py-2"
          placeholder="Words from a claim or a title"
        />
        <button type="submit" className="rounded-md bg-blue-700 px-4 py-2 text-sm font-semibold text-white">
          Search
        </button>
        <div className="flex w-full flex-wrap items-center gap-3 text-sm">
          <FilterSelect label="Document" name="document" value={filters.document} any="Any document" options={documents.map((d) => [d.id, d.title])} />
          <FilterSelect label="Verdict" name="verdict" value={filters.verdict} any="Any verdict" options={VERDICTS.map((v) => [v, VERDICT_LABEL[v]])} />
          <FilterSelect label="Kind" name="kind" value={filters.kind} any="Any kind" options={UNIT_KINDS.map((k) => [k, UNIT_KIND_LABEL[k]])} />
          <label className="flex items-center gap-1">
            <input type="checkbox" name="archived" defaultChecked={filters.archived === "on"} />
            Show archived
          </label>
        </div>
      </form>
      {problem && (
        <p className="mt-4 text-stone-600" data-testid="search-problem">
          {problem}
        </p>
      )}
      {found && (
        <>
          <p className="mt-4 text-sm text-stone-600" data-testid="search-count" aria-live="polite">
            {found.total} result{found.total === 1 ? "" : "s"} for “{q}”{found.pageCount > 1 && ` · page ${found.page} of ${found.pageCount}`}
          </p>
          <SearchResults results={found.results} />
          {found.page > found.pageCount && found.total > 0 && <p className="mt-2 text-stone-600">No results on this page.</p>}
          {found.pageCount > 1 && (
            <nav aria-label="Result pages" className="mt-4 flex items-center justify-between text-sm" data-testid="search-pages">
              {found.page > 1 ? (
                <Link href={here(Math.min(found.page - 1, found.pageCount))} rel="prev" className="text-blue-700 hover:underline">
                  ← Previous page
                </Link>
              ) : (
                <span />
              )}
              {found.page < found.pageCount && (
                <Link href={here(found.page + 1)} rel="next" className="text-blue-700 hover:underline">
                  Next page →
                </Link>
              )}
            </nav>
          )}
        </>
      )}
    </main>
  );
}

/** One filter of the search form: "any" (no filter) or one of the options. */
function FilterSelect({ label, name, value, any, options }: { label: string; name: string; value: string; any: string; options: [string, string][] }) {
  return (
    <label className="flex min-w-0 max-w-full items-center gap-1">
      {label}
      {/* A long document title must not widen the page on a narrow screen. */}
      <select name={name} defaultValue={value} className={`${FIELD} min-w-0 max-w-full`}>
        <option value="">{any}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
