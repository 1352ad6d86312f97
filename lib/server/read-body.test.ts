// Request bodies are counted while streaming: a chunked body (no Content-Length) is cut as soon
// as it passes the limit, never read whole first.
import { describe, expect, test } from "vitest";
import { MAX_JSON_BYTES, readJson } from "./read-body";
import { errorResponse } from "./errors";
import { MAX_UPLOAD_BYTES, readImportRequest } from "./ingest/read-upload";

const CHUNK = 64 * 1024;

/** A request whose body is `chunks` pieces of CHUNK bytes, sent without Content-Length; `pulled()` says how many bytes were read from it. */
function streamed(contentType: string, chunks: number, first?: Uint8Array) {
  let pulled = 0;
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === chunks) return controller.close();
      const piece = sent === 0 && first ? first : new Uint8Array(CHUNK).fill(0x20);
      sent++;
      pulled += piece.byteLength;
      controller.enqueue(piece);
    },
  });
  const req = new Request("http://localhost/api/v1/x", { method: "POST", headers: { "content-type": contentType }, body, duplex: "half" } as RequestInit);
  expect(req.headers.get("content-length")).toBeNull();
  return { req, pulled: () => pulled };
}

async function statusOf(p: Promise<unknown>) {
  try {
    await p;
    return 200;
  } catch (e) {
    const res = errorResponse(e);
    return { status: res.status, code: ((await res.json()) as { error: { code: string } }).error.code };
  }
}

describe("streamed request bodies", () => {
  test("readJson: a chunked body far over the limit is cut just past it, with 413", async () => {
    const total = (MAX_JSON_BYTES * 10) / CHUNK; // 30 MB on offer
    const { req, pulled } = streamed("application/json", total);
    expect(await statusOf(readJson(req))).toEqual({ status: 413, code: "PAYLOAD_TOO_LARGE" });
    expect(pulled()).toBeGreaterThan(MAX_JSON_BYTES);
    // The stream may have queued one chunk ahead of the reader; never much more.
    expect(pulled()).toBeLessThanOrEqual(MAX_JSON_BYTES + 2 * CHUNK);
  });

  test("readJson: a chunked body under the limit is read whole", async () => {
    const json = new TextEncoder().encode(`{"a":1}`);
    const { req } = streamed("application/json", 3, json);
    expect(await readJson(req)).toEqual({ a: 1 });
  });

  test("readJson: a declared Content-Length over the limit is refused without reading", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled += CHUNK;
        c.enqueue(new Uint8Array(CHUNK));
      },
    });
    const req = new Request("http://localhost/x", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(MAX_JSON_BYTES + 1) },
      body,
      duplex: "half",
    } as RequestInit);
    expect(await statusOf(readJson(req))).toEqual({ status: 413, code: "PAYLOAD_TOO_LARGE" });
    expect(pulled).toBeLessThanOrEqual(2 * CHUNK);
  });

  test("multipart imports: a chunked upload far over the limit is cut just past it, with 413", async () => {
    const boundary = "----warrant";
    const head = new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\n`);
    const { req, pulled } = streamed(`multipart/form-data; boundary=${boundary}`, (MAX_UPLOAD_BYTES * 6) / CHUNK, head);
    expect(await statusOf(readImportRequest(req, "ws"))).toEqual({ status: 413, code: "PAYLOAD_TOO_LARGE" });
    expect(pulled()).toBeGreaterThan(MAX_UPLOAD_BYTES);
    expect(pulled()).toBeLessThanOrEqual(MAX_UPLOAD_BYTES + 2 * CHUNK);
  });

  test("multipart imports: a small chunked upload is still parsed", async () => {
    const boundary = "----warrant";
    const form = new TextEncoder().encode(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nHello there.\r\n--${boundary}--\r\n`,
    );
    const { req } = streamed(`multipart/form-data; boundary=${boundary}`, 1, form);
    const input = (await readImportRequest(req, "ws")) as { source: string; file: { name: string; bytes: Uint8Array } };
    expect(input.source).toBe("file");
    expect(input.file.name).toBe("a.txt");
    expect(new TextDecoder().decode(input.file.bytes)).toBe("Hello there.");
  });
});
