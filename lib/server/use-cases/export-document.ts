import "server-only";
import { exportMap, FORMAT_INFO } from "@/lib/formats";
import { ZExportQuery, type ExportFormat } from "@/lib/validation/interchange";
import { db } from "../db";
import { requireDocumentAccess } from "../guards";
import { getArgumentMap } from "./get-argument-map";

export interface ExportDocumentOptions {
  userId: string;
  documentId: string;
  format: ExportFormat | string;
  /** Origin permalinks are built on (the request's, or the CLI's --base-url). */
  baseUrl: string;
  now?: Date;
}

/** A document in one of the interchange formats, as a file: body, media type and a file name. */
export async function exportDocument({ userId, documentId, format, baseUrl, now = new Date() }: ExportDocumentOptions) {
  const { format: f } = ZExportQuery.parse({ format });
  await requireDocumentAccess(db, userId, documentId, "export.read");
  const { map } = await getArgumentMap({ userId, documentId });
  const info = FORMAT_INFO[f];
  const body = exportMap(map, f, { baseUrl, exportedAt: now.toISOString() });
  return { body, contentType: info.contentType, filename: `${fileStem(map.document.title)}.${info.extension}` };
}

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
