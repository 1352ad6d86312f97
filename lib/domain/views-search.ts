// Views of search results (the search page). Part of lib/domain/views.ts, which re-exports them.
import type { UnitKind, Verdict } from "./vocabulary";

/** Another unit with the same words (normalised), collapsed under a search result. */
export interface SimilarHitView {
  documentId: string;
  documentTitle: string;
  unitId: string | null;
  verdict: Verdict | null;
}

export interface SearchHitView {
  kind: "document" | "unit";
  documentId: string;
  documentTitle: string;
  unitId: string | null;
  /** The unit's kind (CLAIM, PREMISE ...); null for a document title. */
  unitKind: UnitKind | null;
  text: string;
  verdict: Verdict | null;
  rank: number;
  /** `text`, or a window of it around the first match ("…" marks a cut). */
  snippet: string;
  /** Matched words in `snippet`: [start, end) offsets, sorted, not overlapping. */
  highlights: [number, number][];
  /** How many near-duplicates (same words in other units) were collapsed into this result. */
  similarCount: number;
  /** Those near-duplicates (at most 50). */
  similar: SimilarHitView[];
}

/** One page of search results; `total` counts results (duplicates collapsed) on every page. */
export interface SearchPageView {
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  results: SearchHitView[];
}
