import { expect, test } from "vitest";
import { newNonce, pageContentSecurityPolicy, securityHeaders, servedOverTls } from "./security-headers";

test("each nonce is fresh and 128 bits", () => {
  const a = newNonce();
  expect(Buffer.from(a, "base64")).toHaveLength(16);
  expect(newNonce()).not.toBe(a);
});

test("the page policy runs scripts only with the nonce, and never inline or eval in production", () => {
  const csp = pageContentSecurityPolicy("abc", { tls: false });
  expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(csp).toContain("style-src-elem 'self' 'nonce-abc'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain("upgrade-insecure-requests");
  expect(pageContentSecurityPolicy("abc", { tls: true })).toContain("upgrade-insecure-requests");
});

test.each([
  [{ "x-forwarded-proto": "https" }, "http://internal:3000/", true],
  [{ "x-forwarded-proto": "http" }, "https://x/", false],
  [{}, "https://warrant.example.org/", true],
  [{}, "http://127.0.0.1:3000/", false],
])("TLS from %j and %s: %s", (h, url, tls) => {
  expect(servedOverTls(new Headers(h), url)).toBe(tls);
});

test("HSTS only over TLS; API responses get the locked-down policy", () => {
  expect(securityHeaders({ api: false, nonce: "n", tls: false })).not.toHaveProperty("Strict-Transport-Security");
  expect(securityHeaders({ api: false, nonce: "n", tls: true })["Strict-Transport-Security"]).toMatch(/^max-age=31536000/);
  expect(securityHeaders({ api: true, nonce: "n", tls: false })["Content-Security-Policy"]).toMatch(/^default-src 'none'.*sandbox$/);
});
