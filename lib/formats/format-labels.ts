// What people see in download menus and docs; kept apart from the writers so the UI does not
// bundle them.
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/validation/interchange";

export const FORMAT_LABELS: Record<ExportFormat, string> = {
  json: "Warrant JSON (lossless)",
  argdown: "Argdown",
  aif: "AIF JSON (AIFdb, OVA)",
  claimreview: "ClaimReview (schema.org JSON-LD)",
  annotations: "W3C Web Annotations",
  csv: "CSV (spreadsheet)",
  markdown: "Markdown report",
  graphml: "GraphML (yEd, Gephi)",
  dot: "Graphviz DOT",
};

export const FORMAT_MENU = EXPORT_FORMATS.map((id) => ({ id, label: FORMAT_LABELS[id] }));
