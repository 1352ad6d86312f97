import "server-only";
import { describeError } from "./errors";
import { readImportRequest } from "./ingest/read-upload";
import { followJob } from "./jobs/follow";
import { startImport } from "./use-cases/start-import";

const jobLocation = (jobId: string) => `/api/v1/jobs/${jobId}`;

/**
 * POST /workspaces/{id}/imports and /workspaces/{id}/documents: a short paste or an argument file
 * is saved within the request (201 {id, units, …}); a long text, a page or a file is queued
 * (202 {jobId, state, location}; follow it at GET /jobs/{id} or its /events), as is any import
 * with `Prefer: respond-async`. With `Accept: application/x-ndjson` the answer streams lines:
 * {"job":{"id"}} when queued, {"stage":…} per stage, then {"done":{id,…}} or {"error":{…}}.
 */
export async function importResponse(req: Request, workspaceId: string, userId: string): Promise<Response> {
  const input = await readImportRequest(req, workspaceId);
  const queue = /\brespond-async\b/i.test(req.headers.get("prefer") ?? "");
  if (!(req.headers.get("accept") ?? "").includes("application/x-ndjson")) {
    const started = await startImport({ userId, input }, { queue });
    if ("jobId" in started) {
      const location = jobLocation(started.jobId);
      return Response.json({ jobId: started.jobId, state: "queued", location }, { status: 202, headers: { Location: location } });
    }
    return Response.json(started.done, { status: 201, headers: { Location: `/api/v1/documents/${started.done.id}` } });
  }
  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    async start(controller) {
      const send = (line: unknown) => {
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        } catch {
          // The client went away; a queued job goes on without it.
        }
      };
      try {
        const started = await startImport({ userId, input }, { queue, onProgress: (stage) => send({ stage }) });
        if ("done" in started) send({ done: started.done });
        else {
          send({ job: { id: started.jobId, location: jobLocation(started.jobId) } });
          let stage: string | null = null;
          const end = await followJob(
            userId,
            started.jobId,
            (view) => {
              if (view.stage && view.stage !== stage) send({ stage: (stage = view.stage) });
            },
            req.signal,
          );
          if (end.state === "done") send({ done: { id: end.documentId, title: end.title } });
          else send({ error: end.error });
        }
      } catch (e) {
        send(describeError(e).body);
      }
      try {
        controller.close();
      } catch {
        // already closed
      }
    },
  });
  return new Response(stream, { status: 200, headers: { "Content-Type": "application/x-ndjson", "Cache-Control": "no-store" } });
}
