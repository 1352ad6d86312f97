// The SSRF guard against a real local HTTP server. The test treats 127.0.0.1 as "public" (the
// injected isBlocked) so that redirects and DNS answers pointing elsewhere show the refusals.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { isBlockedAddress } from "./address";
import { safeFetch, type Resolver } from "./safe-fetch";

let server: Server;
let base: string;
let port: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? "/";
    if (path === "/article") return res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end("<h1>Hi</h1>");
    if (path.startsWith("/hop/")) {
      const n = Number(path.slice(5));
      return res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : "/article" }).end();
    }
    if (path === "/to-metadata") return res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end();
    if (path === "/to-name") return res.writeHead(301, { location: `http://inside.test:${port}/article` }).end();
    if (path === "/image") return res.writeHead(200, { "content-type": "image/png" }).end("png");
    if (path === "/big") return res.writeHead(200, { "content-type": "text/plain" }).end("x".repeat(5000));
    if (path === "/drip") {
      // A byte every 100 ms, for 3 s: each byte would restart an idle timeout.
      res.writeHead(200, { "content-type": "text/plain" });
      let sent = 0;
      const timer = setInterval(() => {
        if (res.destroyed || sent >= 30) {
          clearInterval(timer);
          return res.destroyed ? undefined : res.end();
        }
        sent++;
        res.write("x");
      }, 100);
      res.on("close", () => clearInterval(timer));
      return;
    }
    if (path === "/drip-hop") return setTimeout(() => res.writeHead(302, { location: "/drip" }).end(), 300);
    if (path === "/slow") return setTimeout(() => res.writeHead(200, { "content-type": "text/plain" }).end("late"), 2000);
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const publicLoopback = (ip: string) => ip !== "127.0.0.1" && isBlockedAddress(ip);
const resolver =
  (answers: Record<string, string[]>): Resolver =>
  async (host) =>
    (answers[host] ?? []).map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string }) => e.code ?? String(e),
  );

describe("safeFetch", () => {
  test("fetches a page and follows up to 5 redirects", async () => {
    const page = await safeFetch(`${base}/hop/4`, { isBlocked: publicLoopback });
    expect(page.bytes.toString()).toBe("<h1>Hi</h1>");
    expect(page.url).toBe(`${base}/article`);
    expect(await codeOf(safeFetch(`${base}/hop/5`, { isBlocked: publicLoopback }))).toBe("VALIDATION");
  });

  test("refuses loopback by default, even spelled as IPv6-mapped", async () => {
    expect(await codeOf(safeFetch(`${base}/article`))).toBe("VALIDATION");
    expect(await codeOf(safeFetch(`http://[::ffff:127.0.0.1]:${port}/article`))).toBe("VALIDATION");
  });

  test.each(["[::7f00:1]", "[::127.0.0.1]", "[0:0:0:0:0:ffff:7f00:1]", "[::ffff:0:7f00:1]", "[2002:7f00:1::1]", "[64:ff9b::7f00:1]", "[2001::1]"])(
    "refuses %s (an IPv6 form holding a private IPv4, or Teredo) before connecting",
    async (host) => {
      const refusal = await safeFetch(`http://${host}:${port}/article`).catch((e: Error) => e);
      expect((refusal as { code?: string }).code).toBe("VALIDATION");
      expect((refusal as Error).message).toMatch(/private or local address/);
    },
  );

  test("checks every redirect target: a hop to the metadata service is refused", async () => {
    expect(await codeOf(safeFetch(`${base}/to-metadata`, { isBlocked: publicLoopback }))).toBe("VALIDATION");
  });

  test("checks DNS answers: a name resolving to a private address, or to a mix, is refused", async () => {
    const via = (answers: string[]) => safeFetch(`${base}/to-name`, { isBlocked: publicLoopback, resolve: resolver({ "inside.test": answers }) });
    expect(await codeOf(via(["10.0.0.7"]))).toBe("VALIDATION");
    expect(await codeOf(via(["127.0.0.1", "192.168.0.1"]))).toBe("VALIDATION");
    expect((await via(["127.0.0.1"])).bytes.toString()).toBe("<h1>Hi</h1>");
  });

  test.each([
    ["ftp://example.org/x", "VALIDATION"],
    ["file:///etc/passwd", "VALIDATION"],
    ["http://user:pw@example.org/", "VALIDATION"],
  ])("refuses %s", async (url, code) => {
    expect(await codeOf(safeFetch(url))).toBe(code);
  });

  test("content type, size cap and timeout", async () => {
    expect(await codeOf(safeFetch(`${base}/image`, { isBlocked: publicLoopback }))).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(await codeOf(safeFetch(`${base}/big`, { isBlocked: publicLoopback, maxBytes: 1000 }))).toBe("PAYLOAD_TOO_LARGE");
    expect(await codeOf(safeFetch(`${base}/slow`, { isBlocked: publicLoopback, timeoutMs: 200 }))).toBe("VALIDATION");
  });

  test("one total deadline: a sender dripping a byte every 100 ms is cut at it", async () => {
    const started = Date.now();
    expect(await codeOf(safeFetch(`${base}/drip`, { isBlocked: publicLoopback, timeoutMs: 700 }))).toBe("VALIDATION");
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(650);
    expect(took).toBeLessThan(2500); // the drip alone lasts 3 s
  });

  test("the deadline covers redirects too: time spent on a slow hop counts", async () => {
    const started = Date.now();
    expect(await codeOf(safeFetch(`${base}/drip-hop`, { isBlocked: publicLoopback, timeoutMs: 700 }))).toBe("VALIDATION");
    expect(Date.now() - started).toBeLessThan(2500);
  });

  test("the deadline covers DNS: a resolver that never answers is cut at it", async () => {
    const never: Resolver = () => new Promise(() => {});
    const started = Date.now();
    expect(await codeOf(safeFetch("http://hangs.test/", { resolve: never, timeoutMs: 300 }))).toBe("VALIDATION");
    expect(Date.now() - started).toBeLessThan(2500);
  });

  test("WARRANT_ALLOW_PRIVATE_URLS=1 allows private targets", async () => {
    process.env.WARRANT_ALLOW_PRIVATE_URLS = "1";
    try {
      expect((await safeFetch(`${base}/article`)).bytes.toString()).toBe("<h1>Hi</h1>");
    } finally {
      delete process.env.WARRANT_ALLOW_PRIVATE_URLS;
    }
  });
});
