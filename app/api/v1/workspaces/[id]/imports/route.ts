import { apiRoute } from "@/lib/server/api";
import { importResponse } from "@/lib/server/import-response";

// POST JSON {format: aif|argdown|json, content, title?}, {url, title?} or pasted text, or multipart
// with a `file` (argument file, or .txt/.md/.html/.docx/.pdf) or a `url`. Short pastes and argument
// files: 201 {id, units, …}. Pages, files and long texts run as a background job: 202 {jobId, state,
// location} (GET /api/v1/jobs/{id}, or its /events stream); `Prefer: respond-async` queues any import.
// With `Accept: application/x-ndjson` the answer streams progress lines (lib/server/import-response.ts).
export const POST = apiRoute<{ id: string }>(async (req, { id }, user) => importResponse(req, id, user.id));
