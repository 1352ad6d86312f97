import Link from "next/link";
import type { SearchHitView, SimilarHitView } from "@/lib/domain/views";
import { UNIT_KIND_LABEL, VERDICT_LABEL } from "@/lib/domain/vocabulary";
import { HighlightedText } from "./highlighted-text";

const hrefOf = (h: { documentId: string; unitId: string | null }) => (h.unitId ? `/documents/${h.documentId}?unit=${h.unitId}` : `/documents/${h.documentId}`);

/** A unit's words go in quotation marks, unless they open with one of their own (a quotation unit): no ““. */
const quoted = (h: SearchHitView) => h.kind === "unit" && !/^[\p{Pi}"'„‚「『]/u.test(h.snippet);

/** One page of results; near-duplicates under a native, keyboard-reachable disclosure. */
export function SearchResults({ results }: { results: SearchHitView[] }) {
  return (
    <ul className="mt-3 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" data-testid="search-results">
      {results.map((h) => (
        <li key={`${h.kind}:${h.unitId ?? h.documentId}`} className="px-4 py-3" data-testid="search-result">
          <Link href={hrefOf(h)} className="text-blue-800 hover:underline">
            {quoted(h) && "“"}
            <HighlightedText text={h.snippet} ranges={h.highlights} />
            {quoted(h) && "”"}
          </Link>
          <p className="text-xs text-stone-600">
            {h.kind === "document"
              ? "Document"
              : `${UNIT_KIND_LABEL[h.unitKind ?? "CLAIM"]} in ${h.documentTitle} · ${VERDICT_LABEL[h.verdict ?? "UNREVIEWED"]}`}
          </p>
          {h.similarCount > 0 && <Similar hit={h} />}
        </li>
      ))}
    </ul>
  );
}

function Similar({ hit }: { hit: SearchHitView }) {
  return (
    <details className="mt-1 text-sm" data-testid="search-similar">
      <summary className="cursor-pointer text-stone-700">
        +{hit.similarCount} similar
        <span className="sr-only"> {hit.kind === "document" ? "documents" : "units with the same words"}</span>
      </summary>
      <ul className="ml-4 mt-1 list-disc">
        {hit.similar.map((s: SimilarHitView) => (
          <li key={s.unitId ?? s.documentId}>
            <Link href={hrefOf(s)} className="text-blue-800 underline hover:no-underline">
              {s.documentTitle}
            </Link>
            {s.verdict && <span className="text-stone-600"> · {VERDICT_LABEL[s.verdict]}</span>}
          </li>
        ))}
        {hit.similarCount > hit.similar.length && <li className="text-stone-600">and {hit.similarCount - hit.similar.length} more</li>}
      </ul>
    </details>
  );
}
