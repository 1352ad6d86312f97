// Logs and request ids (issue 12, production): every line logged while serving a request carries
// its id; a REST answer carries it in X-Request-Id and, when refused, in the error body; a sane
// X-Request-Id from a load balancer is kept, anything else replaced.
import { describe, expect, test, vi } from "vitest";
import { apiRoute } from "./api";
import { currentRequestId, makeLogger, withRequestId } from "./log";
import { requestIdFrom } from "./request-id";

// No session: Auth.js's cookie decoding yields nobody.
vi.mock("./auth", () => ({ auth: async () => null }));

function memory() {
  const lines: Record<string, unknown>[] = [];
  return { lines, stream: { write: (s: string) => void lines.push(JSON.parse(s) as Record<string, unknown>) } };
}

describe("request ids", () => {
  test("a sane incoming id is kept; a missing, short, long or odd one is replaced by a UUID", () => {
    expect(requestIdFrom("lb-3f2a91c0-77")).toBe("lb-3f2a91c0-77");
    for (const bad of [null, "", "short", "x".repeat(101), "has space 12345", "new\nline12345", "<script>12345"]) {
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  test("every line logged inside a request carries its id, and lines outside carry none", async () => {
    const { lines, stream } = memory();
    const logger = makeLogger("info", stream);
    await withRequestId("req-12345678", async () => {
      await Promise.resolve();
      expect(currentRequestId()).toBe("req-12345678");
      logger.info({ step: 1 }, "inside");
      await new Promise((r) => setTimeout(r, 1));
      logger.warn("still inside, after an await");
    });
    logger.info("outside");
    expect(lines.map((l) => [l.msg, l.requestId, l.level])).toEqual([
      ["inside", "req-12345678", "info"],
      ["still inside, after an await", "req-12345678", "warn"],
      ["outside", undefined, "info"],
    ]);
    expect(typeof lines[0]!.time).toBe("string");
  });

  test("a REST answer carries the id in its header and its error body", async () => {
    const route = apiRoute(async () => Response.json({ ok: true }));
    const refused = await route(new Request("http://warrant.test/api/v1/x", { headers: { "x-request-id": "lb-request-0001" } }), {
      params: Promise.resolve({}),
    });
    expect(refused.status).toBe(401);
    expect(refused.headers.get("x-request-id")).toBe("lb-request-0001");
    expect(((await refused.json()) as { error: { requestId: string } }).error.requestId).toBe("lb-request-0001");
    const fresh = await route(new Request("http://warrant.test/api/v1/x"), { params: Promise.resolve({}) });
    const id = fresh.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(((await fresh.json()) as { error: { requestId: string } }).error.requestId).toBe(id);
  });
});
