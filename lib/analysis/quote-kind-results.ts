// What classifyQuote (quote-kind.ts) returns: one object per kind and signal, made once, never a new one per quotation.
import type { QuoteKind } from "./types";

export interface KindResult {
  kind: QuoteKind;
  signals: readonly string[];
}

const R = (kind: QuoteKind, signal: string): KindResult => ({ kind, signals: [`quote-kind:${signal}`] });
/** The results, made once: they are read only (analyseQuotes copies the signals into the quotation's own list). */
export const K = {
  citedHeadline: R("title", "cited-headline"),
  titleMarks: R("title", "title-marks"),
  soCalled: R("scare", "so-called"),
  slogan: R("speech", "slogan"),
  article: R("speech", "article"),
  namedThing: R("title", "named-thing"),
  charge: R("title", "charge"),
  named: R("title", "named"),
  officeOf: R("title", "office-of"),
  addressee: R("title", "addressee"),
  citedSource: R("title", "cited-source"),
  documentNoun: R("title", "document-noun"),
  titleCase: R("title", "title-case"),
  properName: R("title", "proper-name"),
  embeddedName: R("title", "embedded-name"),
  attributed: R("speech", "attributed"),
  spokenForm: R("speech", "spoken-form"),
  predicate: R("speech", "predicate"),
  short: R("scare", "short"),
  introduced: R("speech", "introduced"),
  sentence: R("speech", "sentence"),
  fragment: R("speech", "fragment"),
};
