import "server-only";
import { AppError } from "@/lib/domain/errors";
import { isIP } from "node:net";
import { db } from "./db";
import { v6Groups } from "./ingest/address";

/**
 * Throttling of password guesses and sign-ups, in one PostgreSQL table (AuthThrottle) that every
 * app process shares: a counter per key within a window; past `free` hits each further one blocks
 * the key for a growing delay (base × 2ⁿ, capped). While a key is blocked, attempts are refused
 * with 429 before any password is checked, so a blocked guess costs the server almost nothing.
 */
export interface ThrottleRule {
  /** Hits in a window before the first delay (the `free`-th hit starts it). */
  free: number;
  windowMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The rules. Wrong passwords are counted three ways, so that no key alone is a weapon:
 * - one account from one address: the guessing attack itself, delayed quickly;
 * - one address across accounts: credential stuffing, delayed after more;
 * - one account from everywhere: guessing spread over many addresses. Its threshold is high and
 *   its delay short, so an attacker cannot lock the owner out (the targeted lockout the old
 *   per-email limit allowed): the right password from the owner's own address is held up by at
 *   most a minute at a time, never refused for long.
 * Sign-ups are counted per address (each creates a workspace and a copy of the demo article).
 */
export const RULES = {
  accountAddress: { free: 5, windowMs: HOUR, baseDelayMs: 30_000, maxDelayMs: 15 * MINUTE },
  address: { free: 30, windowMs: HOUR, baseDelayMs: 10_000, maxDelayMs: 15 * MINUTE },
  account: { free: 100, windowMs: HOUR, baseDelayMs: 1_000, maxDelayMs: MINUTE },
} satisfies Record<string, ThrottleRule>;

/**
 * Self-service sign-ups from one address: WARRANT_SIGNUPS_PER_HOUR (default 5) an hour, then a
 * minute's wait doubling up to an hour. Sign-ups through an invitation are not counted.
 */
export function signupRule(): ThrottleRule {
  const n = Number(process.env.WARRANT_SIGNUPS_PER_HOUR ?? 5);
  return { free: Number.isInteger(n) && n > 0 ? n : 5, windowMs: HOUR, baseDelayMs: MINUTE, maxDelayMs: HOUR };
}

/** The delay after the n-th hit in a window: none before the `free`-th, then base, 2 × base, 4 × base… */
export function delayAfter(rule: ThrottleRule, hits: number): number {
  const over = hits - rule.free;
  if (over < 0) return 0;
  return Math.min(rule.baseDelayMs * 2 ** Math.min(over, 30), rule.maxDelayMs);
}

export interface ThrottleKey {
  key: string;
  rule: ThrottleRule;
}

/** Refuses with 429 if any key is blocked now. */
export async function checkThrottle(keys: ThrottleKey[], what: string, now = new Date()): Promise<void> {
  if (keys.length === 0) return;
  const rows = await db.authThrottle.findMany({
    where: { key: { in: keys.map((k) => k.key) }, blockedUntil: { gt: now } },
    select: { blockedUntil: true },
  });
  const until = Math.max(0, ...rows.map((r) => r.blockedUntil!.getTime()));
  if (until > now.getTime()) throw rateLimited(what, until - now.getTime());
}

export function rateLimited(what: string, waitMs: number): AppError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  const wait = seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  return new AppError("RATE_LIMITED", `${what} Wait ${wait} and try again.`, { retryAfterSeconds: seconds });
}

/**
 * Counts one hit on each key (one statement per key: an atomic upsert, safe across processes)
 * and removes rows whose window and block have both passed, so the table stays small.
 */
export async function recordHit(keys: ThrottleKey[], now = new Date()): Promise<void> {
  for (const { key, rule } of keys) {
    const windowFloor = new Date(now.getTime() - rule.windowMs);
    const rows = await db.$queryRaw<{ count: number; windowStart: Date }[]>`
      INSERT INTO "AuthThrottle" ("key", "count", "windowStart", "blockedUntil", "expiresAt")
      VALUES (${key}, 1, ${now}, NULL, ${new Date(now.getTime() + rule.windowMs)})
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN "AuthThrottle"."windowStart" < ${windowFloor} THEN 1 ELSE "AuthThrottle"."count" + 1 END,
        "windowStart" = CASE WHEN "AuthThrottle"."windowStart" < ${windowFloor} THEN ${now} ELSE "AuthThrottle"."windowStart" END
      RETURNING "count", "windowStart"`;
    const { count, windowStart } = rows[0]!;
    const delay = delayAfter(rule, count);
    const blockedUntil = delay > 0 ? new Date(now.getTime() + delay) : null;
    const expiresAt = new Date(Math.max(windowStart.getTime() + rule.windowMs, blockedUntil?.getTime() ?? 0));
    await db.authThrottle.update({ where: { key }, data: { blockedUntil, expiresAt } });
  }
  await db.authThrottle.deleteMany({ where: { expiresAt: { lt: now } } });
}

/** Forgets keys (a successful sign-in clears its account-and-address count). */
export async function clearThrottle(keys: string[]): Promise<void> {
  if (keys.length > 0) await db.authThrottle.deleteMany({ where: { key: { in: keys } } });
}

/** Forgets every password-guess count of one account (a password reset: the owner is back in). */
export async function clearAccountThrottle(email: string): Promise<void> {
  const account = email.trim().toLowerCase();
  await db.authThrottle.deleteMany({ where: { OR: [{ key: `pw:acct:${account}` }, { key: { startsWith: `pw:acct-addr:${account}|` } }] } });
}

/** The keys a password attempt for `email` from `address` counts against. */
export function passwordKeys(email: string, address: string | null): ThrottleKey[] {
  const account = email.trim().toLowerCase();
  return [
    { key: `pw:acct:${account}`, rule: RULES.account },
    ...(address
      ? [
          { key: `pw:addr:${address}`, rule: RULES.address },
          { key: `pw:acct-addr:${account}|${address}`, rule: RULES.accountAddress },
        ]
      : []),
  ];
}

/**
 * Checks a password through the throttle: refused with 429 while blocked (before any work),
 * a wrong password counts against every key, the right one clears its account-and-address count.
 */
export async function throttledPasswordCheck(email: string, address: string | null, verify: () => Promise<boolean>): Promise<boolean> {
  const keys = passwordKeys(email, address);
  await checkThrottle(keys, "Too many wrong passwords for this account from here.");
  const ok = await verify();
  if (ok) await clearThrottle(keys.filter((k) => k.rule === RULES.accountAddress).map((k) => k.key));
  else await recordHit(keys);
  return ok;
}

/**
 * The caller's address as a throttle key: the last X-Forwarded-For entry (Next.js sets it from the
 * socket when absent; a reverse proxy appends the address it saw). IPv6 counts by /64, the block
 * one subscriber gets, so rotating addresses inside it does not reset the count; an IPv4-mapped
 * address counts as its IPv4.
 */
export function clientAddress(headers: Headers): string | null {
  const raw = (headers.get("x-forwarded-for")?.split(",").pop() ?? headers.get("x-real-ip") ?? "").trim();
  if (!raw) return null;
  const ip = raw.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (isIP(ip) === 4) return ip;
  if (isIP(ip) === 6) {
    const g = v6Groups(ip);
    if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) return `${g[6]! >> 8}.${g[6]! & 255}.${g[7]! >> 8}.${g[7]! & 255}`;
    return `${g
      .slice(0, 4)
      .map((x) => x.toString(16))
      .join(":")}::/64`;
  }
  return raw.slice(0, 100);
}

/** The key a self-service sign-up from `address` counts against. */
export function signupKeys(address: string | null): ThrottleKey[] {
  return address ? [{ key: `signup:addr:${address}`, rule: signupRule() }] : [];
}
