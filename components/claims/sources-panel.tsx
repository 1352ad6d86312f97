"use client";
import { useEffect, useState } from "react";
import { attachSourceAction, detachSourceAction, searchSourcesAction } from "@/app/documents/[id]/actions";
import { FormError } from "@/components/ui/field";
import type { EvidenceView, SourceSuggestionView } from "@/lib/domain/views";
import { STANCE_LABEL, STANCES, type Stance } from "@/lib/domain/vocabulary";

type Found = SourceSuggestionView;
type SourceForm = { url: string; title: string; publisher: string; publishedAt: string; accessedAt: string; excerpt: string; stance: Stance };
const EMPTY: SourceForm = { url: "", title: "", publisher: "", publishedAt: "", accessedAt: "", excerpt: "", stance: "SUPPORTS" };
const input = "mt-1 block w-full rounded-md border border-stone-300 px-2 py-1 text-sm";
const STANCE_BADGE: Record<Stance, string> = { SUPPORTS: "bg-green-100 text-green-800", REFUTES: "bg-red-100 text-red-800", CONTEXT: "bg-stone-100" };

/** A unit's sources, and the form to attach one: typing a URL or title offers the workspace's. */
export function SourcesPanel({
  unitId,
  sources,
  canAttach,
  onChanged,
}: {
  unitId: string;
  sources: EvidenceView[];
  canAttach: boolean;
  onChanged: () => void;
}) {
  const [form, setForm] = useState(EMPTY);
  const [picked, setPicked] = useState<Found | null>(null);
  const [found, setFound] = useState<Found[]>([]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const query = form.url || form.title;

  // An archived copy is being made in the background: look again shortly.
  const archiving = sources.some((s) => s.source.archive?.state === "queued");
  useEffect(() => {
    if (!archiving) return;
    const t = setTimeout(onChanged, 3000);
    return () => clearTimeout(t);
  }, [archiving, onChanged, sources]);

  const searching = !picked && query.trim().length >= 2;
  useEffect(() => {
    if (!searching) return;
    const t = setTimeout(async () => {
      const r = await searchSourcesAction({ unitId, q: query });
      if (r.ok) setFound(r.data.filter((s) => !sources.some((x) => x.sourceId === s.id)));
    }, 200);
    return () => clearTimeout(t);
  }, [query, unitId, searching, sources]);

  async function submit() {
    setBusy(true);
    const r = await attachSourceAction(picked ? { unitId, sourceId: picked.id, stance: form.stance, excerpt: form.excerpt } : { unitId, ...form });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    setForm(EMPTY);
    setPicked(null);
    setError(undefined);
    onChanged();
  }

  const set = (k: Exclude<keyof SourceForm, "stance">) => ({
    value: form[k],
    onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value })),
  });
  return (
    <section aria-label="Sources" className="text-sm">
      <h3 className="font-medium">Sources ({sources.length})</h3>
      <ul className="mt-1 space-y-2" data-testid="sources">
        {sources.map((s) => (
          <li key={s.sourceId} className="rounded border border-stone-200 p-2">
            <span className={`mr-1 rounded px-1 text-xs ${STANCE_BADGE[s.stance]}`}>{STANCE_LABEL[s.stance].short}</span>
            {s.source.url ? (
              <a href={s.source.url} target="_blank" rel="noopener noreferrer" className="text-blue-800 underline">
                {s.source.title}
              </a>
            ) : (
              s.source.title
            )}
            <span className="text-xs text-stone-500">
              {[
                s.source.publisher,
                s.source.publishedAt && `published ${s.source.publishedAt}`,
                s.source.accessedAt && `accessed ${s.source.accessedAt.slice(0, 10)}`,
              ]
                .filter(Boolean)
                .map((x) => ` · ${x}`)}
            </span>
            {s.source.archive && <ArchiveLine sourceId={s.sourceId} archive={s.source.archive} canRetry={canAttach} onChanged={onChanged} />}
            {s.excerpt && <blockquote className="mt-1 border-l-2 border-stone-300 pl-2 text-stone-700">{s.excerpt}</blockquote>}
            {canAttach && (
              <button
                type="button"
                className="ml-2 text-xs text-stone-500 underline"
                onClick={async () => (await detachSourceAction({ unitId, sourceId: s.sourceId })).ok && onChanged()}
              >
                remove
              </button>
            )}
          </li>
        ))}
      </ul>
      {canAttach && (
        <details className="mt-2">
          <summary className="cursor-pointer text-blue-800">Attach a source</summary>
          <form
            className="mt-2 space-y-2"
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            {picked ? (
              <p data-testid="picked-source">
                Reusing <strong>{picked.title}</strong>{" "}
                <button type="button" className="text-xs underline" onClick={() => setPicked(null)}>
                  change
                </button>
              </p>
            ) : (
              <>
                <label className="block">
                  URL
                  <input className={input} type="url" placeholder="https://…" {...set("url")} />
                </label>
                <label className="block">
                  Title
                  <input className={input} {...set("title")} />
                </label>
                {searching && found.length > 0 && (
                  <ul className="rounded border border-blue-200 bg-blue-50 p-1" aria-label="Existing sources">
                    {found.map((s) => (
                      <li key={s.id}>
                        <button type="button" className="w-full rounded px-1 text-left hover:bg-blue-100" onClick={() => setPicked(s)}>
                          Use “{s.title}” {s.url && <span className="text-xs text-stone-500">{s.url}</span>}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
                <div className="grid grid-cols-2 gap-2">
                  <label className="block">
                    Publisher
                    <input className={input} {...set("publisher")} />
                  </label>
                  <label className="block">
                    Published
                    <input className={input} type="date" {...set("publishedAt")} />
                  </label>
                  <label className="block">
                    Accessed
                    <input className={input} type="date" {...set("accessedAt")} />
                  </label>
                </div>
              </>
            )}
            <label className="block">
              Stance
              <select className={input} value={form.stance} onChange={(e) => setForm((f) => ({ ...f, stance: e.target.value as Stance }))}>
                {STANCES.map((s) => (
                  <option key={s} value={s}>
                    {STANCE_LABEL[s].choice}
                  </option>
                ))}
              </select>
            </label>
            <label className="block">
              Excerpt that matters
              <textarea className={input} rows={2} {...set("excerpt")} />
            </label>
            <FormError message={error} />
            <button type="submit" disabled={busy} className="rounded-md bg-stone-800 px-3 py-1 text-white disabled:opacity-50">
              Attach source
            </button>
          </form>
        </details>
      )}
    </section>
  );
}

/** Where the source's archived copy stands: being made, made (a link, the fetch date and hash), or failed (why, and a retry). */
function ArchiveLine({
  sourceId,
  archive,
  canRetry,
  onChanged,
}: {
  sourceId: string;
  archive: NonNullable<EvidenceView["source"]["archive"]>;
  canRetry: boolean;
  onChanged: () => void;
}) {
  const [error, setError] = useState<string>();
  async function retry() {
    const res = await fetch(`/api/v1/sources/${encodeURIComponent(sourceId)}/archive`, { method: "POST" });
    if (res.status === 202) return onChanged();
    setError(((await res.json().catch(() => null)) as { error?: { message?: string } } | null)?.error?.message ?? `The copy could not start (${res.status}).`);
  }
  return (
    <p className="mt-1 text-xs" data-testid="source-archive" data-state={archive.state}>
      {archive.state === "queued" && <span className="text-stone-500">Archiving a copy…</span>}
      {archive.state === "done" && (
        <>
          <a href={`/sources/${encodeURIComponent(sourceId)}/archive`} className="text-blue-800 underline">
            Archived copy
          </a>
          <span className="text-stone-500">
            {archive.archivedAt && ` · fetched ${archive.archivedAt.slice(0, 16).replace("T", " ")}`}
            {archive.sha256 && ` · SHA-256 ${archive.sha256.slice(0, 12)}…`}
          </span>
        </>
      )}
      {archive.state === "failed" && (
        <span className="text-red-700">
          The copy failed: {archive.error ?? "the page could not be fetched."}
          {canRetry && (
            <button type="button" className="ml-2 underline" onClick={retry}>
              Try again
            </button>
          )}
        </span>
      )}
      {error && <span className="ml-2 text-red-700">{error}</span>}
    </p>
  );
}
