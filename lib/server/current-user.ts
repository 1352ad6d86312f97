import "server-only";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/domain/errors";
import { auth } from "./auth";
import { sessionUser } from "./sessions";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  /** Signed in with an API token: its id (long-lived streams re-check it is not revoked). */
  tokenId?: string;
  /** Signed in through the browser: the AuthSession (streams re-check it is not ended). */
  sessionId?: string;
}

/**
 * The signed-in user, re-read from the database with their session: a cookie whose session was
 * ended (sign-out, sign out everywhere, password change), or that predates session rows, or
 * whose account is gone, is signed out.
 */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await auth();
  const id = session?.user?.id;
  if (!id || !session.sid) return null;
  return sessionUser(session.sid, id);
}

/** For pages: unauthenticated visitors go to sign-in and come back afterwards. */
export async function requirePageUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For API routes and server actions: 401. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  return user;
}
