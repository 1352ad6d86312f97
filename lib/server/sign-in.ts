import "server-only";
import { AppError } from "@/lib/domain/errors";
import { ZSignInInput } from "@/lib/validation/auth";
import { db } from "./db";
import { verifyPassword } from "./passwords";
import { startSession } from "./sessions";
import { clientAddress, throttledPasswordCheck } from "./throttle";

/**
 * The credentials check behind every sign-in (Auth.js `authorize`): the email and password from
 * the request's client address, through the throttle (lib/server/throttle.ts). The right password
 * starts a session row (lib/server/sessions.ts) whose id the JWT carries; a wrong one is null;
 * too many wrong ones throw RATE_LIMITED before any password is checked.
 */
export async function checkCredentials(raw: unknown, headers: Headers): Promise<{ id: string; email: string; name: string; sid: string } | null> {
  const parsed = ZSignInInput.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await db.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  const ok = await throttledPasswordCheck(email, clientAddress(headers), () => verifyPassword(password, user?.passwordHash));
  if (!user || !ok) return null;
  return { id: user.id, email: user.email, name: user.name, sid: await startSession(user.id) };
}

export const isThrottled = (e: unknown) => e instanceof AppError && e.code === "RATE_LIMITED";
