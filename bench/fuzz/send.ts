// Sends a FuzzRequest as-is with node:http (fetch would normalise `..` and percent escapes away)
// and records the status. Streams (Server-Sent Events, NDJSON) are cut after the headers.
import http from "node:http";
import type { FuzzRequest } from "./requests";

export interface FuzzCredentials {
  bearer: string;
  cookie: string;
}

export interface FuzzResult {
  status: number; // 0: no answer (connection error or timeout); -1: not sendable; -2: closed while a >1 MB body was sent
  ms: number;
  error?: string;
  /** The start of the answer, kept for 5xx and for 2xx answers that carry an INTERNAL error. */
  snippet?: string;
}

const BAD_BEARERS = [
  "Bearer ",
  "Bearer wrt_" + "A".repeat(43),
  "Bearer wrt_",
  "bearer  wrt_x",
  "Basic Zm9vOmJhcg==",
  "Bearer " + "x".repeat(6000),
  "Token abc",
];

export function sendFuzz(base: string, req: FuzzRequest, creds: FuzzCredentials, timeoutMs = 60_000): Promise<FuzzResult> {
  const url = new URL(base);
  const headers: Record<string, string> = { ...req.headers };
  if (req.auth === "bearer") headers.authorization = `Bearer ${creds.bearer}`;
  if (req.auth === "bad-bearer") headers.authorization = BAD_BEARERS[req.path.length % BAD_BEARERS.length]!;
  if (req.auth === "cookie") {
    headers.cookie = creds.cookie;
    // A browser sends its Origin on writes; now and then a foreign one.
    if (req.method !== "GET" && req.method !== "HEAD") headers.origin = req.path.length % 7 === 0 ? "http://evil.example" : url.origin;
  }
  if (req.body && !req.chunked) headers["content-length"] = String(req.body.byteLength);
  const started = performance.now();
  return new Promise((resolve) => {
    let done = false;
    const finish = (r: Omit<FuzzResult, "ms">) => {
      if (done) return;
      done = true;
      resolve({ ...r, ms: performance.now() - started });
    };
    let request: http.ClientRequest;
    try {
      request = http.request({ host: url.hostname, port: url.port, method: req.method, path: req.path, headers, agent: false });
    } catch (e) {
      finish({ status: -1, error: `not sendable: ${(e as Error).message}` });
      return;
    }
    const timer = setTimeout(() => {
      finish({ status: 0, error: `timeout after ${timeoutMs} ms` });
      request.destroy();
    }, timeoutMs);
    request.on("error", (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      // The server may answer (or close) before it has read a large body it refuses: the socket
      // resets under the body still being written. That is a refusal, not a failure.
      if (req.body && req.body.byteLength > 1_000_000 && (e.code === "ECONNRESET" || e.code === "EPIPE")) {
        finish({ status: -2, error: `closed while sending ${req.body.byteLength} bytes (${e.code})` });
        return;
      }
      finish({ status: 0, error: e.message });
    });
    request.on("response", (res) => {
      const status = res.statusCode ?? 0;
      const type = String(res.headers["content-type"] ?? "");
      if (type.startsWith("text/event-stream")) {
        clearTimeout(timer);
        res.destroy();
        request.destroy();
        finish({ status });
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (c: Buffer) => {
        if (size < 64 * 1024) chunks.push(c);
        size += c.length;
      });
      res.on("error", () => {});
      res.on("end", () => {
        clearTimeout(timer);
        const text = Buffer.concat(chunks).toString("utf8");
        const internal = status >= 500 || /"code":"INTERNAL"/.test(text);
        finish({ status, ...(internal ? { snippet: text.slice(0, 400) } : {}) });
      });
    });
    if (req.body && req.chunked) {
      // Several chunks, so the server sees a streamed body without Content-Length.
      const step = Math.max(1, Math.ceil(req.body.byteLength / 4));
      for (let at = 0; at < req.body.byteLength; at += step) request.write(req.body.subarray(at, at + step));
      request.end();
    } else request.end(req.body);
  });
}

/** Sends the requests `concurrency` at a time, taken in order; `onResult` sees each answer. */
export async function sendAll(
  base: string,
  reqs: Iterator<FuzzRequest>,
  creds: FuzzCredentials,
  concurrency: number,
  onResult: (req: FuzzRequest, result: FuzzResult, index: number) => void,
): Promise<number> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let step = reqs.next(); !step.done; step = reqs.next()) {
        const i = next++;
        onResult(step.value, await sendFuzz(base, step.value, creds), i);
      }
    }),
  );
  return next;
}
