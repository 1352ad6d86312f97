// The fields every export writes the same way: a document's bibliographic metadata and a unit's
// review record. One place, so AIF, Argdown and the Warrant JSON import cannot disagree on them.
import type { ArgumentMap, MapNode } from "@/lib/domain/argument-map";

type Metadata = Pick<ArgumentMap["document"], "title" | "author" | "publisher" | "sourceUrl" | "publishedAt" | "language">;

/** A document's metadata, in the order the formats write it. */
export const documentMetadata = (d: Metadata): Metadata => ({
  title: d.title,
  author: d.author,
  publisher: d.publisher,
  sourceUrl: d.sourceUrl,
  publishedAt: d.publishedAt,
  language: d.language,
});

/**
 * A unit's review record (what a reader of the export needs to re-import it). `checked` is the
 * normalised wording, kept apart from the exact words the format quotes (null: none given).
 */
export const unitRecord = (n: MapNode) => ({
  id: n.id,
  kind: n.kind,
  checked: n.checked,
  verdict: n.verdict,
  rationale: n.rationale,
  speaker: n.speaker,
  status: n.status,
  start: n.start,
  end: n.end,
});
