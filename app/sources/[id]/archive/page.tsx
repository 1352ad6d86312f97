import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/server/current-user";
import { describeError } from "@/lib/server/errors";
import { getSourceArchive } from "@/lib/server/use-cases/archive-source";

export const metadata: Metadata = { title: "Archived source" };

/** The archived copy of a source: what its page said when it was fetched, with the hash of the bytes. Rendered as text. */
export default async function SourceArchivePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/sources/${id}/archive`);
  const copy = await getSourceArchive({ userId: user.id, input: { sourceId: id } }).catch((e: unknown) => {
    if (describeError(e).status === 404 || describeError(e).status === 400) notFound();
    throw e;
  });
  return (
    <main className="mx-auto max-w-3xl px-6 py-8">
      <h1 className="text-2xl font-semibold">Archived copy</h1>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" data-testid="archive-meta">
        <dt className="text-stone-500">Address</dt>
        <dd className="break-all">{copy.url}</dd>
        {copy.finalUrl && copy.finalUrl !== copy.url && (
          <>
            <dt className="text-stone-500">Fetched from</dt>
            <dd className="break-all">{copy.finalUrl}</dd>
          </>
        )}
        <dt className="text-stone-500">Fetched</dt>
        <dd>{copy.archivedAt}</dd>
        <dt className="text-stone-500">Type</dt>
        <dd>{copy.contentType}</dd>
        <dt className="text-stone-500">SHA-256 of the bytes</dt>
        <dd className="font-mono text-xs break-all" data-testid="archive-sha256">
          {copy.sha256}
        </dd>
      </dl>
      <pre className="mt-6 font-serif text-sm whitespace-pre-wrap" data-testid="archive-text">
        {copy.text}
      </pre>
    </main>
  );
}
