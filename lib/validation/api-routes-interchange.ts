// Part of the route table (api-routes.ts): imports (argument files, pages, uploads) and the
// background jobs they run as, and exports in an interchange format.
import { document, workspace, type ApiRoute } from "./api-routes-types";
import { ZImportArgumentInput, ZImportPasteInput, ZImportUrlInput } from "./import";
import { IMPORT_FORMATS, ZExportInput } from "./interchange";

export const IMPORT_ROUTES: ApiRoute[] = [
  {
    path: "/workspaces/{id}/imports",
    method: "post",
    permission: "document.create",
    tag: "Interchange",
    summary: `Import an argument file (${IMPORT_FORMATS.join(", ")}) as {format, content, title?}, or a page as {url}, or a multipart \`file\` (.txt .md .html .docx .pdf, or an argument file). Argument files, pastes up to 100,000 characters and files up to 1 MB: 201 {id, units, …}; pages, larger files and longer texts: 202 {jobId, state, location} (a background job; \`Prefer: respond-async\` queues any import). Accept: application/x-ndjson streams {job}, {stage}…, then {done} or {error}.`,
    ok: 201,
    body: [ZImportArgumentInput, ZImportUrlInput, ZImportPasteInput],
    multipart: true,
    fromPath: workspace,
  },
  {
    path: "/jobs/{id}",
    method: "get",
    permission: "signed-in",
    tag: "Interchange",
    summary:
      "One of your background imports: {id, kind, state: queued|running|done|failed, stage: fetching|extracting|analysing|saving|null, progress 0–1, documentId (when done), title, error {code, message} (when failed), createdAt, finishedAt}. Another person's job is 404.",
    ok: 200,
  },
  {
    path: "/jobs/{id}/events",
    method: "get",
    permission: "signed-in",
    tag: "Interchange",
    summary:
      "One of your background imports as Server-Sent Events: `event: job` with the whole state (as GET /jobs/{id}) at once and each time it moves; close it when the state is done or failed.",
    ok: 200,
    produces: "text/event-stream",
  },
];

export const EXPORT_ROUTES: ApiRoute[] = [
  {
    path: "/documents/{id}/export",
    method: "get",
    permission: "export.read",
    tag: "Interchange",
    summary: "Download the document in an interchange format.",
    ok: 200,
    query: ZExportInput,
    produces: "application/octet-stream",
    fromPath: document,
  },
];
