"use server";
import { formOf } from "@/lib/server/action";
import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { signIn, signOut } from "@/lib/server/auth";
import { checkThrottle, clientAddress, passwordKeys } from "@/lib/server/throttle";
import { rememberWorkspace } from "@/lib/server/current-workspace";
import { runAction } from "@/lib/server/errors";
import { signUpUser } from "@/lib/server/use-cases/sign-up-user";
import { safeReturnPath } from "@/lib/validation/redirect";

export interface AuthFormState {
  error?: string;
  fields?: Record<string, string[]>;
  values?: { name?: string; email?: string };
}

const str = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : "");

export async function signUpAction(_prev: AuthFormState | undefined, posted: FormData): Promise<AuthFormState> {
  const form = formOf(posted);
  const invitation = str(form.get("invitation")) || undefined;
  const input = { name: str(form.get("name")), email: str(form.get("email")), password: str(form.get("password")), invitation };
  const address = clientAddress(await headers());
  const result = await runAction(() => signUpUser({ input, address }));
  if (!result.ok) {
    return { error: result.error.message, fields: result.error.fields, values: { name: input.name, email: input.email } };
  }
  // Through an invitation the new account lands in the workspace it joined.
  if (invitation) await rememberWorkspace(result.data.workspace.id);
  await signIn("credentials", { email: input.email, password: input.password, redirectTo: safeReturnPath(form.get("callbackUrl")) });
  return {};
}

export async function signInAction(_prev: AuthFormState | undefined, posted: FormData): Promise<AuthFormState> {
  const form = formOf(posted);
  const email = str(form.get("email"));
  try {
    // Says how long to wait; authorize() enforces the same throttle for every way in.
    await checkThrottle(passwordKeys(email, clientAddress(await headers())), "Too many wrong passwords for this account from here.");
  } catch (e) {
    return { error: e instanceof Error ? e.message : "Too many attempts.", values: { email } };
  }
  try {
    await signIn("credentials", { email, password: str(form.get("password")), redirectTo: safeReturnPath(form.get("callbackUrl")) });
    return {};
  } catch (e) {
    if (e instanceof CredentialsSignin && e.code === "throttled")
      return { error: "Too many wrong passwords for this account from here. Wait a few minutes and try again.", values: { email } };
    if (e instanceof AuthError) return { error: "The email or password is not right.", values: { email } };
    throw e;
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/signin" });
}

/** Sign out and go on to a same-site page (an invitation opened while signed in as someone else). */
export async function signOutAndContinueAction(posted: FormData): Promise<void> {
  const form = formOf(posted);
  await signOut({ redirectTo: safeReturnPath(form.get("continueTo"), "/signin") });
}
