// Files through the database and back, the way the API does it: the import use case (parse,
// validate, one transaction), then the export use case. Used by the interchange benchmark and
// its tests; the database must be installed first (installTestDb or a server's client).
import type { ImportFormat } from "@/lib/validation/interchange";
import { exportDocument } from "../use-cases/export-document";
import { importDocument } from "../use-cases/import-document";

type Who = { userId: string; ownWorkspaceId: string };

export async function importFile(who: Who, format: ImportFormat, content: string): Promise<string> {
  const imported = await importDocument({ userId: who.userId, input: { source: "argument", workspaceId: who.ownWorkspaceId, format, content } });
  return imported.id;
}

export async function exportFile(who: Who, documentId: string, format: ImportFormat): Promise<string> {
  const { body } = await exportDocument(
    { userId: who.userId, input: { documentId, format } },
    { baseUrl: "http://warrant.test", now: new Date("2026-12-02T00:00:00Z") },
  );
  return body;
}

/** Import `content`, export it again in the same format. */
export async function roundTripFile(who: Who, format: ImportFormat, content: string): Promise<string> {
  return exportFile(who, await importFile(who, format, content), format);
}
