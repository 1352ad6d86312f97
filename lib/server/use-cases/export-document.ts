import "server-only";
import { exportMap, FORMAT_INFO } from "@/lib/formats";
import { ZExportInput } from "@/lib/validation/interchange";
import { db } from "../db";
import { requireDocumentAccess } from "../guards";
import { defineUseCase } from "../use-case";
import { liveReport, reviewersByUnit } from "../publications";
import { loadArgumentMap } from "./get-argument-map";

export interface ExportOptions {
  /** Origin permalinks are built on (the request's, or the CLI's --base-url). */
  baseUrl: string;
  now?: Date;
}

/** A document in one of the interchange formats, as a file: body, media type and a file name. */
export const exportDocument = defineUseCase(ZExportInput, async ({ userId, input: { documentId, format } }, { baseUrl, now = new Date() }: ExportOptions) => {
  await requireDocumentAccess(db, userId, documentId, "export.read");
  const [{ map }, report] = await Promise.all([loadArgumentMap(documentId), liveReport(documentId, baseUrl)]);
  // Members may read the activity anyway: the Markdown report names who reviewed each finding.
  const reviewers =
    format === "markdown"
      ? await reviewersByUnit(
          db,
          map.nodes.filter((n) => n.verdict !== "UNREVIEWED").map((n) => n.id),
        )
      : undefined;
  const info = FORMAT_INFO[format];
  const body = exportMap(map, format, { baseUrl, exportedAt: now.toISOString(), ...(report ? { report } : {}), ...(reviewers ? { reviewers } : {}) });
  return { body, contentType: info.contentType, filename: `${fileStem(map.document.title)}.${info.extension}` };
});

/** A file name safe on every OS and in a Content-Disposition header. */
export function fileStem(title: string): string {
  const stem = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return stem || "document";
}
