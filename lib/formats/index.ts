// The interchange formats: ArgumentMap -> file (export) and file -> ImportedDocument (import).
// PURE: no I/O here; the use cases (lib/server/use-cases/export-document.ts and
// import-argument-file.ts) load and store, the routes and the CLI only pick a format.
import type { ArgumentMap } from "@/lib/domain/argument-map";
import { IMPORT_FORMATS, type ExportFormat, type ImportFormat } from "@/lib/validation/interchange";
import { toAif } from "./aif";
import { fromAif } from "./aif-import";
import { toArgdown } from "./argdown";
import { fromArgdown } from "./argdown-import";
import { toClaimReview } from "./claimreview";
import { toCsv } from "./csv";
import { toDot } from "./dot";
import { toGraphml } from "./graphml";
import { toMarkdown } from "./markdown";
import { toWebAnnotations } from "./annotations";
import type { ExportOptions, ImportedDocument } from "./types";
import { fromWarrantJson, toWarrantJson } from "./warrant-json";

export { FormatError } from "./errors";
export { aifCounts, aifRoundTrip, aifRoundTripCounts, type AifCounts } from "./aif-round-trip";
export { importedToMap } from "./imported-map";
export { FORMAT_LABELS } from "./format-labels";
export type { ExportOptions, ImportedDocument } from "./types";

interface FormatInfo {
  contentType: string;
  extension: string;
  write: (map: ArgumentMap, opts: ExportOptions) => string;
}

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

export const FORMAT_INFO: Record<ExportFormat, FormatInfo> = {
  json: { contentType: "application/json", extension: "warrant.json", write: toWarrantJson },
  argdown: { contentType: "text/x-argdown; charset=utf-8", extension: "argdown", write: toArgdown },
  aif: { contentType: "application/json", extension: "aif.json", write: (m, o) => json(toAif(m, o)) },
  claimreview: { contentType: "application/ld+json", extension: "claimreview.jsonld", write: (m, o) => json(toClaimReview(m, o)) },
  annotations: {
    contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    extension: "annotations.jsonld",
    write: (m, o) => json(toWebAnnotations(m, o)),
  },
  csv: { contentType: "text/csv; charset=utf-8", extension: "csv", write: toCsv },
  markdown: { contentType: "text/markdown; charset=utf-8", extension: "md", write: toMarkdown },
  graphml: { contentType: "application/graphml+xml", extension: "graphml", write: toGraphml },
  dot: { contentType: "text/vnd.graphviz; charset=utf-8", extension: "dot", write: toDot },
};

export function exportMap(map: ArgumentMap, format: ExportFormat, opts: ExportOptions): string {
  return FORMAT_INFO[format].write(map, opts);
}

const READERS: Record<ImportFormat, (content: string) => ImportedDocument> = { json: fromWarrantJson, argdown: fromArgdown, aif: fromAif };

/** Parse a file in one of the import formats; throws FormatError when it is not that format. */
export function parseArgumentFile(format: ImportFormat, content: string): ImportedDocument {
  return READERS[format](content);
}

/** A guess from a file name or its first characters, for uploads without an explicit format. */
export function guessImportFormat(name: string, content: string): ImportFormat | null {
  if (/\.(argdown|ad)$/i.test(name)) return "argdown";
  const head = content.trimStart().slice(0, 4000);
  if (!head.startsWith("{")) return /\[[^\]]+\]:|<[^>]+>:|^===/m.test(head) ? "argdown" : null;
  return head.includes('"warrant.argument-map"') ? "json" : /"nodes"\s*:/.test(head) ? "aif" : null;
}

/** Extensions of plain documents (text, Markdown, HTML, Word, PDF): analysed, never read as argument maps. */
export const DOCUMENT_EXTENSIONS = /\.(txt|md|markdown|mdown|mkd|html?|docx|pdf)$/i;

/**
 * Is an uploaded file an argument map, and in which format? A declared format wins; a document
 * extension means a document; otherwise the name and the first characters decide. The REST
 * upload and the CLI both ask this, so the same file is read the same way everywhere.
 */
export function argumentFormatOf(name: string, head: string, declared?: string | null): ImportFormat | null {
  if (declared && (IMPORT_FORMATS as readonly string[]).includes(declared)) return declared as ImportFormat;
  if (DOCUMENT_EXTENSIONS.test(name)) return null;
  return guessImportFormat(name, head);
}
