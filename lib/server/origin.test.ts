import { afterEach, beforeEach, expect, test, vi } from "vitest";

// apiRoute itself, with the session and token look-ups replaced: a signed-in cookie user, no token.
vi.mock("./current-user", () => ({ requireUser: async () => ({ id: "u1", email: "a@example.test", name: "A" }) }));
vi.mock("./tokens", () => ({
  userFromBearer: async (req: Request) => (req.headers.get("authorization") ? { id: "u1", email: "a@example.test", name: "A", tokenId: "t1" } : null),
}));

const { apiRoute } = await import("./api");
const { crossSiteProblem } = await import("./origin");

const route = apiRoute(async () => Response.json({ ok: true }, { status: 201 }));
const call = (method: string, headers: Record<string, string>) =>
  route(new Request("http://localhost:3000/api/v1/workspaces/w1/imports", { method, headers }), { params: Promise.resolve({ id: "w1" }) });

beforeEach(() => {
  delete process.env.WARRANT_PUBLIC_URL;
});
afterEach(() => {
  delete process.env.WARRANT_PUBLIC_URL;
});

test("a cookie-signed write from another site is refused with 403 FORBIDDEN (issue 11, finding 5)", async () => {
  const res = await call("POST", { host: "127.0.0.1:3000", origin: "http://evil.example" });
  expect(res.status).toBe(403);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe("FORBIDDEN");
  expect(body.error.message).toContain("another site");
});

test.each([
  ["PATCH", { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000.evil.example" }],
  ["DELETE", { host: "127.0.0.1:3000", origin: "null" }],
  ["POST", { host: "127.0.0.1:3000", "sec-fetch-site": "cross-site" }],
  ["POST", { host: "app.example.org", origin: "https://app.example.org", "sec-fetch-site": "same-site" }],
  ["PUT", { host: "internal:3000", "x-forwarded-host": "app.example.org", origin: "https://evil.example.org" }],
])("%s with %j is refused", async (method, headers) => {
  expect((await call(method, headers)).status).toBe(403);
});

test.each([
  ["same origin", "POST", { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin" }],
  ["behind a proxy", "POST", { host: "internal:3000", "x-forwarded-host": "app.example.org", origin: "https://app.example.org" }],
  ["no Origin, no Sec-Fetch-Site (curl with a cookie)", "POST", { host: "127.0.0.1:3000" }],
  ["a typed address", "POST", { host: "127.0.0.1:3000", "sec-fetch-site": "none" }],
  ["a read from anywhere", "GET", { host: "127.0.0.1:3000", origin: "http://evil.example" }],
  ["a bearer token from anywhere", "POST", { host: "127.0.0.1:3000", origin: "http://evil.example", authorization: "Bearer wrt_x" }],
])("%s is accepted", async (_name, method, headers) => {
  expect((await call(method, headers)).status).toBe(201);
});

test("WARRANT_PUBLIC_URL's host counts as the app's own", () => {
  process.env.WARRANT_PUBLIC_URL = "https://warrant.example.org/";
  const req = (origin: string) => new Request("http://x/api", { method: "POST", headers: { host: "10.0.0.5:3000", origin } });
  expect(crossSiteProblem(req("https://warrant.example.org"))).toBeNull();
  expect(crossSiteProblem(req("https://other.example.org"))).toContain("other.example.org");
});
