// Issue 11 finding 2: password guesses and sign-ups are throttled in a PostgreSQL table shared by
// every app process, with growing delays, per account, per address and per both; and the right
// password from the owner's own address is not locked out by someone else's guesses.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { describeError } from "./errors";
import { installTestDb } from "./testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { checkCredentials } = await import("./sign-in");
const { RULES, checkThrottle, clientAddress, delayAfter, recordHit, signupRule } = await import("./throttle");
const { signUpUser } = await import("./use-cases/sign-up-user");
const { createApiToken } = await import("./use-cases/create-api-token");
const { signUp } = await import("./testing/fixtures");
const { createInvitation } = await import("./use-cases/create-invitation");

const password = "password-123";
const from = (address: string) => new Headers({ "x-forwarded-for": address });

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    const value = await p;
    return value === null ? "null" : "ok";
  } catch (e) {
    return describeError(e).body.error.code;
  }
}

let victim: Awaited<ReturnType<typeof signUp>>;
beforeAll(async () => {
  victim = await signUp("Victim");
});
afterAll(() => testDb.close());

describe("sign-in (Auth.js authorize)", () => {
  test("25 wrong passwords from one address, then the right one from it: refused (429), not signed in", async () => {
    const attacker = from("203.0.113.7");
    const codes: string[] = [];
    for (let i = 0; i < 25; i++) codes.push(await codeOf(checkCredentials({ email: victim.email, password: `guess-${i}` }, attacker)));
    expect(codes.slice(0, RULES.accountAddress.free)).toEqual(Array(RULES.accountAddress.free).fill("null"));
    expect(codes.slice(RULES.accountAddress.free)).toEqual(Array(25 - RULES.accountAddress.free).fill("RATE_LIMITED"));
    expect(await codeOf(checkCredentials({ email: victim.email, password }, attacker))).toBe("RATE_LIMITED");
    // Refused before the password is checked: the blocked guesses were not counted on top.
    const row = await db.authThrottle.findUniqueOrThrow({ where: { key: `pw:acct-addr:${victim.email}|203.0.113.7` } });
    expect(row.count).toBe(RULES.accountAddress.free);
    expect(row.blockedUntil!.getTime()).toBeGreaterThan(Date.now());
  });

  test("meanwhile the owner, from their own address, signs in: no targeted lockout", async () => {
    const signedIn = await checkCredentials({ email: victim.email, password }, from("198.51.100.20"));
    expect(signedIn).toMatchObject({ id: victim.userId, email: victim.email });
    expect(await db.authSession.count({ where: { id: signedIn!.sid, userId: victim.userId, revokedAt: null } })).toBe(1);
  });

  test("a success clears its own account-and-address count", async () => {
    const home = from("192.0.2.55");
    for (let i = 0; i < 3; i++) await checkCredentials({ email: victim.email, password: "nope-nope" }, home);
    expect(await db.authThrottle.count({ where: { key: `pw:acct-addr:${victim.email}|192.0.2.55` } })).toBe(1);
    expect(await checkCredentials({ email: victim.email, password }, home)).not.toBeNull();
    expect(await db.authThrottle.count({ where: { key: `pw:acct-addr:${victim.email}|192.0.2.55` } })).toBe(0);
  });

  test("one address guessing across many accounts is throttled too (credential stuffing)", async () => {
    const stuffer = from("100.64.1.1");
    const codes: string[] = [];
    for (let i = 0; i < RULES.address.free + 1; i++) codes.push(await codeOf(checkCredentials({ email: `someone${i}@example.org`, password }, stuffer)));
    expect(codes.at(-1)).toBe("RATE_LIMITED");
    expect(await codeOf(checkCredentials({ email: victim.email, password }, stuffer))).toBe("RATE_LIMITED");
  });
});

describe("the mechanism", () => {
  test("delays grow: free hits, then base × 2ⁿ, capped", () => {
    const rule = { free: 2, windowMs: 3_600_000, baseDelayMs: 1_000, maxDelayMs: 10_000 };
    expect([1, 2, 3, 4, 5, 6, 50].map((n) => delayAfter(rule, n))).toEqual([0, 1_000, 2_000, 4_000, 8_000, 10_000, 10_000]);
  });

  test("a block ends when its delay has passed; the window restarts the count; expired rows are removed", async () => {
    const rule = { free: 2, windowMs: 60_000, baseDelayMs: 5_000, maxDelayMs: 60_000 };
    const key = [{ key: "test:mechanism", rule }];
    const t0 = new Date("2026-01-01T00:00:00Z");
    await recordHit(key, t0);
    await recordHit(key, new Date(t0.getTime() + 1_000));
    expect(await codeOf(checkThrottle(key, "Slow down.", new Date(t0.getTime() + 2_000)))).toBe("RATE_LIMITED");
    expect(await codeOf(checkThrottle(key, "Slow down.", new Date(t0.getTime() + 6_001)))).toBe("ok");
    await recordHit(key, new Date(t0.getTime() + 7_000));
    expect((await db.authThrottle.findUniqueOrThrow({ where: { key: "test:mechanism" } })).count).toBe(3);
    // Another key's hit, long after: this row's window and block are over, so it is deleted.
    await recordHit([{ key: "test:other", rule }], new Date(t0.getTime() + 3_600_000));
    expect(await db.authThrottle.count({ where: { key: "test:mechanism" } })).toBe(0);
  });

  test("the 429 says how long to wait", async () => {
    const rule = { free: 1, windowMs: 60_000, baseDelayMs: 90_000, maxDelayMs: 90_000 };
    const now = new Date();
    await recordHit([{ key: "test:wait", rule }], now);
    const error = await checkThrottle([{ key: "test:wait", rule }], "Too many.", now).catch((e: unknown) => describeError(e).body.error);
    expect(error).toMatchObject({ code: "RATE_LIMITED", message: "Too many. Wait 90 seconds and try again.", details: { retryAfterSeconds: 90 } });
  });

  test("addresses: the last X-Forwarded-For entry; IPv6 by its /64; IPv4-mapped as IPv4", () => {
    expect(clientAddress(from("1.2.3.4, 10.0.0.9"))).toBe("10.0.0.9");
    expect(clientAddress(from("2001:db8:1:2:aaaa::1"))).toBe(clientAddress(from("2001:db8:1:2:bbbb::99")));
    expect(clientAddress(from("2001:db8:1:2:aaaa::1"))).not.toBe(clientAddress(from("2001:db8:1:3::1")));
    expect(clientAddress(from("::ffff:192.0.2.1"))).toBe("192.0.2.1");
    expect(clientAddress(new Headers())).toBeNull();
  });
});

describe("API tokens (POST /tokens with email + password)", () => {
  test("someone else's failures do not lock the owner out (the old limiter did after 10)", async () => {
    const owner = await signUp("Token Owner");
    const input = { name: "ci", email: owner.email, password: "wrong password" };
    for (let i = 0; i < 12; i++) await codeOf(createApiToken({ input, address: "203.0.113.99" }));
    expect(await codeOf(createApiToken({ input, address: "203.0.113.99" }))).toBe("RATE_LIMITED");
    expect(await codeOf(createApiToken({ input: { ...input, password }, address: "203.0.113.99" }))).toBe("RATE_LIMITED");
    expect(await codeOf(createApiToken({ input: { ...input, password }, address: "198.51.100.77" }))).toBe("ok");
  });
});

describe("sign-up", () => {
  test(`${signupRule().free} self-service sign-ups an hour from one address, then 429; other addresses and invitations are not counted`, async () => {
    const owner = await signUp("Inviting Owner");
    const address = "203.0.113.200";
    const make = (i: number, at = address) => signUpUser({ input: { name: `Bulk ${i}`, email: `bulk${i}.${at}@example.org`, password }, address: at });
    for (let i = 0; i < signupRule().free; i++) expect(await codeOf(make(i))).toBe("ok");
    const workspaces = await db.workspace.count();
    expect(await codeOf(make(99))).toBe("RATE_LIMITED");
    expect(await db.workspace.count()).toBe(workspaces);
    expect(await codeOf(make(100, "198.51.100.200"))).toBe("ok");
    const email = "invited.bulk@example.org";
    const { url } = await createInvitation(
      { userId: owner.userId, input: { workspaceId: owner.ownWorkspaceId, email, role: "REVIEWER" } },
      { baseUrl: "http://warrant.test", mailer: null },
    );
    expect(await codeOf(signUpUser({ input: { name: "Invited", email, password, invitation: decodeURIComponent(url.split("/invite/")[1]!) }, address }))).toBe(
      "ok",
    );
  });

  test("an existing account's email: its own password gets the same answer as a new account; another is 409 and counts as a wrong password", async () => {
    const again = await signUpUser({ input: { name: "Someone Else", email: victim.email, password }, address: "192.0.2.77" });
    expect(again).toMatchObject({ user: { id: victim.userId, email: victim.email }, workspace: { id: victim.ownWorkspaceId }, role: "OWNER" });
    const before = await db.user.count();
    const refused = await signUpUser({ input: { name: "Eve", email: victim.email, password: "not-the-password" }, address: "192.0.2.78" }).catch((e: unknown) =>
      describeError(e),
    );
    expect(refused).toMatchObject({ status: 409, body: { error: { code: "CONFLICT" } } });
    expect(JSON.stringify(refused)).not.toContain("Victim");
    expect(await db.user.count()).toBe(before);
    expect((await db.authThrottle.findUniqueOrThrow({ where: { key: `pw:acct-addr:${victim.email}|192.0.2.78` } })).count).toBe(1);
  });
});
