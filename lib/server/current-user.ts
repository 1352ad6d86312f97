import "server-only";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/domain/errors";
import { auth } from "./auth";
import { db } from "./db";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  /** Signed in with an API token: its id (long-lived streams re-check it is not revoked). */
  tokenId?: string;
}

/** The signed-in user, re-read from the database (a token may outlive its account). */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true } });
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
