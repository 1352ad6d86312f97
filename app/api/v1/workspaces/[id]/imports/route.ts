import { apiRoute } from "@/lib/server/api";
import { describeError } from "@/lib/server/errors";
import { readImportRequest } from "@/lib/server/ingest/read-upload";
import { importDocument, type ImportStage } from "@/lib/server/use-cases/import-document";

// POST JSON {format: aif|argdown|json, content, title?} or {url, title?}, or multipart with a
// `file` (argument file, or .txt/.md/.html/.docx/.pdf) or a `url` -> 201 {id, units, ...}.
// With `Accept: application/x-ndjson` the answer streams progress lines
// {"stage":"fetching"|"extracting"|"analysing"|"saving"} then {"done":{...}} or {"error":{...}}.
export const POST = apiRoute<{ id: string }>(async (req, { id }, user) => {
  const input = await readImportRequest(req, id);
  const run = (onProgress?: (stage: ImportStage) => void) => importDocument({ userId: user.id, input }, { onProgress });
  if (!(req.headers.get("accept") ?? "").includes("application/x-ndjson")) {
    const result = await run();
    return Response.json(result, { status: 201, headers: { Location: `/api/v1/documents/${result.id}` } });
  }
  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    async start(controller) {
      const send = (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      await run((stage) => send({ stage })).then(
        (done) => send({ done }),
        (e: unknown) => send(describeError(e).body),
      );
      controller.close();
    },
  });
  return new Response(stream, { status: 200, headers: { "Content-Type": "application/x-ndjson", "Cache-Control": "no-store" } });
});
