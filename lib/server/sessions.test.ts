// Issue 11 finding 6: revocation. A session cookie stops working when its session is ended (sign
// out, sign out everywhere, password change), even though its JWT would still verify; API tokens
// expire (default 90 days); a bearer token cannot mint tokens; open streams re-check the session
// and the token's expiry. Against a real (PGlite) database, with Auth.js's cookie decoding
// replaced by the session it would yield.
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { describeError } from "./errors";
import { installTestDb } from "./testing/test-db";

// What Auth.js decodes from the request's cookie: a JWT's claims, set per test.
const cookie = vi.hoisted(() => ({ session: null as null | { user: { id: string }; sid?: string } }));
vi.mock("./auth", () => ({ auth: async () => cookie.session }));

const testDb = await installTestDb();
const { db } = testDb;
const { codeOf, signUp } = await import("./testing/fixtures");
const { getCurrentUser } = await import("./current-user");
const { startSession, endSession } = await import("./sessions");
const { checkCredentials } = await import("./sign-in");
const { changePassword } = await import("./use-cases/change-password");
const { endAllSessions } = await import("./use-cases/end-sessions");
const { createApiToken } = await import("./use-cases/create-api-token");
const { listApiTokens } = await import("./use-cases/list-api-tokens");
const { userFromBearer } = await import("./tokens");
const { streamStillAllowed } = await import("./streams");
const tokensRoute = await import("@/app/api/v1/tokens/route");

const password = "password-123";
let person: Awaited<ReturnType<typeof signUp>>;
const as = (userId: string, sid?: string) => (cookie.session = { user: { id: userId }, sid });

beforeAll(async () => {
  person = await signUp("Session Person");
});
afterAll(() => testDb.close());

describe("browser sessions", () => {
  test("a signed-out session's cookie no longer signs anyone in", async () => {
    const signedIn = await checkCredentials({ email: person.email, password }, new Headers());
    as(person.userId, signedIn!.sid);
    expect(await getCurrentUser()).toMatchObject({ id: person.userId, sessionId: signedIn!.sid });
    await endSession(signedIn!.sid); // what Auth.js's signOut event does
    expect(await getCurrentUser()).toBeNull();
  });

  test("a JWT without a session id (issued before sessions were rows) or naming another person's session is signed out", async () => {
    as(person.userId);
    expect(await getCurrentUser()).toBeNull();
    const other = await signUp("Other Person");
    as(person.userId, await startSession(other.userId));
    expect(await getCurrentUser()).toBeNull();
  });

  test("sign out everywhere else keeps this browser; sign out everywhere ends all", async () => {
    const [here, laptop, phone] = [await startSession(person.userId), await startSession(person.userId), await startSession(person.userId)];
    expect(await endAllSessions({ userId: person.userId, input: { keepThisOne: true } }, here)).toEqual({ endedSessions: 2 });
    as(person.userId, laptop);
    expect(await getCurrentUser()).toBeNull();
    as(person.userId, phone);
    expect(await getCurrentUser()).toBeNull();
    as(person.userId, here);
    expect(await getCurrentUser()).not.toBeNull();
    await endAllSessions({ userId: person.userId, input: {} });
    expect(await getCurrentUser()).toBeNull();
  });

  test("a password change ends every other session; the old password stops working", async () => {
    const [here, elsewhere] = [await startSession(person.userId), await startSession(person.userId)];
    expect(await codeOf(changePassword({ userId: person.userId, input: { currentPassword: "wrong-one", newPassword: "brand-new-pass" } }, here))).toBe(
      "VALIDATION",
    );
    expect(await changePassword({ userId: person.userId, input: { currentPassword: password, newPassword: "brand-new-pass" } }, here)).toEqual({
      endedSessions: 1,
    });
    as(person.userId, elsewhere);
    expect(await getCurrentUser()).toBeNull();
    as(person.userId, here);
    expect(await getCurrentUser()).not.toBeNull();
    expect(await checkCredentials({ email: person.email, password }, new Headers())).toBeNull();
    expect(await checkCredentials({ email: person.email, password: "brand-new-pass" }, new Headers())).not.toBeNull();
    await changePassword({ userId: person.userId, input: { currentPassword: "brand-new-pass", newPassword: password } }, here);
  });

  test("an open stream of an ended session stops at its next re-check", async () => {
    const sid = await startSession(person.userId);
    expect(await streamStillAllowed(db, { userId: person.userId, sessionId: sid })).toBe(true);
    await endSession(sid);
    expect(await streamStillAllowed(db, { userId: person.userId, sessionId: sid })).toBe(false);
  });
});

describe("API tokens", () => {
  const bearer = (token: string) => new Request("http://warrant.test/api/v1/me", { headers: { authorization: `Bearer ${token}` } });

  test("new tokens expire in 90 days unless told otherwise; the list shows when", async () => {
    const t = await createApiToken({ userId: person.userId, input: { name: "default" } });
    const days = (Date.parse(t.expiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThanOrEqual(90);
    expect((await createApiToken({ userId: person.userId, input: { name: "week", expiresInDays: 7 } })).expiresAt).not.toBeNull();
    expect((await createApiToken({ userId: person.userId, input: { name: "forever", expiresInDays: null } })).expiresAt).toBeNull();
    expect(await codeOf(createApiToken({ userId: person.userId, input: { name: "too long", expiresInDays: 400 } }))).toBe("VALIDATION");
    const listed = await listApiTokens({ userId: person.userId });
    expect(listed.find((x) => x.id === t.id)?.expiresAt).toBe(t.expiresAt);
  });

  test("an expired token is a 401 that says so, and its open streams stop", async () => {
    const t = await createApiToken({ userId: person.userId, input: { name: "short" } });
    expect(await userFromBearer(bearer(t.token))).toMatchObject({ id: person.userId });
    await db.apiToken.update({ where: { id: t.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const error = await userFromBearer(bearer(t.token)).catch((e: unknown) => describeError(e));
    expect(error).toMatchObject({ status: 401, body: { error: { code: "UNAUTHENTICATED", message: expect.stringContaining("expired") } } });
    expect(await streamStillAllowed(db, { userId: person.userId, tokenId: t.id })).toBe(false);
  });

  test("POST /tokens with only a bearer token is refused (403): a token cannot mint tokens", async () => {
    const json = { "content-type": "application/json" };
    cookie.session = null;
    const t = await createApiToken({ userId: person.userId, input: { name: "script" } });
    const before = await db.apiToken.count({ where: { userId: person.userId } });
    const res = await tokensRoute.POST(
      new Request("http://warrant.test/api/v1/tokens", {
        method: "POST",
        headers: { authorization: `Bearer ${t.token}`, "content-type": "application/json" },
        body: JSON.stringify({ name: "minted" }),
      }),
    );
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
    expect(await db.apiToken.count({ where: { userId: person.userId } })).toBe(before);
    // Email + password still works, from anywhere; a browser session too.
    const withPassword = await tokensRoute.POST(
      new Request("http://warrant.test/api/v1/tokens", { method: "POST", headers: json, body: JSON.stringify({ name: "ci", email: person.email, password }) }),
    );
    expect(withPassword.status).toBe(201);
    as(person.userId, await startSession(person.userId));
    const fromSession = await tokensRoute.POST(
      new Request("http://warrant.test/api/v1/tokens", { method: "POST", headers: json, body: JSON.stringify({ name: "web" }) }),
    );
    expect(fromSession.status).toBe(201);
  });
});
