// The analyser's output. Stable interface: documented in docs/analysis.md and printed by
// `npm run -s analyze`. Offsets are JavaScript string indices into the input, end exclusive.

import type { RelationType, UnitKind } from "@/lib/domain/vocabulary";

// The analyser proposes units and relations in the app's own vocabulary.
export type { RelationType, UnitKind };
export type QuoteKind = "speech" | "title" | "scare";

export interface Span {
  start: number;
  end: number;
}

export interface Speaker extends Span {
  /** The speaker's name as written in the text. */
  name: string;
}

export interface Quote extends Span {
  /** The quotation without its quote marks. */
  text: string;
  kind: QuoteKind;
  speaker: Speaker | null;
  signals: string[];
}

export interface AnalysedUnit extends Span {
  /** Stable within one analysis: "u1", "u2", ... in text order. */
  id: string;
  kind: UnitKind;
  text: string;
  /** 0..1: how much checkable content the unit holds. */
  checkworthy: number;
  /** 0..1: how much evaluative language; high values suggest the OPINION verdict. */
  opinion: number;
  signals: string[];
  speaker?: Speaker | null;
  /** Set when the opinion score is high: a suggestion for reviewers, never a verdict. */
  suggestedVerdict?: "OPINION";
}

export interface AnalysedRelation {
  from: string;
  to: string;
  type: RelationType;
  signals: string[];
}

/** A cited document or a dated event: "the “Treaty on …”, signed on June 19". */
export interface Citation extends Span {
  kind: "document" | "event";
  /** As written; for a quoted title, the title without its quote marks. */
  name: string;
  /** The date given with it in the same sentence, if any. */
  date: (Span & { text: string }) | null;
  signals: string[];
}

export interface DocumentAnalysis {
  language: string;
  paragraphs: Span[];
  sentences: Span[];
  quotes: Quote[];
  units: AnalysedUnit[];
  relations: AnalysedRelation[];
  /** Added after the first version; optional so older consumers and fixtures stay valid. */
  citations?: Citation[];
}

export interface AnalyzeOptions {
  /** BCP 47 language tag; detected from the text when absent. */
  language?: string;
}
