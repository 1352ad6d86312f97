// Shapes sent to the browser and the REST API (plain JSON: dates as ISO strings).
import type { Origin, RelationType, ReviewStatus, UnitKind, Verdict } from "./vocabulary";

export interface UnitView {
  id: string;
  documentId: string;
  kind: UnitKind;
  start: number;
  end: number;
  /** The exact words of the original text. */
  exact: string;
  /** Normalised wording of what is checked; null means the exact words. */
  text: string | null;
  speaker: { name: string; start: number | null; end: number | null } | null;
  origin: Origin;
  signals: string[];
  checkworthy: number;
  opinion: number;
  verdict: Verdict;
  rationale: string | null;
  status: ReviewStatus;
  assigneeId: string | null;
  version: number;
  updatedAt: string;
  /** Evidence links and open (unresolved) comments on the unit. */
  sourceCount: number;
  openComments: number;
  /** The analyser's suggestion (never applied without a person). */
  suggestedVerdict: Verdict | null;
}

export interface RelationView {
  id: string;
  fromId: string;
  toId: string;
  type: RelationType;
  origin: Origin;
  signals: string[];
}

export interface QuoteView {
  start: number;
  end: number;
  text: string;
  kind: "speech" | "title" | "scare";
  speaker: { name: string; start: number; end: number } | null;
  signals: string[];
}

export interface DocumentView {
  id: string;
  workspace: { id: string; name: string; slug: string };
  title: string;
  author: string | null;
  publisher: string | null;
  sourceUrl: string | null;
  publishedAt: string | null;
  language: string;
  text: string;
  textSha256: string;
  createdAt: string;
  units: UnitView[];
  relations: RelationView[];
  /** Quotations found by the analyser (who said what), in text order. */
  quotes: QuoteView[];
}
