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

test.each([
  ["/r/AbCdEfGhIjKlMnOpQrStUv", true, false],
  ["/r/AbCdEfGhIjKlMnOpQrStUv/claims/3/embed", true, true],
  ["/r/x/claims/3/embed/", true, true],
  ["/r/x/claims/3/embed/more", true, false],
  ["/reports", false, false],
  ["/documents/r/x/claims/1/embed", false, false],
])("%s: report %s, embed %s", async (path, report, embed) => {
  const { isEmbedPath, isReportPath } = await import("./security-headers");
  expect([isReportPath(path), isEmbedPath(path)]).toEqual([report, embed]);
});

test("published reports run no script; only the claim card may be framed, by anyone", async () => {
  const { reportContentSecurityPolicy } = await import("./security-headers");
  const page = reportContentSecurityPolicy("abc", { tls: false, embed: false });
  expect(page).toContain("script-src 'none'");
  expect(page).toContain("style-src 'nonce-abc'");
  expect(page).toContain("frame-ancestors 'none'");
  expect(reportContentSecurityPolicy("abc", { tls: false, embed: true })).toContain("frame-ancestors *");
});
