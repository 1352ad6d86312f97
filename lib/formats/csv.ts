// CSV, one row per unit (RFC 4180: CRLF line ends, every field quoted, quotes doubled), with a
// UTF-8 byte-order mark so spreadsheet programs read accents right. Spreadsheet-safe: a cell
// starting with = + - @ or a tab/CR would run as a formula (CSV injection, OWASP), so it gets a
// leading apostrophe, which spreadsheets show as text. "exact" is the document's words, "checked"
// the normalised wording an editor gave (empty: none).
import type { ArgumentMap } from "@/lib/domain/argument-map";
import { unitPermalink, type ExportOptions } from "./types";

export const CSV_COLUMNS = [
  "id",
  "kind",
  "verdict",
  "rationale",
  "status",
  "speaker",
  "exact",
  "checked",
  "start",
  "end",
  "checkworthy",
  "supports",
  "attacks",
  "sources",
  "permalink",
] as const;

export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

export function toCsv(map: ArgumentMap, opts: ExportOptions): string {
  const targets = (id: string, type: string) =>
    map.edges
      .filter((e) => e.from === id && e.type === type)
      .map((e) => e.to)
      .join(" ");
  const rows = map.nodes.map((n) => [
    n.id,
    n.kind,
    n.verdict,
    n.rationale,
    n.status,
    n.speaker,
    n.exact,
    n.checked,
    n.start,
    n.end,
    n.checkworthy,
    targets(n.id, "SUPPORTS"),
    targets(n.id, "ATTACKS"),
    n.sources.map((s) => s.url ?? s.title).join(" "),
    unitPermalink(map, n.id, opts),
  ]);
  return `\uFEFF${[CSV_COLUMNS, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
