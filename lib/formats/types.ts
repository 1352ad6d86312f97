import type { ArgumentMap, MapNode } from "@/lib/domain/argument-map";
import type { TImportedDocument } from "@/lib/validation/interchange";

export type { ArgumentMap, MapNode };
/** A parser's result: validated by ZImportedDocument before anything is stored. */
export type ImportedDocument = TImportedDocument;

export interface ExportOptions {
  /** Origin of the Warrant install, e.g. "https://warrant.example.org": permalinks are built on it. */
  baseUrl: string;
  /** When the export was made (ISO 8601); passed in so exports are reproducible in tests. */
  exportedAt: string;
  /**
   * The document's published report, when it has one (docs/publishing.md): its public URL and the
   * number of each published unit on it, so ClaimReview points at the report (`url#claim-n`).
   */
  report?: { url: string; claims: Record<string, number>; archives?: Record<string, number> };
  /** Who gave each unit's verdict of record, by unit id (the Markdown report names them). */
  reviewers?: Record<string, string[]>;
}

export function documentPermalink(map: ArgumentMap, opts: ExportOptions): string {
  return `${opts.baseUrl.replace(/\/$/, "")}/documents/${encodeURIComponent(map.document.id)}`;
}

export function unitPermalink(map: ArgumentMap, unitId: string, opts: ExportOptions): string {
  return `${documentPermalink(map, opts)}?unit=${encodeURIComponent(unitId)}`;
}

/** Statements without a text of their own get one: joined by blank lines, offsets recorded. */
export function assembleText(statements: string[]): { text: string; spans: { start: number; end: number }[] } {
  let text = "";
  const spans = statements.map((s) => {
    const clean = s.trim() || "(empty statement)";
    if (text) text += "\n\n";
    const start = text.length;
    text += clean;
    return { start, end: text.length };
  });
  return { text, spans };
}

/** Where a statement is in a document's text: at its recorded span, else its first unused occurrence. */
export function locate(text: string, words: string, hint?: { start?: unknown; end?: unknown }): { start: number; end: number } | null {
  const s = Number(hint?.start),
    e = Number(hint?.end);
  if (Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e > s && e <= text.length) return { start: s, end: e };
  const needle = words.trim();
  if (!needle) return null;
  const at = text.indexOf(needle);
  return at === -1 ? null : { start: at, end: at + needle.length };
}
