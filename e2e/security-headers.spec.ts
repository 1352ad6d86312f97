// Issue 11, findings 5 and 10: every page is served with a nonce CSP and works under it (no
// violation reported anywhere, the map and the API docs included), the fixed headers are present,
// and a cookie-signed API write from another site is refused.
import { expect, test, type Page, type Response } from "@playwright/test";
import { expectClean, watchPage } from "./browser-guard";
import { ARTICLE, firstWorkspaceId, importViaApi, signUp, uniqueEmail } from "./fixtures";

function expectSecurityHeaders(res: Response | null, where: string) {
  expect(res, where).not.toBeNull();
  const h = res!.headers();
  const csp = h["content-security-policy"] ?? "";
  expect(csp, where).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
  expect(csp, where).not.toMatch(/script-src[^;]*'unsafe-/);
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(csp, where).toContain("object-src 'none'");
  expect(h["permissions-policy"], where).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  expect(h["x-content-type-options"], where).toBe("nosniff");
  expect(h["referrer-policy"], where).toBe("strict-origin-when-cross-origin");
  expect(h["x-frame-options"], where).toBe("DENY");
  // Plain HTTP here: HSTS is only sent over TLS.
  expect(h["strict-transport-security"], where).toBeUndefined();
  return csp;
}

async function visit(page: Page, path: string, watched: Awaited<ReturnType<typeof watchPage>>, ready: () => Promise<void>) {
  const res = await page.goto(path);
  const csp = expectSecurityHeaders(res, path);
  await ready();
  // The page's scripts carry this response's nonce, and hydration ran (React attached handlers).
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
  const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.nonce));
  expect(scripts.length, path).toBeGreaterThan(0);
  expect(new Set(scripts), path).toEqual(new Set([nonce]));
  await expectClean(page, watched, path);
  return csp;
}

test("every page works under the nonce CSP, with no violation reported, and sends the security headers", async ({ page, browser }) => {
  const watched = await watchPage(page);
  const heading = (name: string | RegExp) => () => expect(page.getByRole("heading", { name }).first()).toBeVisible();

  await visit(page, "/signin", watched, heading("Sign in"));
  await visit(page, "/signup", watched, heading("Create an account"));
  await visit(page, "/forgot-password", watched, heading("Forgot your password?"));
  await visit(page, "/reset-password/wrr_not-a-real-token", watched, heading("Set a new password"));
  await signUp(page, "Cass Policy");
  await expectClean(page, watched, "sign-up flow");
  const workspaceId = await firstWorkspaceId(page.request);
  const documentId = await importViaApi(page.request, workspaceId, "Policy check", ARTICLE);

  const seen = new Set<string>();
  for (const [path, ready] of [
    ["/documents", heading("Documents")],
    ["/documents/new", heading("Import an article")],
    ["/documents/dashboard", heading("Dashboard")],
    ["/documents/search?q=budget", heading("Search")],
    [`/documents/${documentId}`, () => expect(page.locator("#reader")).toContainText("Geneva")],
    [`/documents/${documentId}/map`, () => expect(page.getByText(/laid out in \d+ ms/)).toBeVisible({ timeout: 30_000 })],
    ["/queue", () => expect(page.locator("main")).toBeVisible()],
    ["/notifications", () => expect(page.locator("main")).toBeVisible()],
    ["/settings/tokens", heading("API tokens")],
    ["/settings/account", heading("Account")],
    [`/workspaces/${workspaceId}/members`, () => expect(page.getByTestId("workspace-name")).toBeVisible()],
    [`/workspaces/${workspaceId}/activity`, heading("Activity")],
    ["/workspaces/new", heading("New workspace")],
    ["/api-docs", heading("Warrant REST API")],
  ] as const) {
    const csp = await visit(page, path, watched, ready);
    seen.add(/'nonce-([^']+)'/.exec(csp)![1]!);
  }
  // A fresh nonce for every response.
  expect(seen.size).toBe(14);

  // The 404 page.
  const missing = await page.goto("/no-such-page");
  expect(missing!.status()).toBe(404);
  expectSecurityHeaders(missing, "404");
  await expectClean(page, watched, "404");

  // An invitation page, opened signed out.
  const invited = await page.request.post(`/api/v1/workspaces/${workspaceId}/invitations`, { data: { email: uniqueEmail("guest"), role: "EDITOR" } });
  expect(invited.status()).toBe(201);
  const { url } = (await invited.json()) as { url: string };
  const guest = await browser.newPage();
  const guestWatch = await watchPage(guest);
  const res = await guest.goto(new URL(url).pathname);
  expectSecurityHeaders(res, "invitation");
  await expect(guest.getByRole("heading", { name: /Join/ })).toBeVisible();
  await expectClean(guest, guestWatch, "invitation");
  await guest.close();

  // The policy bites, and the listener sees it: an injected inline handler (the usual XSS vector) is
  // blocked and reported.
  await page.goto("/documents");
  const probe = await page.evaluate(async () => {
    const div = document.createElement("div");
    div.innerHTML = `<img src="/no-such-image" onerror="window.__probe = 1">`;
    document.body.append(div);
    await new Promise((r) => setTimeout(r, 500));
    const w = window as unknown as { __probe?: number; __cspViolations: string[] };
    return { ran: w.__probe === 1, reported: w.__cspViolations.splice(0).join(" | ") };
  });
  expect(probe.ran).toBe(false);
  expect(probe.reported).toMatch(/^script-src-attr blocked inline/);

  // API answers get the locked-down policy.
  const api = await page.request.get("/api/v1/workspaces");
  expect(api.headers()["content-security-policy"]).toMatch(/^default-src 'none'.*sandbox$/);
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
});

test("HSTS and upgrade-insecure-requests only when served over TLS (X-Forwarded-Proto https)", async ({ request }) => {
  const tls = await request.get("/signin", { headers: { "x-forwarded-proto": "https" } });
  expect(tls.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  expect(tls.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
  const plain = await request.get("/signin");
  expect(plain.headers()["strict-transport-security"]).toBeUndefined();
  expect(plain.headers()["content-security-policy"]).not.toContain("upgrade-insecure-requests");
});

test("a cookie-signed API write from another site is refused (403); the same request from the app's origin or with a token works", async ({
  page,
  baseURL,
  playwright,
}) => {
  await signUp(page, "Olive Origin");
  const workspaceId = await firstWorkspaceId(page.request);
  const upload = (headers: Record<string, string>, request = page.request) =>
    request.post(`/api/v1/workspaces/${workspaceId}/imports`, {
      headers,
      multipart: { file: { name: "note.txt", mimeType: "text/plain", buffer: Buffer.from("The budget rose by 12 percent in 2024.") } },
    });

  // The finding: the session cookie plus a foreign Origin was a 201.
  const evil = await upload({ origin: "http://evil.example" });
  expect(evil.status()).toBe(403);
  expect(((await evil.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
  expect((await upload({ "sec-fetch-site": "cross-site" })).status()).toBe(403);
  expect((await page.request.post("/api/v1/tokens", { headers: { origin: "http://evil.example" }, data: { name: "stolen" } })).status()).toBe(403);
  expect(
    (await page.request.patch(`/api/v1/workspaces/${workspaceId}`, { headers: { origin: "https://evil.example" }, data: { name: "Pwned" } })).status(),
  ).toBe(403);
  // The Auth.js route checks its own double-submit CSRF token: a cross-site sign-out does nothing.
  await page.request.post("/api/auth/signout", { headers: { origin: "http://evil.example" }, form: { callbackUrl: "/" }, maxRedirects: 0 });
  // Reads are not writes (and the session above is still there).
  expect((await page.request.get("/api/v1/workspaces", { headers: { origin: "http://evil.example" } })).status()).toBe(200);

  // The app's own origin, and a client that sends no Origin (curl with a cookie), are accepted.
  expect((await upload({ origin: new URL(baseURL!).origin, "sec-fetch-site": "same-origin" })).status()).toBe(201);
  expect((await upload({})).status()).toBe(201);

  // A real fetch from the app's own page (the browser sets Origin and Sec-Fetch-Site itself).
  const fromPage = await page.evaluate(async (id) => {
    const form = new FormData();
    form.append("file", new Blob(["The chair spoke in Geneva."], { type: "text/plain" }), "page.txt");
    return (await fetch(`/api/v1/workspaces/${id}/imports`, { method: "POST", body: form })).status;
  }, workspaceId);
  expect(fromPage).toBe(201);

  // A bearer token is never sent by a browser on its own: exempt, whatever the Origin.
  const created = await page.request.post("/api/v1/tokens", { headers: { origin: new URL(baseURL!).origin }, data: { name: "script" } });
  expect(created.status()).toBe(201);
  const { token } = (await created.json()) as { token: string };
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  expect((await upload({ origin: "http://evil.example" }, api)).status()).toBe(201);
  await api.dispose();
});
