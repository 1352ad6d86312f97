"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { formOf } from "@/lib/server/action";
import { runAction } from "@/lib/server/errors";
import { clientAddress } from "@/lib/server/throttle";
import { requestPasswordReset } from "@/lib/server/use-cases/request-password-reset";
import { resetPassword } from "@/lib/server/use-cases/reset-password";

export interface ResetFormState {
  error?: string;
  fields?: Record<string, string[]>;
  values?: { email?: string };
  done?: string;
}

const str = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : "");

/** "Forgot password?": a link by email when the server sends email; else where to get one. */
export async function forgotPasswordAction(_prev: ResetFormState | undefined, posted: FormData): Promise<ResetFormState> {
  const email = str(formOf(posted).get("email"));
  const h = await headers();
  // Emailed links start with WARRANT_PUBLIC_URL only, never the request's Host header: anyone may
  // ask for a reset, and a forged Host would send the victim a link to someone else's server.
  const baseUrl = process.env.WARRANT_PUBLIC_URL?.trim() || null;
  const result = await runAction(() => requestPasswordReset({ input: { email }, address: clientAddress(h) }, { baseUrl }));
  if (!result.ok) return { error: result.error.message, fields: result.error.fields, values: { email } };
  if (!result.data.emailSent) {
    return {
      values: { email },
      error:
        "This Warrant server does not send email. Ask an owner of your workspace for a reset link: they can make one on the workspace's Members page (“Reset link”).",
    };
  }
  return { done: `If an account uses ${email.trim().toLowerCase()}, a link to set a new password is on its way. It works once, for an hour.` };
}

/** The reset page: set the new password, then sign in with it. */
export async function resetPasswordAction(_prev: ResetFormState | undefined, posted: FormData): Promise<ResetFormState> {
  const form = formOf(posted);
  const result = await runAction(() => resetPassword({ input: { token: str(form.get("token")), newPassword: str(form.get("newPassword")) } }));
  if (!result.ok) return { error: result.error.message, fields: result.error.fields };
  redirect(`/signin?reset=1&email=${encodeURIComponent(result.data.email)}`);
}
